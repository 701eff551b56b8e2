import type { Doc } from '../../src/model/document.js';
import { defineRule } from '../../src/model/rule.js';

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
          text: `Add short headings such as “The job”, “Pay and hours”, “What you need” and “How to apply”${placesFor(doc)}, and put duties and requirements in bulleted lists`,
          replacement: null,
          safe: false,
        },
      ],
    });
  },
});

/** Headings a job advert needs, and words that show a paragraph belongs under each. */
const headings: ReadonlyArray<[heading: string, pattern: RegExp]> = [
  ['What you will do', /\byou will\b|\bduties\b|\bresponsib/i],
  ['What you need', /\byou (?:must|should|need)\b|\bexperience\b|\bqualification/i],
  ['Pay and hours', /£\s?\d|\bsalary\b|\bpay\b|\bhours\b/i],
  ['How to apply', /\bapply\b|\bapplication\b|\bclosing date\b/i],
];

/** Where the headings would go: “, “Pay and hours” before “The pay is…”” for the first paragraph that fits each. */
function placesFor(doc: Doc): string {
  const used = new Set<number>();
  const places: string[] = [];
  for (const [heading, pattern] of headings) {
    const block = doc.blocks.find((candidate) => !used.has(candidate.index) && pattern.test(candidate.text));
    if (!block) continue;
    used.add(block.index);
    const opening = block.text.trim().split(/\s+/).slice(0, 4).join(' ');
    places.push(`“${heading}” before “${opening}…”`);
  }
  return places.length ? ` (for example ${places.join(', ')})` : '';
}
