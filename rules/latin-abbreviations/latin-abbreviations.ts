import type { Suggestion } from '../../src/model/diagnostic.js';
import { defineRule } from '../../src/model/rule.js';

interface Abbreviation {
  /** What to write instead, best first; the first is safe when `safe` is set. */
  replace: readonly string[];
  safe: boolean;
  advice: string;
  /** Only when written with full stops ("p.a."), since the bare letters mean other things ("PA"). */
  dotted?: boolean;
}

const abbreviations: Record<string, Abbreviation> = {
  eg: { replace: ['for example', 'such as'], safe: true, advice: 'write “for example”, or use “such as”, “like” or “including” before the list' },
  ie: { replace: ['that is'], safe: true, advice: 'write “that is”, or reword the sentence so it is not needed' },
  etc: {
    replace: ['and so on'],
    safe: false,
    advice: 'start the list with “such as” or “including” and leave out “etc”, or write “and so on”',
  },
  nb: { replace: ['note'], safe: true, advice: 'write “note”, or just say the important thing first' },
  pa: { replace: ['a year'], safe: true, advice: 'write “a year”', dotted: true },
};

export const latinAbbreviations = defineRule({
  meta: {
    id: 'latin-abbreviations',
    category: 'plain-language',
    severity: 'info',
    description: 'Write “for example”, “that is” and “a year” instead of “e.g.”, “i.e.”, “etc” and “p.a.”',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: true,
    defaultOptions: {},
  },
  check(doc, context) {
    for (const word of doc.words()) {
      const key = word.normal.replace(/\./g, '');
      // Own entries only: a word such as “constructor” is not an abbreviation.
      const entry = Object.hasOwn(abbreviations, key) ? abbreviations[key] : undefined;
      if (!entry) continue;
      if (entry.dotted && !word.value.includes('.')) continue;
      // "NB" must be capitals; "nb" and "Nb" are not the abbreviation people write.
      if (key === 'nb' && word.value.replace(/\./g, '') !== 'NB') continue;
      const capital = /^\p{Lu}/u.test(word.value) && key !== 'pa';
      const replace = entry.replace.map((text) => (capital ? text.charAt(0).toUpperCase() + text.slice(1) : text));
      const suggestions: Suggestion[] = replace.map((text, index) => ({
        text: `Use “${text}”`,
        replacement: text,
        safe: entry.safe && index === 0,
      }));
      // "etc." or "p.a." ending a sentence: the full stop also ends the sentence, so leave it in place.
      const end = (key === 'etc' || key === 'pa') && word.value.endsWith('.') && endsSentence(doc.source, word.end) ? word.end - 1 : word.end;
      const written = doc.slice(word.start, end);
      context.report({
        message: `“${written}” is a Latin abbreviation; ${entry.advice}`,
        note: 'Many people do not know what Latin abbreviations mean, especially people reading English as a second language, and screen readers may read “eg” as “egg”. GOV.UK and the NHS write the words out.',
        start: word.start,
        end,
        suggestions,
      });
    }
  },
});

/** True when nothing but a line break, the end of the text or a new capitalised sentence follows. */
function endsSentence(source: string, at: number): boolean {
  const rest = source.slice(at, at + 3);
  return /^(?:\s*$|\s*\n|\s+\p{Lu})/u.test(rest);
}
