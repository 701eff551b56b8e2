import type { Doc, SentenceRef } from '../../src/model/document.js';
import { defineRule } from '../../src/model/rule.js';
import { isContactDetails } from '../../src/kit/contact.js';
import { hardWordsOf } from '../../src/kit/hard-words.js';
import { checkedSplit, countWords, runOn, splitPoint } from '../../src/kit/split-sentence.js';
import type { Audience } from '../../src/model/diagnostic.js';

/** A stretch of text read as one sentence: an nlcst sentence, or one line of it when lines are separate items. */
export interface Unit {
  start: number;
  end: number;
  text: string;
  words: number;
}

export const longSentence = defineRule({
  meta: {
    id: 'long-sentence',
    category: 'readability',
    severity: 'info',
    description: 'Sentences longer than the limit (25 words by default), with a place to split them',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { maxWords: 25, clearMaxWords: 29 },
    options: {
      maxWords: { type: 'integer', minimum: 5, maximum: 100, description: 'The most words a sentence should have.' },
      clearMaxWords: {
        type: 'integer',
        minimum: 5,
        maximum: 100,
        description: 'A sentence up to this long is reported only with a second reason (two sentences run together, uncommon words); set it to maxWords to report every sentence over maxWords.',
      },
    },
  },
  check(doc, context) {
    const { maxWords, clearMaxWords } = context.options;
    for (const sentence of doc.sentences()) {
      if (sentence.block.kind === 'heading' || isContactDetails(doc.slice(sentence.start, sentence.end))) continue;
      for (const unit of sentenceUnits(doc, sentence)) {
        if (unit.words <= maxWords) continue;
        const reason = unit.words > clearMaxWords ? '' : secondReason(doc, sentence, unit, context.audience);
        if (reason === undefined) continue;
        const what = sentence.block.kind === 'list-item' ? 'list item' : 'sentence';
        const found = splitPoint(unit.text);
        const split = found ? checkedSplit(unit.text, found) : undefined;
        context.report({
          message: `This ${what} has ${unit.words} words${reason}; aim for ${maxWords} or fewer`,
          note: 'Long sentences are hard to follow, especially for people with dyslexia or a learning disability and people reading English as a second language. GOV.UK found that people understand more than 9 in 10 sentences of 14 words on average, but fewer than 1 in 10 of 43 words.',
          start: unit.start,
          end: unit.end,
          suggestions: [
            split
              ? {
                  text: `Split it into two sentences: end the first after “${lastWords(unit.text.slice(0, split.at))}” and start the next with “${firstWords(split.next)}”`,
                  replacement: split.replacement,
                  safe: false,
                }
              : { text: `Split it into shorter sentences of up to ${maxWords} words, one idea each`, replacement: null, safe: false },
          ],
        });
      }
    }
  },
});

/**
 * Why a sentence only a little over the limit is still worth splitting, or undefined when it is
 * one clear idea (most readers follow 26 to 29 plain words): it runs two sentences together, or
 * joins two with a semicolon or a comma, or it has uncommon words too.
 */
function secondReason(doc: Doc, sentence: SentenceRef, unit: Unit, audience: Audience): string | undefined {
  if (runOn(unit.text)) return ' and runs two sentences together';
  if (/[;,]\s+(?:we|you|they|it|this|there|he|she)\s/i.test(unit.text) || /\s(?:therefore|however)\s/i.test(unit.text)) return ' and joins two sentences';
  const { words: hard, formal } = hardWordsOf(doc, sentence, audience, undefined, unit);
  if (hard.length > 0) return ` and ${examples(hard, 'an uncommon word', 'uncommon words')}`;
  if (formal.length > 0) return ` and ${examples(formal, 'a formal word', 'formal words')}`;
  return undefined;
}

/** “an uncommon word (“a”)”, “uncommon words (“a” and “b”)”, “uncommon words (“a”, “b” and others)”, each word once. */
function examples(words: readonly string[], one: string, many: string): string {
  const distinct = [...new Map(words.map((word) => [word.toLowerCase(), word])).values()];
  const quoted = distinct.slice(0, 2).map((word) => `“${word}”`);
  if (distinct.length === 1) return `${one} (${quoted[0]})`;
  return `${many} (${distinct.length > 2 ? `${quoted.join(', ')} and others` : quoted.join(' and ')})`;
}

const joiningWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'our', 'your', 'their', 'as', 'is', 'are', 'be', 'will']);

/**
 * A sentence split where its lines are separate items: a line that ends without punctuation
 * or a joining word, followed by a line that starts with a capital, a digit or a bullet.
 * Plain-text adverts often list duties one a line with no full stops; each line is one item.
 */
export function sentenceUnits(doc: Doc, sentence: SentenceRef): Unit[] {
  const text = doc.slice(sentence.start, sentence.end);
  const units: Unit[] = [];
  let from = 0;
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i]!.length + 1;
    const before = lines[i]!.trimEnd();
    const after = lines[i + 1]!.trimStart();
    const lastWord = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (!before || (/^[\p{Lu}\p{N}•*·–-]/u.test(after) && !/[,;:(\-–—/&]$/.test(before) && !joiningWords.has(lastWord))) {
      pushUnit(units, sentence.start + from, sentence.start + offset - 1, text.slice(from, offset - 1));
      from = offset;
    }
  }
  pushUnit(units, sentence.start + from, sentence.end, text.slice(from));
  return units;
}

function pushUnit(units: Unit[], start: number, end: number, text: string): void {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (!trimmed) return;
  units.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, words: countWords(trimmed) });
}

function lastWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return `${words.length > 4 ? '…' : ''}${words.slice(-4).join(' ')}`;
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return `${words.slice(0, 4).join(' ')}${words.length > 4 ? '…' : ''}`;
}
