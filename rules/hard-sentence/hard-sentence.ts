import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { syllables } from '../../src/kit/readability.js';
import { defineRule } from '../../src/model/rule.js';
import { formulasAbove } from './score.js';
import { plainerSentence } from './suggest.js';

export const hardSentence = defineRule({
  meta: {
    id: 'hard-sentence',
    category: 'readability',
    severity: 'warning',
    description: 'Sentences full of long words, which most readability formulas rate above the target reading age',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { targetAge: 16, minWords: 10, maxWords: 25 },
    options: {
      targetAge: { type: 'integer', minimum: 6, maximum: 25, description: 'UK reading age (years) a single sentence should not need more than, by most of the seven formulas.' },
      minWords: { type: 'integer', minimum: 1, description: 'Sentences shorter than this are not rated.' },
      maxWords: { type: 'integer', minimum: 5, description: 'Sentences longer than this are left to long-sentence, which already reports them.' },
    },
  },
  check(doc, context) {
    const { targetAge, minWords, maxWords } = context.options;
    for (const sentence of doc.sentences()) {
      if (sentence.block.kind === 'heading') continue;
      const { start, end } = sentence;
      const words = doc.slice(start, end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
      if (words.length > maxWords) continue;
      const rated = plainWords(sentence.node);
      // retext-readability's default threshold: four of the seven formulas.
      if (rated.length < minWords || formulasAbove(rated, targetAge) < 4) continue;
      const long = longestWords(words);
      context.report({
        message: `This sentence is hard to read: most readability formulas say it needs a reading age above ${targetAge}`,
        note: 'Sentences packed with long words shut out people with dyslexia or a learning disability, people reading English as a second language and young people applying for a first job. The NHS writes for a reading age of 9 to 11.',
        start,
        end,
        suggestions: [plainerSentence(doc, start, end, long)],
      });
    }
  },
});

/** Up to three of the longest words (three syllables or more), the likeliest to swap for shorter ones. */
function longestWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const candidates: Array<{ word: string; count: number }> = [];
  words.forEach((raw, index) => {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const key = word.toLowerCase();
    // Names and abbreviations are not words to swap; the first word may be capitalised as a sentence start.
    if (!word || seen.has(key) || !/^[\p{L}'’-]+$/u.test(word) || (index > 0 && /^\p{Lu}/u.test(word))) return;
    seen.add(key);
    const count = syllables(key);
    if (count >= 3) candidates.push({ word, count });
  });
  return candidates
    .sort((a, b) => b.count - a.count || b.word.length - a.word.length)
    .slice(0, 3)
    .map((candidate) => candidate.word);
}

/**
 * The words a reader finds hard, leaving out names, titles, abbreviations and numbers: capitalised
 * words after the first (“Principal Occupational Therapist”), words in capitals and words with
 * digits. Readers do not find a sentence hard because it names a hospital, but the formulas do.
 */
function plainWords(sentence: Sentence): string[] {
  const words: string[] = [];
  let first = true;
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const value = toString(child);
    const isFirst = first;
    first = false;
    if (/\d/.test(value)) continue;
    if (value.length > 1 && value === value.toUpperCase() && /\p{L}/u.test(value)) continue;
    if (isFirst || !/^\p{Lu}/u.test(value)) words.push(value);
  }
  return words;
}
