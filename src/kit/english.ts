import type { Doc, WordToken } from '../model/document.js';
import { addD, addEd, otherParticiples } from './lexicon/participles.js';
import { englishWordLines } from './word-list.js';

/**
 * Helpers rules share to build replacements that fit where they go: the right article, the
 * writer's capitals, the verb in the same form.
 */

let englishWords: string | undefined;

/** Whether a lower-case word is English (about 275,000 words, loaded on first need): a binary search of the sorted lines. */
export function isEnglishWord(word: string): boolean {
  const list = (englishWords ??= englishWordLines());
  // [low, high) holds whole lines, each ending in a newline, with a newline just before low.
  let low = 1;
  let high = list.length;
  while (low < high) {
    const start = list.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1;
    const end = list.indexOf('\n', start);
    const candidate = list.slice(start, end);
    if (candidate === word) return true;
    if (candidate < word) low = end + 1;
    else high = start;
  }
  return false;
}

/** “a” or “an” before a phrase, by how it sounds: “an hour”, “a union”, “an MDT” (em-dee-tee). */
export function articleFor(phrase: string): 'a' | 'an' {
  const first = /^[\p{L}\p{N}&]+/u.exec(phrase.trim())?.[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && /\p{Lu}/u.test(first)) {
    // An abbreviation said letter by letter: “an NMC”, “a DBS”, “an HCA”.
    return /^[AEFHILMNORSX]/.test(first) ? 'an' : 'a';
  }
  if (/^(?:one|once)$/i.test(first) || /^(?:eu|ew|uni|us[aeiu]|ur[aeiou]|uti|ubi)/i.test(first)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/i.test(first)) return 'an';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

/** Capitalises the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the word at `index` of `doc.words()` begins its sentence. */
export function startsSentence(words: readonly WordToken[], index: number): boolean {
  return index === 0 || words[index - 1]!.sentence !== words[index]!.sentence;
}

/** The index in `doc.words()` of the word starting at `offset`, or -1. */
export function wordAt(words: readonly WordToken[], offset: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const word = words[mid]!;
    if (offset < word.start) high = mid - 1;
    else if (offset > word.start) low = mid + 1;
    else return mid;
  }
  return -1;
}

export interface Rewrite {
  start: number;
  end: number;
  /** The text to put in place of `source.slice(start, end)`. */
  text: string;
}

/**
 * Puts `replacement` in place of the words at [start, end), fitting it to what is around it: the
 * writer's capitals (“Native English speaker” → “Able to …”), and an “a” or “an” just before the
 * words, which is corrected when the replacement needs the other one (“an energetic nurse” → “a
 * motivated nurse”) or, with `noArticle`, replaced too (“a native English speaker” → “able to
 * speak …”). The range grows to take in the article only when the article changes.
 */
export function fitReplacement(doc: Doc, start: number, end: number, replacement: string, options: { noArticle?: boolean } = {}): Rewrite {
  const words = doc.words();
  const index = wordAt(words, start);
  const actual = doc.slice(start, end);
  const previous = index > 0 ? words[index - 1] : undefined;
  const article =
    previous && previous.sentence === words[index]!.sentence && (previous.normal === 'a' || previous.normal === 'an') && doc.slice(previous.end, start) === ' '
      ? previous
      : undefined;
  const shouting = actual.length > 1 && actual === actual.toUpperCase() && /\p{Lu}/u.test(actual);
  const atStart = index >= 0 && startsSentence(words, index);
  const cased = shouting ? replacement.toUpperCase() : /^\p{Lu}/u.test(actual) && atStart ? capitalise(replacement) : replacement;
  if (!article) return { start, end, text: cased };
  const wanted = articleFor(replacement);
  if (!options.noArticle && wanted === article.normal) return { start, end, text: cased };
  let text = options.noArticle ? replacement : `${wanted} ${replacement}`;
  if (/^\p{Lu}/u.test(article.value)) text = capitalise(text);
  return { start: article.start, end, text };
}

/** Plural of a noun phrase's head: “team” → “teams”, “policy” → “policies”; a bracket after it is kept. */
export function pluralise(phrase: string): string {
  const bracket = phrase.indexOf(' (');
  const head = bracket === -1 ? phrase : phrase.slice(0, bracket);
  const tail = bracket === -1 ? '' : phrase.slice(bracket);
  const plural = /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(head) ? `${head}es` : `${head}s`;
  return plural + tail;
}

/** Irregular verbs: base, past tense, past participle. */
const irregular: ReadonlyArray<readonly [string, string, string]> = [
  ['give', 'gave', 'given'], ['take', 'took', 'taken'], ['show', 'showed', 'shown'], ['write', 'wrote', 'written'],
  ['choose', 'chose', 'chosen'], ['find', 'found', 'found'], ['tell', 'told', 'told'], ['send', 'sent', 'sent'],
  ['keep', 'kept', 'kept'], ['hold', 'held', 'held'], ['pay', 'paid', 'paid'], ['make', 'made', 'made'], ['do', 'did', 'done'],
  ['see', 'saw', 'seen'], ['know', 'knew', 'known'], ['bring', 'brought', 'brought'], ['teach', 'taught', 'taught'],
  ['build', 'built', 'built'], ['spend', 'spent', 'spent'], ['lead', 'led', 'led'], ['meet', 'met', 'met'], ['draw', 'drew', 'drawn'],
  ['drive', 'drove', 'driven'], ['undertake', 'undertook', 'undertaken'], ['oversee', 'oversaw', 'overseen'],
  ['understand', 'understood', 'understood'], ['seek', 'sought', 'sought'], ['bind', 'bound', 'bound'], ['hide', 'hid', 'hidden'],
  ['begin', 'began', 'begun'], ['break', 'broke', 'broken'], ['speak', 'spoke', 'spoken'], ['throw', 'threw', 'thrown'],
  ['grow', 'grew', 'grown'], ['withdraw', 'withdrew', 'withdrawn'], ['forgive', 'forgave', 'forgiven'], ['forbid', 'forbade', 'forbidden'],
  ['put', 'put', 'put'], ['set', 'set', 'set'], ['run', 'ran', 'run'], ['cut', 'cut', 'cut'], ['win', 'won', 'won'], ['lose', 'lost', 'lost'],
  ['read', 'read', 'read'], ['hear', 'heard', 'heard'], ['buy', 'bought', 'bought'], ['get', 'got', 'got'], ['leave', 'left', 'left'],
  ['feel', 'felt', 'felt'], ['deal', 'dealt', 'dealt'], ['mean', 'meant', 'meant'], ['let', 'let', 'let'], ['say', 'said', 'said'],
];
const byParticiple = new Map(irregular.map((forms) => [forms[2], forms] as const));

let participleBases: Map<string, string> | undefined;

/** The table of src/kit/lexicon/participles.ts, read into a map on first use. */
function baseOfParticiple(word: string): string | undefined {
  if (!participleBases) {
    participleBases = new Map();
    for (const base of addEd.split(/\s+/)) if (base) participleBases.set(`${base}ed`, base);
    for (const base of addD.split(/\s+/)) if (base) participleBases.set(`${base}d`, base);
    for (const pair of otherParticiples.split(/\s+/)) {
      const [participle, base] = pair.split(':');
      if (participle && base) participleBases.set(participle, base);
    }
  }
  return participleBases.get(word);
}

/**
 * The base form and past tense of a past participle: “allocated” → allocate/allocated, “given” →
 * give/gave, “employed” → employ. The base of a regular verb comes from a table made from
 * wink-lemmatizer (British spellings kept, no guessed endings: never “employe” or “develope”);
 * the past of an irregular verb from the table above.
 */
export function verbOfParticiple(participle: string): { base: string; past: string } | undefined {
  const word = participle.toLowerCase();
  const known = byParticiple.get(word);
  if (known) return { base: known[0], past: known[1] };
  const base = /^[a-z]{3,}ed$/.test(word) ? baseOfParticiple(word) : undefined;
  return base ? { base, past: word } : undefined;
}

/** The third person of a verb: “use” → “uses”, “apply” → “applies”, “need to” → “needs to”. */
export function thirdPerson(verb: string): string {
  const [head = verb, ...rest] = verb.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  if (head === 'have') return `has${tail}`;
  if (head === 'be') return `is${tail}`;
  if (head === 'do' || head === 'go') return `${head}es${tail}`;
  if (/[^aeiou]y$/.test(head)) return `${head.slice(0, -1)}ies${tail}`;
  if (/(?:s|x|z|ch|sh)$/.test(head)) return `${head}es${tail}`;
  return `${head}s${tail}`;
}

/** Verbs whose last letter doubles before “-ing”: “get” → “getting”. */
const doubling = new Set(['get', 'put', 'set', 'run', 'stop', 'plan', 'sit', 'cut', 'shop', 'swap', 'chat', 'begin', 'refer', 'admit', 'occur', 'prefer', 'commit']);

/** The “-ing” form of a verb, or of the first word of a phrasal verb: “buy” → “buying”, “take part” → “taking part”. */
export function ingForm(verb: string): string {
  const [head = verb, ...rest] = verb.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  let ing: string;
  if (doubling.has(head)) ing = `${head}${head.slice(-1)}ing`;
  else if (/ie$/.test(head)) ing = `${head.slice(0, -2)}ying`;
  else if (/[^aeiou]e$/.test(head) || /[^e]ue$/.test(head)) ing = `${head.slice(0, -1)}ing`;
  else ing = `${head}ing`;
  return ing + tail;
}
