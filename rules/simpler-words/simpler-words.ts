import type { Suggestion } from '../../src/model/diagnostic.js';
import { PhraseMatcher } from '../../src/kit/phrase-matcher.js';
import { defineRule } from '../../src/model/rule.js';
import { matchCase } from '../../src/kit/text-case.js';
import { termsFromRetextSimplify } from './from-retext-simplify.js';
import { terms, type Term } from '../../src/kit/lexicon/formal-words.js';

const matcher = new PhraseMatcher<Term>(
  [...terms, ...termsFromRetextSimplify(terms)].map((term) => ({
    phrase: term.phrase,
    data: term,
    ...(term.unlessFollowedBy ? { unlessFollowedBy: term.unlessFollowedBy } : {}),
    ...(term.unlessPrecededBy ? { unlessPrecededBy: term.unlessPrecededBy } : {}),
  })),
);

export const simplerWords = defineRule({
  meta: {
    id: 'simpler-words',
    category: 'plain-language',
    severity: 'warning',
    description: 'Prefer a short everyday word to a formal or bureaucratic one',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: true,
    defaultOptions: { ignore: [] as string[] },
    options: { ignore: { type: 'array', items: { type: 'string' }, description: 'Words and phrases not to report (a verb covers all its forms).' } },
  },
  check(doc, context) {
    const ignore = new Set(context.options.ignore.map((word) => word.toLowerCase()));
    for (const match of matcher.match(doc)) {
      const term = match.entry.data;
      if (ignore.has(term.phrase) || (term.base && ignore.has(term.base))) continue;
      if (term.notInHeadings && doc.blockAt(match.start)?.kind === 'heading') continue;
      // Part of a longer hyphenated word: “self-sufficient” is not “sufficient”.
      if (doc.source[match.start - 1] === '-' || doc.source[match.end] === '-') continue;
      const actual = doc.slice(match.start, match.end);
      const replace = term.replace.map((word) => matchCase(word, actual));
      context.report({
        message: replace.length
          ? `“${actual}” is a formal word; “${replace[0]}” is plainer`
          : `“${actual}” adds nothing; leave it out`,
        note: 'Everyday words are quicker to read for everyone, and easier for people reading English as a second language, people with dyslexia and people who left school early.',
        start: match.start,
        end: match.end,
        suggestions: toSuggestions(replace, term.safe === true),
      });
    }
  },
});

function toSuggestions(replace: readonly string[], safe: boolean): Suggestion[] {
  // An empty replacement deletes the words; the words around them may need a change (a capital, a space).
  if (replace.length === 0) return [{ text: 'Leave it out, for example “Please contact Sam” instead of “Please do not hesitate to contact Sam”', replacement: '', safe: false }];
  return replace.map((word, index) => ({ text: `Use “${word}”`, replacement: word, safe: safe && index === 0 }));
}
