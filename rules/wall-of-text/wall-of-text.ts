import { defineRule } from '../../src/rule.js';

export const wallOfText = defineRule({
  meta: {
    id: 'wall-of-text',
    category: 'readability',
    severity: 'warning',
    description: 'A long document with no headings and no lists',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { minWords: 300 },
    options: {
      minWords: { type: 'integer', minimum: 50, description: 'Documents with more words than this need headings or lists.' },
    },
  },
  check(doc, context) {
    const words = doc.words().length;
    if (words <= context.options.minWords) return;
    if (doc.blocks.some((block) => block.kind === 'heading' || block.kind === 'list-item')) return;
    context.report({
      message: `This document has ${words} words and no headings or lists`,
      note: 'Most people scan a job advert before they decide to read it. Without headings or lists they cannot find the pay, the hours or how to apply, and people with dyslexia, people who are neurodivergent and people using screen readers, which move from heading to heading, find it hardest.',
      suggestions: [
        {
          text: 'Add short headings such as “The job”, “Pay and hours”, “What you need” and “How to apply”, and put duties and requirements in bulleted lists',
          replacement: null,
          safe: false,
        },
      ],
    });
  },
});
