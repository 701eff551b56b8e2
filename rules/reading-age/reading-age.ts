import { readingAge as ukReadingAge } from '../../src/readability.js';
import { defineRule } from '../../src/rule.js';

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
      message: `This document needs a reading age of ${age}; aim for ${targetAge} or lower`,
      note: 'The reading age is the Flesch–Kincaid grade plus 5, the same figure as stats.readingAge. The NHS writes for a reading age of 9 to 11: about 1 in 7 adults in England read at or below the level expected of 9 to 11-year-olds, and more than 4 in 10 struggle with health information written for the public.',
      suggestions: [
        {
          text: 'Use shorter sentences and everyday words: start with the sentences and words widen flags as long, hard or formal',
          replacement: null,
          safe: false,
        },
      ],
    });
  },
});
