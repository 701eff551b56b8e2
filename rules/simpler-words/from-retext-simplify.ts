import { importPackageFile } from '../../src/kit/package-data.js';
import type { Term } from '../../src/kit/lexicon/formal-words.js';

/**
 * retext-simplify's entries widen does not report, by reason. Every other entry of its list is
 * part of simpler-words, after widen's own terms (which win where both have a phrase).
 * tests/catalogue-plain.test.ts checks that each phrase named here is still in its list.
 */
export const notFromRetextSimplify: ReadonlyArray<{ why: string; phrases: readonly string[] }> = [
  {
    why: 'Ordinary, clear words in job adverts and care work; flagging them would cry wolf.',
    phrases: [
      'accompany', 'accurate', 'address', 'adjustment', 'all of', 'appropriate', 'assist', 'assistance', 'attempt', 'benefit',
      'benefit from', 'capability', 'combined', 'component', 'contains', 'currently', 'delete', 'demonstrate', 'effect', 'employ',
      'ensure', 'establish', 'evaluate', 'exclusively', 'expertise', 'forward', 'frequently', 'function', 'however', 'identical',
      'identify', 'immediately', 'impacted', 'in addition', 'indicate', 'initial', 'interface', 'is responsible for', 'it is',
      'it is essential', 'literally', 'maintain', 'maximum', 'methodology', 'minimum', 'monitor', 'multiple', 'objective', 'observe',
      'on the contrary', 'on the other hand', 'operate', 'option', 'overall', 'participate', 'perform', 'previous', 'previously',
      'prioritise', 'prioritize', 'provide', 'reflect', 'relocate', 'remain', 'represents', 'request', 'require', 'requirement',
      'retain', 'selection', 'shall', 'similar to', 'submit', 'the use of', 'there are', 'there is', 'therefore', 'type', 'very',
      'vice', 'warrant', 'witnessed', 'your office',
    ],
  },
  {
    why: 'Terms of art in recruitment, health and care: “disclose” a conviction, a residence or work “permit”, language “proficiency”, “or equivalent” qualifications, “advise” patients, a clinical “indication”, “fair and equitable”, a “liaison” nurse.',
    phrases: ['advise', 'disclose', 'equitable', 'equivalent', 'indication', 'liaison', 'permit', 'proficiency', 'residence'],
  },
  {
    why: '“Pass away” is the gentle phrase many carers and families prefer; it is not formal wording to remove.',
    phrases: ['pass away'],
  },
  {
    why: 'Not about job adverts (“combat environment”, “aircraft”), or reported by another rule (latin-abbreviations reports “e.g.” and “i.e.”; gender-coded wording is not about “females”).',
    phrases: ['aircraft', 'combat environment', 'e.g.', 'i.e.', 'females'],
  },
];

interface SimplifyPattern {
  replace: readonly string[];
  omit?: boolean;
}

const excluded = new Set(notFromRetextSimplify.flatMap((group) => group.phrases));

/** retext-simplify's list (lib/patterns.js, which the package does not export), as widen terms. */
export const { patterns: retextSimplifyPatterns } = await importPackageFile<{ patterns: Record<string, SimplifyPattern> }>(
  'retext-simplify',
  './lib/patterns.js',
);

/**
 * retext-simplify's alternatives that do not read as English where job adverts use the word, left
 * out: “the most format” and “the greatest format” for “the optimum format”, “please prioritised
 * tasks” for “satisfy prioritised tasks”, “developing latest services” for “developing
 * state-of-the-art services” (“modern” fits wherever the adjective does).
 */
const replaceInstead: Readonly<Record<string, readonly string[]>> = {
  optimum: ['best'],
  satisfy: ['meet'],
  'state-of-the-art': ['modern'],
};

/** The retext-simplify entries widen reports, minus those its own list already has. */
export function termsFromRetextSimplify(own: readonly Term[]): Term[] {
  const known = new Set(own.map((term) => term.phrase.toLowerCase()));
  return Object.entries(retextSimplifyPatterns)
    .filter(([phrase]) => !excluded.has(phrase) && !known.has(phrase.toLowerCase()))
    .map(([phrase, pattern]) => ({ phrase, replace: Object.hasOwn(replaceInstead, phrase) ? replaceInstead[phrase]! : pattern.replace, source: 'S' as const }));
}
