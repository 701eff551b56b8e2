import type { Suggestion } from '../../src/model/diagnostic.js';
import type { Doc } from '../../src/model/document.js';
import { definePhraseRule } from '../../src/kit/phrase-rule.js';
import { ingForm } from '../../src/kit/english.js';
import { tagOf } from '../../src/kit/tagger.js';
import { matchCase } from '../../src/kit/text-case.js';
import { terms, type Term } from '../../src/kit/lexicon/formal-words.js';
import { termsFromRetextSimplify } from './from-retext-simplify.js';

export const simplerWords = definePhraseRule<Term, object>({
  meta: {
    id: 'simpler-words',
    category: 'plain-language',
    severity: 'info',
    description: 'Prefer a short everyday word to a formal or bureaucratic one',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: true,
    defaultOptions: {},
  },
  ignoreDescription: 'Words and phrases not to report (a verb covers all its forms).',
  phrases: () =>
    [...terms, ...termsFromRetextSimplify(terms)].map((term) => ({
      phrase: term.phrase,
      data: term,
      ...(term.unlessFollowedBy ? { unlessFollowedBy: term.unlessFollowedBy } : {}),
      ...(term.unlessPrecededBy ? { unlessPrecededBy: term.unlessPrecededBy } : {}),
    })),
  names: (entry) => [entry.phrase, ...(entry.data.base ? [entry.data.base] : [])],
  toReport(match, doc) {
    const term = match.entry.data;
    if (term.notInHeadings && doc.blockAt(match.start)?.kind === 'heading') return undefined;
    if (fixedPhrase(doc, match.word, match.entry.phrase)) return undefined;
    const actual = doc.slice(match.start, match.end);
    const replace = term.replace.map((word) => matchCase(word, actual));
    const misfit = replace.length ? misfits(doc, match.word, term, match.entry.phrase, replace[0]!) : undefined;
    if (misfit) {
      return {
        message: `“${actual}” is ${/\s/.test(actual.trim()) ? 'a formal phrase' : 'a formal word'}; “${replace[0]}” is plainer`,
        note,
        start: match.start,
        end: match.end,
        suggestions: [{ text: misfit, replacement: null, safe: false }],
      };
    }
    return {
      message: replace.length
        ? `“${actual}” is ${/\s/.test(actual.trim()) ? 'a formal phrase' : 'a formal word'}; “${replace[0]}” is plainer`
        : `“${actual}” adds nothing; leave it out`,
      note,
      start: match.start,
      end: match.end,
      suggestions: toSuggestions(replace, term.safe === true),
    };
  },
});

const note = 'Everyday words are quicker to read for everyone, and easier for people reading English as a second language, people with dyslexia and people who left school early.';

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'our', 'their', 'its', 'his', 'her', 'any', 'each', 'every', 'no', 'of']);
const beForms = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Words that take no article: “a sufficient number” cannot become “an enough number”. */
const noArticle = new Set(['enough', 'many', 'more', 'most', 'much', 'several', 'some']);

/**
 * Why the plainer word would not read as English in this sentence, as advice to reword it
 * instead, or undefined when it fits: a verb's word used as a noun (“the purchase of
 * equipment”), a participle that turns colloquial in a passive (“should be obtained” → “got”), a
 * word that takes no article after “a” (“a sufficient number”).
 */
function misfits(doc: Doc, at: number, term: Term, phrase: string, plain: string): string | undefined {
  const words = doc.words();
  const previous = words[at - 1]?.sentence === words[at]!.sentence ? words[at - 1]!.normal : '';
  if (term.base && phrase === term.base && usedAsNoun(doc, at, previous)) return `Here it is a noun: reword it with the verb, for example “${ingForm(plain)} …” in place of “${previous} ${phrase} of …”`;
  if (beForms.has(previous) && /^got\b/.test(plain)) return `Reword it so it says who does it, for example “you need to get …”`;
  if ((previous === 'a' || previous === 'an') && noArticle.has(plain.split(' ')[0]!.toLowerCase())) return `Reword it without “${previous}”, for example “enough applications”`;
  return undefined;
}

/** Words after which a verb's base form is a verb: “we purchase”, “to purchase”, “will purchase”. */
const beforeVerbs = new Set(['we', 'you', 'they', 'i', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'please', 'and', 'or', 'not']);

/** A verb's base form used as a noun (“the purchase of equipment”): plain from the words before, else the tagger's. */
function usedAsNoun(doc: Doc, at: number, previous: string): boolean {
  if (determiners.has(previous)) return true;
  if (beforeVerbs.has(previous)) return false;
  return tagOf(doc, at) === 'NOUN';
}

/**
 * Words that are part of a fixed phrase, not formal words on their own: “in such a way as to”,
 * “so as to”, “equal opportunities employer”, “training and development opportunities”.
 */
function fixedPhrase(doc: Doc, at: number, phrase: string): boolean {
  const words = doc.words();
  const before = (n: number): string => (words[at - n]?.sentence === words[at]!.sentence ? words[at - n]!.normal : '');
  const after = (n: number): string => (words[at + n]?.sentence === words[at]!.sentence ? words[at + n]!.normal : '');
  if (phrase === 'as to') return before(1) === 'way' || before(1) === 'so';
  // “purchase orders”, “purchase ledger”: the names of things.
  if (phrase === 'purchase') return /^(?:order|orders|ledger|ledgers|price|invoice|invoices)$/.test(after(1));
  if (/^opportunit/.test(phrase)) return /^(?:equal|development|career|training|employment)$/.test(before(1)) || after(1) === 'employer';
  return false;
}

function toSuggestions(replace: readonly string[], safe: boolean): Suggestion[] {
  // An empty replacement deletes the words; the words around them may need a change (a capital, a space).
  if (replace.length === 0) return [{ text: 'Leave it out, for example “Please contact Sam” instead of “Please do not hesitate to contact Sam”', replacement: '', safe: false }];
  return replace.map((word) => ({ text: `Use “${word}”`, replacement: word, safe: false })).map((suggestion, index) => ({ ...suggestion, safe: safe && index === 0 }));
}
