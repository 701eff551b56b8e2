/**
 * Runs of text without white space are tokenised in pieces (parse-english is quadratic on a long
 * hyphenated "word") and joined again, so the pieces change no count (src/load/prose.ts).
 */
import { describe, expect, test } from 'vitest';
import { toDoc } from '../src/load/prose.js';
import { parseText } from '../src/load/text.js';

const doc = (text: string) => toDoc(parseText(text), 'a.txt', 'advert');

describe('long runs without white space', () => {
  test('a 5,000-letter run is one word in one sentence, as it was before it was cut', () => {
    const text = `We ${'a'.repeat(5000)} care.`;
    const words = doc(text).words();
    expect(words.map((word) => word.value.length)).toEqual([2, 5000, 4]);
    expect(doc(text).sentences()).toHaveLength(1);
  });

  test('a hyphenated run keeps every part, with offsets in order and no part lost at a cut', () => {
    const text = 'a-'.repeat(3000);
    const words = doc(text).words();
    expect(words).toHaveLength(3000);
    words.forEach((word, i) => {
      expect(word.start).toBe(i * 2);
      expect(text.slice(word.start, word.end)).toBe('a');
    });
    expect(doc(text).sentences()).toHaveLength(1);
  });

  test('astral characters are never cut in half', () => {
    const text = 'a😀'.repeat(1700);
    const sentences = doc(text).sentences();
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.end - sentences[0]!.start).toBe(text.length);
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(doc(text).words().some((word) => lone.test(word.value))).toBe(false);
  });
});
