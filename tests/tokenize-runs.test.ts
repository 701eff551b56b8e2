/**
 * Long text and the tokeniser (src/load/prose.ts): runs of more than 1,000 characters without white
 * space are not prose and are blanked, keeping every offset; long blocks are tokenised in pieces
 * of 4,000 characters cut at a full stop or white space, and the pieces change no word.
 */
import { describe, expect, test } from 'vitest';
import { toDoc } from '../src/load/prose.js';
import { parseText } from '../src/load/text.js';

const doc = (text: string) => toDoc(parseText(text), 'a.txt', 'advert');

describe('long runs without white space', () => {
  test('a run of 5,000 letters is blanked; the words around it keep their places', () => {
    const text = `We ${'a'.repeat(5000)} care.`;
    const words = doc(text).words();
    expect(words.map((word) => word.value)).toEqual(['We', 'care']);
    expect(text.slice(words[1]!.start, words[1]!.end)).toBe('care');
  });

  test('a run of 1,000 characters is still a word', () => {
    const words = doc(`We ${'a'.repeat(1000)} care.`).words();
    expect(words.map((word) => word.value.length)).toEqual([2, 1000, 4]);
  });

  test('a hyphenated "word" of 6,000 characters leaves no prose', () => {
    const result = doc('a-'.repeat(3000));
    expect(result.words()).toHaveLength(0);
    expect(result.blocks).toHaveLength(0);
  });
});

describe('long blocks are tokenised in pieces', () => {
  const sentence = 'You will help people at home with washing and meals. ';

  test('every word of a 40,000-character paragraph, in order, with its offsets', () => {
    const text = sentence.repeat(Math.ceil(40_000 / sentence.length));
    const words = doc(text).words();
    const expected = [...text.matchAll(/[A-Za-z]+/g)];
    expect(words).toHaveLength(expected.length);
    words.forEach((word, i) => {
      expect(word.start).toBe(expected[i]!.index);
      expect(word.value).toBe(expected[i]![0]);
    });
    expect(doc(text).sentences()).toHaveLength(expected.length / 10);
  });

  test('a paragraph of abbreviations with no sentence end is cut at white space, never inside a word', () => {
    const words = doc('e.g. '.repeat(4000)).words();
    const one = doc('e.g. e.g.').words()[0]!.value;
    expect(words).toHaveLength(4000);
    expect(words.filter((word) => word.value !== one)).toEqual([]);
  });

  test('astral characters are never cut in half', () => {
    const words = doc('a😀 '.repeat(3000)).words();
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(words.filter((word) => lone.test(word.value))).toEqual([]);
    const one = doc('a😀 a😀').words()[0]!.value;
    expect(words).toHaveLength(3000);
    expect(words.filter((word) => word.value !== one)).toEqual([]);
  });
});
