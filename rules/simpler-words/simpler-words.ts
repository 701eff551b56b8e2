import retextSimplify from 'retext-simplify';
import { VFile } from 'vfile';
import type { Suggestion } from '../../src/diagnostic.js';
import { PhraseMatcher } from '../../src/phrase-matcher.js';
import { defineRule } from '../../src/rule.js';
import { matchCase } from '../../src/text-case.js';
import { extraTerms, ignoredSimplifyTerms } from './terms.js';

const extraMatcher = new PhraseMatcher(extraTerms.map((term) => ({ phrase: term.phrase, data: term.replace })));

export const simplerWords = defineRule({
  meta: {
    id: 'simpler-words',
    category: 'plain-language',
    severity: 'warning',
    description: 'Prefer a short everyday word to a formal or bureaucratic one',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { ignore: [] as string[] },
    options: { ignore: { type: 'array', items: { type: 'string' }, description: 'Words and phrases not to report.' } },
  },
  check(doc, context) {
    const ignore = [...ignoredSimplifyTerms, ...context.options.ignore.map((word) => word.toLowerCase())];
    const file = new VFile({ value: doc.source });
    retextSimplify({ ignore })(doc.tree, file);
    const report = (start: number, end: number, replace: readonly string[]): void => {
      const actual = doc.slice(start, end);
      context.report({
        message: `“${actual}” is a formal word; ${replace.length ? `“${matchCase(replace[0]!, actual)}” is plainer` : 'leave it out'}`,
        note: 'Everyday words are quicker to read for everyone, and easier for people reading in a second language, people with dyslexia and people who left school early.',
        start,
        end,
        suggestions: toSuggestions(replace, actual),
      });
    };
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
      if (start === undefined || end === undefined) continue;
      report(start, end, (message.expected as string[] | undefined) ?? []);
    }
    for (const match of extraMatcher.match(doc)) {
      if (context.options.ignore.includes(match.entry.phrase)) continue;
      report(match.start, match.end, match.entry.data);
    }
  },
});

function toSuggestions(replace: readonly string[], actual: string): Suggestion[] {
  return replace.map((word) => ({
    text: `Use “${matchCase(word, actual)}”`,
    replacement: matchCase(word, actual),
    safe: false,
  }));
}
