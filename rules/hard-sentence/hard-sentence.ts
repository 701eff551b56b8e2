import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { isContactDetails } from '../../src/kit/contact.js';
import { hardWordsOf, isJobWord, jobVocabulary } from '../../src/kit/hard-words.js';
import { checkedSplit, countWords, runOn, splitPoint } from '../../src/kit/split-sentence.js';
import type { Suggestion } from '../../src/model/diagnostic.js';
import { defineRule } from '../../src/model/rule.js';
import { formulasAbove } from './score.js';

export const hardSentence = defineRule({
  meta: {
    id: 'hard-sentence',
    category: 'readability',
    severity: 'info',
    description: 'Sentences that uncommon and abstract words make hard for the advert’s readers, or that run two sentences together',
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
    const vocabulary = jobVocabulary(doc);
    for (const sentence of doc.sentences()) {
      if (sentence.block.kind === 'heading') continue;
      const { start, end } = sentence;
      const text = doc.slice(start, end);
      if (isContactDetails(text) || countWords(text) > maxWords) continue;
      const joined = runOn(text);
      if (joined) {
        context.report({
          message: `This runs two sentences together: end the first after “${joined.before}”`,
          note: 'A missing full stop makes a reader go back and read the sentence again, which is hardest for people with dyslexia and people reading English as a second language.',
          start,
          end,
          suggestions: [{ text: `Put a full stop after “${joined.before}”`, replacement: joined.replacement, safe: false }],
        });
        continue;
      }
      const rated = ratedWords(sentence.node, (word) => isJobWord(word, vocabulary, context.audience));
      if (rated.length < minWords) continue;
      // retext-readability's default threshold: four of the seven formulas.
      if (formulasAbove(rated, targetAge) < 4) continue;
      const { words: hard, formal } = hardWordsOf(doc, sentence, context.audience, vocabulary);
      // Long words a reader knows (the job's own, everyday ones) do not make a sentence hard; an
      // uncommon or a formal one among them does.
      if (hard.length + formal.length === 0) continue;
      context.report({
        message: `This sentence is hard to read: ${hardness(hard, formal)}`,
        note: 'Sentences packed with uncommon and abstract words shut out people with dyslexia or a learning disability, people reading English as a second language and young people applying for a first job. The NHS writes for a reading age of 9 to 11.',
        start,
        end,
        suggestions: [advice(text, hard.length ? hard : formal)],
      });
    }
  },
});

function advice(text: string, hard: readonly string[]): Suggestion {
  const found = splitPoint(text);
  const split = found ? checkedSplit(text, found) : undefined;
  const words = `Say ${quoteList(hard, 'or', false)} in everyday words`;
  if (split?.replacement) return { text: `${words}, or split it in two, starting the second sentence with “${split.next.split(/\s+/).slice(0, 4).join(' ')}…”`, replacement: split.replacement, safe: false };
  return { text: `${words}, or say the same thing in two shorter sentences`, replacement: null, safe: false };
}

function hardness(words: readonly string[], formalWords: readonly string[]): string {
  const hard = [...new Set(words)];
  const formal = [...new Set(formalWords)];
  const formalToo = formal.filter((word) => !hard.includes(word));
  if (hard.length) {
    const also = formalToo.length ? `, and ${quoteList(formalToo)} ${formalToo.length === 1 ? 'is' : 'are'} formal` : '';
    return `${quoteList(hard)} ${hard.length === 1 ? 'is an uncommon word' : 'are uncommon words'} here${also}`;
  }
  return formal.length === 1
    ? `a long, formal word (${quoteList(formal)}) puts it above the reading age most applicants have`
    : `long, formal words (${quoteList(formal)}) put it above the reading age most applicants have`;
}

/** “a”, “b” and “c”; in a message, more than three end “and 2 more”, so the list is never short of the truth. */
function quoteList(words: readonly string[], and = 'and', complete = true): string {
  const distinct = [...new Set(words)];
  const quoted = distinct.slice(0, 3).map((word) => `“${word}”`);
  const more = distinct.length - quoted.length;
  if (more > 0 && complete) return `${quoted.join(', ')} ${and} ${more} more`;
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}

/**
 * The words a reader may find hard, leaving out names, titles, abbreviations, numbers and the
 * job's own words: capitalised words after the first (“Principal Occupational Therapist”), words
 * in capitals, words with digits, and `known` words. Readers do not find a sentence hard because
 * it names a hospital, or says “physiotherapy” to physiotherapists, but the formulas do.
 */
function ratedWords(sentence: Sentence, known: (word: string) => boolean): string[] {
  const words: string[] = [];
  let first = true;
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const value = toString(child);
    const isFirst = first;
    first = false;
    if (/\d/.test(value)) continue;
    if (value.length > 1 && value === value.toUpperCase() && /\p{L}/u.test(value)) continue;
    if (!isFirst && /^\p{Lu}/u.test(value)) continue;
    if (known(value.toLowerCase())) continue;
    words.push(value);
  }
  return words;
}
