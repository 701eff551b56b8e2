import { syllable } from 'syllable';
import type { Doc } from '../model/document.js';

const syllableCache = new Map<string, number>();

/** Syllables in a word, memoised: the same words recur across a corpus. */
export function syllables(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (syllableCache.size > 50_000) syllableCache.clear();
    syllableCache.set(word, count);
  }
  return count;
}

/** Below this many words a reading age says nothing useful. */
export const minimumWordsForReadingAge = 30;

/**
 * UK reading age of the prose: the Flesch–Kincaid grade plus 5 (US grade 1 is age 6),
 * rounded to a whole year, or null for very short documents.
 */
export function readingAge(doc: Doc): number | null {
  const words = doc.words();
  const sentences = doc.sentences().filter((sentence) => sentence.words[1] > sentence.words[0]).length;
  if (words.length < minimumWordsForReadingAge || sentences === 0) return null;
  let total = 0;
  for (const word of words) total += syllables(word.normal);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (total / words.length) - 15.59;
  return Math.max(5, Math.round(grade + 5));
}
