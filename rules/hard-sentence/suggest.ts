import type { Suggestion } from '../../src/model/diagnostic.js';
import type { Doc } from '../../src/model/document.js';
import { PhraseMatcher } from '../../src/kit/phrase-matcher.js';
import { plainWords } from '../../src/kit/lexicon/plain-words.js';
import { articleFor } from '../../src/kit/english.js';
import { matchCase } from '../../src/kit/text-case.js';
import { splitPoint } from '../../src/kit/split-sentence.js';
import { terms } from '../../src/kit/lexicon/formal-words.js';

/** Formal words and phrases (simpler-words' list, best alternative) and long words, with shorter ones. */
const plainer = new PhraseMatcher<string>([
  // “The postholder” → “you” would need the verb changed too.
  ...terms.filter((term) => term.replace.length > 0 && term.replace[0] !== 'you').map((term) => ({ phrase: term.phrase, data: term.replace[0]! })),
  ...Object.entries(plainWords).map(([phrase, plain]) => ({ phrase, data: plain })),
]);

/**
 * The most concrete suggestion for a hard sentence: the sentence with its long and formal words
 * swapped for everyday ones where widen knows one, or else split in two where there is a clear
 * place. Neither is safe to apply unread: a person checks that it still says what they mean.
 */
export function plainerSentence(doc: Doc, start: number, end: number, longest: readonly string[]): Suggestion {
  const all = doc.words();
  // The sentence's words, found by binary search so that a document of many sentences stays linear.
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (all[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  let last = low;
  while (last < all.length && all[last]!.end <= end) last++;
  const words = all.slice(low, last);
  if (words.length === 0) return advice(longest);
  const swaps: Array<{ start: number; end: number; from: string; to: string }> = [];
  for (const match of plainer.matchWords(words)) {
    const from = doc.slice(match.start, match.end);
    // Part of a hyphenated word (“pre-employment”), or a name written with capitals mid-sentence.
    if (doc.source[match.start - 1] === '-' || doc.source[match.end] === '-') continue;
    if (match.start > words[0]!.start && /^\p{Lu}/u.test(from)) continue;
    let to = matchCase(match.entry.data, from);
    let swapStart = match.start;
    // “an innovative nurse” → “a new nurse”.
    const before = words[match.word - 1];
    if (before && (before.normal === 'a' || before.normal === 'an') && doc.slice(before.end, match.start) === ' ' && articleFor(to) !== before.normal) {
      swapStart = before.start;
      to = `${matchCase(articleFor(to), before.value)} ${to}`;
    }
    swaps.push({ start: swapStart, end: match.end, from, to });
  }
  if (swaps.length > 0) {
    let text = '';
    let at = start;
    for (const swap of swaps) {
      text += doc.slice(at, swap.start) + swap.to;
      at = swap.end;
    }
    text += doc.slice(at, end);
    const left = longest.filter((word) => !swaps.some((swap) => swap.from.toLowerCase().includes(word.toLowerCase())));
    const pairs = swaps.map((swap) => `“${swap.from}” → “${swap.to}”`).join(', ');
    return {
      text: `Use everyday words: ${pairs}${left.length ? `, and find shorter words for ${left.map((word) => `“${word}”`).join(', ')}` : ''}`,
      replacement: text,
      safe: false,
    };
  }
  const split = splitPoint(doc.slice(start, end));
  if (split?.replacement) {
    return { text: `Split it in two, starting the second sentence with “${split.next.split(/\s+/).slice(0, 4).join(' ')}…”`, replacement: split.replacement, safe: false };
  }
  return advice(longest);
}

function advice(longest: readonly string[]): Suggestion {
  return {
    text: longest.length
      ? `Use shorter, everyday words instead of ${longest.map((word) => `“${word}”`).join(', ')}, or split the sentence`
      : 'Use shorter, everyday words, or split the sentence',
    replacement: null,
    safe: false,
  };
}
