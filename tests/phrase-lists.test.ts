import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { PhraseRule } from '../src/kit/phrase-rule.js';
import { terms, verbsUsed, verbsWithoutForms } from '../src/kit/lexicon/formal-words.js';
import { verbForms } from '../src/kit/lexicon/verb-forms.js';

const phraseRules = rules.filter((rule): rule is PhraseRule<object> => typeof (rule as Partial<PhraseRule<object>>).phrases === 'function');

describe('word lists', () => {
  it('every word-list rule says its phrases', () => {
    expect(phraseRules.map((rule) => rule.meta.id).sort()).toEqual(
      ['buzzwords', 'exclusionary-wording', 'health-jargon', 'insensitive-wording', 'outdated-terms', 'simpler-words'],
    );
  });

  it('no phrase is in two lists, so one stretch of words never gets two findings that say different things', () => {
    const owners = new Map<string, string[]>();
    for (const rule of phraseRules) {
      for (const phrase of new Set(rule.phrases())) owners.set(phrase, [...(owners.get(phrase) ?? []), rule.meta.id]);
    }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('no list gives one phrase twice', () => {
    const repeated = phraseRules.flatMap((rule) => {
      const phrases = rule.phrases();
      return phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index).map((phrase) => `${rule.meta.id}: ${phrase}`);
    });
    expect(repeated).toEqual([]);
    const formal = terms.map((term) => term.phrase);
    expect(formal.filter((phrase, index) => formal.indexOf(phrase) !== index)).toEqual([]);
  });
});

describe('verb forms', () => {
  it('every verb of the formal-words list has its forms in the generated table (run scripts/make-verb-forms.ts)', () => {
    expect([...verbsWithoutForms]).toEqual([]);
  });

  it('the generated table has no verb the list no longer uses', () => {
    expect(Object.keys(verbForms).filter((verb) => !verbsUsed.has(verb))).toEqual([]);
  });

  it.each([
    ['purchase', 'buys', 'bought'],
    ['obtain', 'gets', 'got'],
    ['notify', 'tells', 'told'],
    ['ascertain', 'finds out', 'found out'],
    ['cease', 'stops', 'stopped'],
  ])('“%s” gets the right irregular and doubled forms', (base, third, past) => {
    const own = terms.filter((term) => term.base === base || term.phrase.startsWith(base));
    const replacements = own.flatMap((term) => term.replace);
    expect(replacements).toContain(third);
    expect(replacements).toContain(past);
  });

  it('a form never doubles a final letter the British way wrongly, nor adds “-ed” to an irregular verb', () => {
    const replacements = terms.flatMap((term) => term.replace);
    expect(replacements.filter((text) => /\b(?:buyed|getted|telled|finded|doed|goed|keeped|sended|stoped|planed|runned|haved|maked|putted|setted)\b/.test(text))).toEqual([]);
  });
});

describe('the English word list', () => {
  it('finds every word, the first and last too, and nothing else', async () => {
    const { isEnglishWord } = await import('../src/kit/english.js');
    const { createRequire } = await import('node:module');
    const words = createRequire(import.meta.url)('an-array-of-english-words') as string[];
    const sample = words.filter((_, i) => i % 997 === 0 || i < 3 || i > words.length - 4);
    for (const word of sample) expect(isEnglishWord(word), word).toBe(true);
    for (const word of ['', 'zzzzz', 'aaa0', 'xqzv', 'qwrtpz', 'nhsx', '\n', 'a\nb']) expect(isEnglishWord(word), JSON.stringify(word)).toBe(false);
  });

  it('gives the base of a participle only where it is an English verb', async () => {
    const { verbOfParticiple } = await import('../src/kit/english.js');
    expect(verbOfParticiple('allocated')).toEqual({ base: 'allocate', past: 'allocated' });
    expect(verbOfParticiple('employed')).toEqual({ base: 'employ', past: 'employed' });
    expect(verbOfParticiple('admitted')).toEqual({ base: 'admit', past: 'admitted' });
    expect(verbOfParticiple('Given')).toEqual({ base: 'give', past: 'gave' });
    expect(verbOfParticiple('developed')?.base).toBe('develop');
    expect(verbOfParticiple('red')).toBeUndefined();
    expect(verbOfParticiple('onboardeded')).toBeUndefined();
  });
});
