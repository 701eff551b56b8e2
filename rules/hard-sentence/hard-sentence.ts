import retextReadability from 'retext-readability';
import { VFile } from 'vfile';
import { defineRule } from '../../src/rule.js';

export const hardSentence = defineRule({
  meta: {
    id: 'hard-sentence',
    category: 'readability',
    severity: 'warning',
    description: 'Flag sentences most readability formulas rate above the target reading age',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { targetAge: 14, minWords: 8 },
    options: {
      targetAge: { type: 'integer', minimum: 6, maximum: 25, description: 'UK reading age (years) a sentence should not need more than.' },
      minWords: { type: 'integer', minimum: 1, description: 'Sentences shorter than this are not rated.' },
    },
  },
  check(doc, context) {
    const file = new VFile({ value: doc.source });
    retextReadability({ age: context.options.targetAge, minWords: context.options.minWords })(doc.tree, file);
    for (const message of file.messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined;
      const start = place?.start.offset;
      const end = place?.end.offset;
      if (start === undefined || end === undefined) continue;
      const words = doc.slice(start, end).split(/\s+/).filter(Boolean).length;
      context.report({
        message: `This sentence of ${words} words needs a reading age above ${context.options.targetAge}; split it or use shorter words`,
        note: 'Long sentences full of long words shut out people with dyslexia, people reading in a second language and young people applying for a first job. The UK average reading age is about 9.',
        start,
        end,
        suggestions: [],
      });
    }
  },
});
