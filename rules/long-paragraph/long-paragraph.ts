import { defineRule } from '../../src/rule.js';

export const longParagraph = defineRule({
  meta: {
    id: 'long-paragraph',
    category: 'readability',
    severity: 'warning',
    description: 'Paragraphs with more sentences than the limit (5 by default)',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { maxSentences: 5 },
    options: {
      maxSentences: { type: 'integer', minimum: 1, maximum: 50, description: 'The most sentences a paragraph should have.' },
    },
  },
  check(doc, context) {
    const { maxSentences } = context.options;
    const byBlock = new Map<number, Array<{ start: number; end: number }>>();
    for (const sentence of doc.sentences()) {
      if (sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'quote') continue;
      if (sentence.words[1] === sentence.words[0]) continue;
      const list = byBlock.get(sentence.block.index);
      if (list) list.push(sentence);
      else byBlock.set(sentence.block.index, [sentence]);
    }
    for (const sentences of byBlock.values()) {
      if (sentences.length <= maxSentences) continue;
      const first = sentences[0]!;
      const last = sentences[sentences.length - 1]!;
      const middle = sentences[Math.floor(sentences.length / 2)]!;
      const opening = doc.slice(middle.start, middle.end).trim().split(/\s+/).slice(0, 5).join(' ');
      context.report({
        message: `This paragraph has ${sentences.length} sentences; aim for ${maxSentences} or fewer`,
        note: 'Long paragraphs are hard to scan and easy to lose your place in, especially for people with dyslexia, people who are neurodivergent and people reading on a phone. The NHS keeps paragraphs to about 3 sentences, one idea each.',
        start: first.start,
        end: last.end,
        suggestions: [
          {
            text: `Split it into shorter paragraphs, one idea each, for example start a new one at “${opening}…”; a list may suit duties or requirements`,
            replacement: null,
            safe: false,
          },
        ],
      });
    }
  },
});
