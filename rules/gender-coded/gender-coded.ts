import type { Suggestion } from '../../src/model/diagnostic.js';
import { normaliseWord, type Doc, type WordToken } from '../../src/model/document.js';
import { defineRule } from '../../src/model/rule.js';
import { matchCase } from '../../src/kit/text-case.js';
import { exceptions, feminineStems, masculineStems, notCoded, type Exception } from './stems.js';

export type Coding = 'masculine' | 'feminine';

/** Gender Decoder's verdicts, from the difference between feminine- and masculine-coded words. */
export type Verdict =
  | 'strongly masculine-coded'
  | 'masculine-coded'
  | 'neutral'
  | 'empty'
  | 'feminine-coded'
  | 'strongly feminine-coded';

export interface CodedWord {
  /** The word as written (hyphenated stems such as “co-operative” kept whole). */
  word: string;
  coding: Coding;
  start: number;
  end: number;
}

export interface GenderCoding {
  masculine: CodedWord[];
  feminine: CodedWord[];
  verdict: Verdict;
}

/** Stems indexed by their first three letters, so each word is checked against a handful. */
const stemIndex = new Map<string, Array<{ stem: string; coding: Coding }>>();
for (const [stems, coding] of [[masculineStems, 'masculine'], [feminineStems, 'feminine']] as const) {
  for (const stem of stems) {
    const key = stem.slice(0, 3);
    const list = stemIndex.get(key) ?? [];
    list.push({ stem, coding });
    stemIndex.set(key, list);
  }
}
const hyphenatedStems = [...masculineStems, ...feminineStems].filter((stem) => stem.includes('-'));
const notCodedWords = new Set(notCoded);
const exceptionsByWord = new Map<string, Exception[]>();
for (const exception of exceptions) {
  for (const word of exception.words) exceptionsByWord.set(word, [...(exceptionsByWord.get(word) ?? []), exception]);
}

/** The coding of one lower-case word, or undefined. A word counts once even if two stems fit it. */
export function codingOf(word: string): Coding | undefined {
  if (notCodedWords.has(word)) return undefined;
  for (const { stem, coding } of stemIndex.get(word.slice(0, 3)) ?? []) {
    if (word.startsWith(stem)) return coding;
  }
  return undefined;
}

/**
 * Counts gender-coded words the way Gender Decoder does (prefix stems, hyphenated stems kept
 * whole), except for names, job titles and care terms (see stems.ts and the rule doc).
 */
export function genderCoding(doc: Doc): GenderCoding {
  const words = splitWords(doc.words());
  const masculine: CodedWord[] = [];
  const feminine: CodedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const current = words[i]!;
    let last = i;
    let normal = current.normal;
    const next = words[i + 1];
    if (next && next.sentence === current.sentence && doc.slice(current.end, next.start) === '-') {
      const joined = `${normal}-${next.normal}`;
      if (hyphenatedStems.some((stem) => joined.startsWith(stem))) {
        normal = joined;
        last = i + 1;
      }
    }
    const coding = codingOf(normal);
    if (coding && !isName(doc, words, i) && !isException(words, i, last, normal)) {
      const found = { word: doc.slice(current.start, words[last]!.end), coding, start: current.start, end: words[last]!.end };
      (coding === 'masculine' ? masculine : feminine).push(found);
    }
    i = last;
  }
  return { masculine, feminine, verdict: verdictOf(feminine.length - masculine.length, feminine.length) };
}

/** Gender Decoder also splits words at these characters, and at any character outside ASCII. */
const separators = /[^\x21-\x7E]|[.,“”‘’<>*?!"[\]@':;()/&]/;

/** The Doc's words, split further where Gender Decoder splits them (“Connect@HBS”, “empathy&kindness”). */
function splitWords(words: readonly WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  for (const word of words) {
    if (!separators.test(word.value)) {
      out.push(word);
      continue;
    }
    let from = 0;
    for (let i = 0; i <= word.value.length; i++) {
      if (i < word.value.length && !separators.test(word.value[i]!)) continue;
      if (i > from) {
        const value = word.value.slice(from, i);
        out.push({ ...word, value, normal: normaliseWord(value), start: word.start + from, end: word.start + i });
      }
      from = i + 1;
    }
  }
  return out;
}

function verdictOf(score: number, feminineCount: number): Verdict {
  if (score === 0) return feminineCount ? 'neutral' : 'empty';
  if (score > 3) return 'strongly feminine-coded';
  if (score > 0) return 'feminine-coded';
  if (score < -3) return 'strongly masculine-coded';
  return 'masculine-coded';
}

/**
 * A capitalised word inside a sentence (“the Trust”, “Clinical Lead”, “Connect@HBS”), or at the
 * start of one and followed by another capitalised word (“Lead Developer”, “Support Worker”), is a
 * name or a job title, not a description of the person wanted.
 */
function isName(doc: Doc, words: readonly WordToken[], i: number): boolean {
  const word = words[i]!;
  if (!/^\p{Lu}/u.test(word.value)) return false;
  const previous = words[i - 1];
  const gap = previous ? doc.slice(previous.end, word.start).trimEnd() : '';
  const startsClause = !previous || previous.sentence !== word.sentence || ':;([\"“‘\'—–•'.includes(gap.slice(-1) || ' ');
  if (!startsClause) return true;
  const next = words[i + 1];
  return !!next && next.sentence === word.sentence && /^\p{Lu}/u.test(next.value) && next.value !== 'I';
}

function isException(words: readonly WordToken[], first: number, last: number, normal: string): boolean {
  const candidates = exceptionsByWord.get(normal);
  if (!candidates) return false;
  const sentence = words[first]!.sentence;
  const before = words[first - 1]?.sentence === sentence ? words[first - 1]!.normal : undefined;
  const after = words[last + 1]?.sentence === sentence ? words[last + 1]!.normal : undefined;
  return candidates.some((exception) => {
    if (exception.after) return before !== undefined && exception.after.includes(before);
    if (exception.before) return after !== undefined && exception.before.includes(after);
    return true;
  });
}

/** “driven”, “competitive” ×2, … in order of first use. */
function listWords(found: readonly CodedWord[]): string {
  const counts = new Map<string, number>();
  for (const { word } of found) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  return [...counts].map(([word, count]) => `“${word}”${count > 1 ? ` ×${count}` : ''}`).join(', ');
}

/** Words that are not gender-coded for some masculine-coded ones, from the rule's doc and Gender Decoder's advice. */
const alternatives: Readonly<Record<string, string>> = {
  driven: 'motivated',
  competitive: 'high-quality',
  ambitious: 'keen to learn',
  assertive: 'clear',
  decisive: 'able to make decisions',
  determined: 'committed',
  dominant: 'leading',
  fearless: 'calm',
  headstrong: 'sure of your views',
  independent: 'able to work on your own',
  'self-reliant': 'able to work on your own',
  'self-sufficient': 'able to work on your own',
  outspoken: 'willing to speak up',
  challenging: 'varied',
};

function wordSuggestion(word: string): Suggestion {
  const alternative = Object.hasOwn(alternatives, word.toLowerCase()) ? alternatives[word.toLowerCase()] : undefined;
  if (!alternative) return { text: 'Say what the person will do with the people they support, or choose a word that is not gender-coded', replacement: null, safe: false };
  const replacement = matchCase(alternative, word);
  return { text: `Use “${replacement}”, or say what the person will do`, replacement, safe: false };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export const genderCoded = defineRule({
  meta: {
    id: 'gender-coded',
    category: 'inclusive-language',
    severity: 'warning',
    description: 'Flag an advert whose wording leans masculine (Gaucher et al.), without counting names, job titles or care terms',
    profiles: ['advert'],
    fixable: false,
    defaultOptions: { threshold: 1, words: false },
    options: {
      threshold: {
        type: 'integer',
        minimum: 1,
        description: 'How many more masculine-coded than feminine-coded words before the advert is reported (Gender Decoder calls 4 or more “strongly masculine-coded”).',
      },
      words: { type: 'boolean', description: 'Also report each masculine-coded word where it is, when the advert leans masculine.' },
    },
  },
  check(doc, context) {
    const { masculine, feminine, verdict } = genderCoding(doc);
    if (masculine.length - feminine.length < context.options.threshold) return;
    const strongly = verdict === 'strongly masculine-coded';
    const note =
      'Adverts with more masculine-coded words (such as “competitive”, “driven”, “dominant”) make women less likely to feel they would belong, and so less likely to apply (Gaucher, Friesen and Kay, 2011). The research did not include non-binary people.';
    context.report({
      message: `The wording leans ${strongly ? 'strongly' : 'slightly'} masculine: ${plural(masculine.length, 'masculine-coded word')} (${listWords(masculine)}) and ${plural(feminine.length, 'feminine-coded word')}`,
      note,
      ...(strongly ? {} : { severity: 'info' as const }),
      suggestions: [
        {
          text: 'Describe the job in terms of the people you work with and support, and swap some masculine-coded words (“competitive” for “high-quality”, “driven” for “motivated”)',
          replacement: null,
          safe: false,
        },
      ],
    });
    if (!context.options.words) return;
    for (const word of masculine) {
      context.report({
        message: `“${word.word}” is a masculine-coded word`,
        note,
        start: word.start,
        end: word.end,
        severity: 'info',
        suggestions: [wordSuggestion(word.word)],
      });
    }
  },
});
