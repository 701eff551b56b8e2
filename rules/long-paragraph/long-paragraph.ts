import type { Doc } from '../../src/model/document.js';
import { defineRule } from '../../src/model/rule.js';

export const longParagraph = defineRule({
  meta: {
    id: 'long-paragraph',
    category: 'readability',
    severity: 'info',
    description: 'Paragraphs with more sentences than the limit (5 by default)',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { maxSentences: 5, minWords: 100 },
    options: {
      maxSentences: { type: 'integer', minimum: 1, maximum: 50, description: 'The most sentences a paragraph should have.' },
      minWords: { type: 'integer', minimum: 0, description: 'A paragraph of fewer words is not reported, however many short sentences it has.' },
    },
  },
  check(doc, context) {
    const { maxSentences, minWords } = context.options;
    const byBlock = new Map<number, Array<{ start: number; end: number; words: readonly [number, number] }>>();
    for (const sentence of doc.sentences()) {
      if (sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'quote') continue;
      if (sentence.words[1] === sentence.words[0]) continue;
      const list = byBlock.get(sentence.block.index);
      if (list) list.push(sentence);
      else byBlock.set(sentence.block.index, [sentence]);
    }
    for (const sentences of byBlock.values()) {
      if (sentences.length <= maxSentences) continue;
      // Many short sentences read easily: a paragraph is long when it is long in words too.
      if (sentences[sentences.length - 1]!.words[1] - sentences[0]!.words[0] < minWords) continue;
      const first = sentences[0]!;
      const last = sentences[sentences.length - 1]!;
      const breaks = breakPoints(sentences.length, maxSentences);
      const openings = breaks.map((index) => {
        const { start, end } = sentences[index]!;
        const block = doc.blockAt(start)!;
        return `“${block.text.slice(start - block.start, end - block.start).trim().split(/\s+/).slice(0, 5).join(' ')}…”`;
      });
      // Markdown and text start a paragraph after a blank line; an HTML or Word paragraph needs a person.
      const replacement = doc.format === 'markdown' || doc.format === 'text' ? splitAt(doc, sentences, breaks) : null;
      context.report({
        message: `This paragraph has ${sentences.length} sentences; aim for ${maxSentences} or fewer`,
        note: 'Long paragraphs are hard to scan and easy to lose your place in, especially for people with dyslexia, people who are neurodivergent and people reading on a phone. The NHS keeps paragraphs to about 3 sentences, one idea each.',
        start: first.start,
        end: last.end,
        suggestions: [
          {
            text: `Split it into shorter paragraphs, one idea each, for example start new ones at ${openings.join(' and ')}; a list may suit duties or requirements`,
            replacement,
            safe: false,
          },
        ],
      });
    }
  },
});

/** Where new paragraphs start: as few as keep each one within the limit, the sentences shared out evenly. */
function breakPoints(count: number, maxSentences: number): number[] {
  const parts = Math.ceil(count / maxSentences);
  const breaks: number[] = [];
  for (let part = 1; part < parts; part++) breaks.push(Math.round((part * count) / parts));
  return breaks;
}

/** The paragraph's text with a blank line before each break, everything else as written. */
function splitAt(doc: Doc, sentences: ReadonlyArray<{ start: number; end: number }>, breaks: readonly number[]): string {
  let text = '';
  let at = sentences[0]!.start;
  for (const index of breaks) {
    const previous = sentences[index - 1]!;
    text += `${doc.slice(at, previous.end).trimEnd()}\n\n`;
    at = sentences[index]!.start;
  }
  return text + doc.slice(at, sentences[sentences.length - 1]!.end);
}
