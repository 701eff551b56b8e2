import type { Doc } from '../../src/model/document.js';
import { readingAge as ukReadingAge, syllables } from '../../src/kit/readability.js';
import { defineRule } from '../../src/model/rule.js';

/** Years above the target that are reported as info rather than a warning. */
const nearTarget = 2;

export const readingAge = defineRule({
  meta: {
    id: 'reading-age',
    category: 'readability',
    severity: 'warning',
    description: 'The whole document’s UK reading age, when it is above the target (11 by default)',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { targetAge: 11, minWords: 100 },
    options: {
      targetAge: { type: 'integer', minimum: 6, maximum: 25, description: 'The highest UK reading age the document should need.' },
      minWords: { type: 'integer', minimum: 30, description: 'Documents with fewer words are not rated: formulas say little about very short texts.' },
    },
  },
  check(doc, context) {
    const { targetAge, minWords } = context.options;
    if (doc.words().length < minWords) return;
    const age = ukReadingAge(doc);
    if (age === null || age <= targetAge) return;
    context.report({
      // A year or two above the target is a note; further above, it puts many people off.
      ...(age - targetAge <= nearTarget ? { severity: 'info' as const } : {}),
      message: `This document needs a reading age of ${age}; aim for ${targetAge} or lower`,
      note: 'The reading age is the Flesch–Kincaid grade plus 5, the same figure as stats.readingAge. The NHS writes for a reading age of 9 to 11: about 1 in 7 adults in England read at or below the level expected of 9 to 11-year-olds, and more than 4 in 10 struggle with health information written for the public.',
      suggestions: [
        {
          text: `Use shorter sentences and everyday words: start with the hardest sentences${hardest(doc)}, and the words widen flags as formal`,
          replacement: null,
          safe: false,
        },
      ],
    });
  },
});

/** The three sentences with the highest reading age (Flesch–Kincaid, as for the document), quoted by their first words. */
function hardest(doc: Doc): string {
  const words = doc.words();
  const rated = doc.sentences()
    .filter((sentence) => sentence.block.kind !== 'heading' && sentence.words[1] - sentence.words[0] >= 8)
    .map((sentence) => {
      const count = sentence.words[1] - sentence.words[0];
      let total = 0;
      for (let i = sentence.words[0]; i < sentence.words[1]; i++) total += syllables(words[i]!.normal);
      return { sentence, grade: 0.39 * count + 11.8 * (total / count) };
    })
    .sort((a, b) => b.grade - a.grade || a.sentence.start - b.sentence.start)
    .slice(0, 3)
    .sort((a, b) => a.sentence.start - b.sentence.start);
  if (rated.length === 0) return '';
  // The block's text has markup blanked out, so the quote is what a reader sees.
  const quoted = rated.map(({ sentence: { block, start, end } }) => `“${block.text.slice(start - block.start, end - block.start).trim().split(/\s+/).slice(0, 5).join(' ')}…”`);
  return ` (${quoted.join(', ')})`;
}
