import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextReadability from 'retext-readability';
import { VFile } from 'vfile';
import { syllables } from '../../src/readability.js';
import { defineRule } from '../../src/rule.js';

export const hardSentence = defineRule({
  meta: {
    id: 'hard-sentence',
    category: 'readability',
    severity: 'warning',
    description: 'Sentences full of long words, which most readability formulas rate above the target reading age',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { targetAge: 16, minWords: 8, maxWords: 25 },
    options: {
      targetAge: { type: 'integer', minimum: 6, maximum: 25, description: 'UK reading age (years) a single sentence should not need more than, by most of the seven formulas.' },
      minWords: { type: 'integer', minimum: 1, description: 'Sentences shorter than this are not rated.' },
      maxWords: { type: 'integer', minimum: 5, description: 'Sentences longer than this are left to long-sentence, which already reports them.' },
    },
  },
  check(doc, context) {
    const { targetAge, minWords, maxWords } = context.options;
    const file = new VFile({ value: doc.source });
    retextReadability({ age: targetAge, minWords })(withoutNames(doc.tree), file);
    for (const message of file.messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined;
      const start = place?.start.offset;
      const end = place?.end.offset;
      if (start === undefined || end === undefined) continue;
      if (doc.blockAt(start)?.kind === 'heading') continue;
      const text = doc.slice(start, end);
      const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
      if (words.length > maxWords) continue;
      const long = longestWords(words);
      context.report({
        message: `This sentence is hard to read: most readability formulas say it needs a reading age above ${targetAge}`,
        note: 'Sentences packed with long words shut out people with dyslexia or a learning disability, people reading English as a second language and young people applying for a first job. The NHS writes for a reading age of 9 to 11.',
        start,
        end,
        suggestions: [
          {
            text: long.length
              ? `Use shorter, everyday words instead of ${long.map((word) => `“${word}”`).join(', ')}, or split the sentence`
              : 'Use shorter, everyday words, or split the sentence',
            replacement: null,
            safe: false,
          },
        ],
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
 * A copy of the tree without names, titles, abbreviations and numbers: capitalised words after the
 * first (“Principal Occupational Therapist”, “Person Specification”), words in capitals and words
 * with digits. Readers do not find a sentence hard because it names a hospital, but the formulas do.
 */
function withoutNames(tree: Root): Root {
  return {
    ...tree,
    children: tree.children.map((paragraph) =>
      paragraph.type !== 'ParagraphNode'
        ? paragraph
        : { ...paragraph, children: paragraph.children.map((child) => (child.type === 'SentenceNode' ? plainWords(child) : child)) },
    ),
  };
}

function plainWords(sentence: Sentence): Sentence {
  let first = true;
  const children = sentence.children.filter((child) => {
    if (child.type !== 'WordNode') return true;
    const value = toString(child);
    const isFirst = first;
    first = false;
    if (/\d/.test(value)) return false;
    if (value.length > 1 && value === value.toUpperCase() && /\p{L}/u.test(value)) return false;
    return isFirst || !/^\p{Lu}/u.test(value);
  });
  return { ...sentence, children };
}
