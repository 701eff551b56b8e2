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
    const shown = shownWords(doc, match.word, match.end) ?? actual;
    const plainWords = fitted(doc, match.word, match.end, match.entry.phrase, term.replace);
    const replace = plainWords.map((word) => matchCase(word, actual));
    // The message names the plainer word as the list writes it (“about”, not “ABOUT” or “About”); the suggestion keeps the case of the text.
    const plain = plainWords[0];
    const kind = /\s/.test(shown.trim()) ? 'a formal phrase' : 'a formal word';
    const misfit = replace.length ? misfits(doc, match.word, term, match.entry.phrase, replace[0]!) : undefined;
    if (misfit) {
      return {
        message: `“${shown}” is ${kind}; a plainer one here means rewording the sentence`,
        note,
        start: match.start,
        end: match.end,
        suggestions: [{ text: misfit, replacement: null, safe: false }],
      };
    }
    return {
      message: replace.length ? `“${shown}” is ${kind}; “${plain}” is plainer` : `“${shown}” adds nothing; leave it out`,
      note,
      start: match.start,
      end: match.end,
      suggestions: toSuggestions(replace, term.safe === true && plainWords[0] === term.replace[0], doc, match.word),
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
 * word that takes no article after “a” (“a sufficient number”), “so” for “accordingly” after a verb
 * (“plan your steps accordingly”).
 */
function misfits(doc: Doc, at: number, term: Term, phrase: string, plain: string): string | undefined {
  const words = doc.words();
  const previous = words[at - 1]?.sentence === words[at]!.sentence ? words[at - 1]!.normal : '';
  // “plan your next steps accordingly”: “so” only fits at the start of a clause (“Accordingly, we …”).
  if (phrase === 'accordingly' && !clauseStart(doc, at)) return 'Here it means “to match”: reword it, for example “plan your next steps to match”';
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
  // “as well as to whatever happens”: “as” belongs to “as well as”.
  if (phrase === 'as to') return before(1) === 'way' || before(1) === 'so' || before(1) === 'well';
  // “purchase orders”, “purchase ledger”: the names of things.
  if (phrase === 'purchase') return /^(?:order|orders|ledger|ledgers|price|invoice|invoices)$/.test(after(1));
  if (/^opportunit/.test(phrase)) return /^(?:equal|development|career|training|employment)$/.test(before(1)) || after(1) === 'employer';
  return false;
}

function toSuggestions(replace: readonly string[], safe: boolean, doc: Doc, at: number): Suggestion[] {
  // An empty replacement deletes the words; the words around them may need a change (a capital, a space).
  if (replace.length === 0) return [{ text: 'Leave it out, for example “Please contact Sam” instead of “Please do not hesitate to contact Sam”', replacement: '', safe: false }];
  // “supporting and empowering people” → not “supporting and supporting people”.
  const words = doc.words();
  const joined = at >= 2 && /^(?:and|or)$/.test(words[at - 1]!.normal) && words[at - 2]!.sentence === words[at]!.sentence ? words[at - 2]!.normal : '';
  return replace.map((word, index) => ({ text: `Use “${word}”`, replacement: word.toLowerCase() === joined ? null : word, safe: safe && index === 0 && word.toLowerCase() !== joined }));
}

/** Whether the word starts its sentence or a clause (after a comma, semicolon, colon or bracket). */
function clauseStart(doc: Doc, at: number): boolean {
  const words = doc.words();
  const previous = words[at - 1];
  if (!previous || previous.sentence !== words[at]!.sentence) return true;
  return /[,;:(\u2013\u2014]/.test(doc.slice(previous.end, words[at]!.start));
}

/** Markup, entities and invisible characters that are not part of the words a reader sees. */
const notShown = /[<>&\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * The matched words as a reader sees them (“liaise with” for “liaise</strong> with”), or
 * undefined when the source is plain text.
 */
function shownWords(doc: Doc, at: number, end: number): string | undefined {
  const words = doc.words();
  const first = words[at]!;
  if (!notShown.test(doc.slice(first.start, end))) return undefined;
  let shown = first.value;
  for (let k = at + 1; words[k] && words[k]!.end <= end; k++) shown += (/-\s*$/.test(doc.slice(words[k - 1]!.end, words[k]!.start)) ? '-' : ' ') + words[k]!.value;
  return shown;
}

/** Sentence-ending or clause-ending punctuation right after the words: nothing for them to describe. */
function endsPhrase(doc: Doc, end: number): boolean {
  return /^\s*(?:$|[.,;:)!?\n])/.test(doc.slice(end, end + 3));
}

/**
 * The list's alternatives that read as English where the words stand: “when needed” only after
 * what it describes (“other ad hoc activities” cannot become “other when needed activities”, nor
 * “work ad hoc” “work occasional”);
 * “if there are” before a plural (“in the event of high volumes”).
 */
function fitted(doc: Doc, at: number, end: number, phrase: string, replace: readonly string[]): readonly string[] {
  if (/^ad.hoc$/.test(phrase)) {
    const words = doc.words();
    const afterBe = at > 0 && words[at - 1]!.sentence === words[at]!.sentence && beForms.has(words[at - 1]!.normal);
    // “work ad hoc” → “work when needed”; “ad hoc activities”, “is ad hoc” → “occasional”.
    return replace.filter((word) => (word === 'when needed') === (endsPhrase(doc, end) && !afterBe));
  }
  if (phrase === 'in the event of' && pluralFollows(doc, at, end)) return replace.map((word) => (word === 'if there is' ? 'if there are' : word));
  return replace;
}

/** A plural noun within the next three words (“high volumes of interest”), before “of” or punctuation. */
function pluralFollows(doc: Doc, at: number, end: number): boolean {
  const words = doc.words();
  let k = at;
  while (words[k] && words[k]!.end <= end) k++;
  for (let n = 0; n < 3 && words[k + n] && words[k + n]!.sentence === words[at]!.sentence; n++) {
    const word = words[k + n]!;
    if (/^(?:of|to|or|and|a|an)$/.test(word.normal)) return false;
    if (/[^s]s$/.test(word.normal) && !/(?:ous|ss|is|us)$/.test(word.normal) && tagOf(doc, k + n) === 'NOUN') return true;
  }
  return false;
}
