import type { WordToken } from '../../src/model/document.js';
import { definePhraseRule } from '../../src/kit/phrase-rule.js';
import { matchCase } from '../../src/kit/text-case.js';
import { kindNotes, peopleWords, terms, type OutdatedTerm } from './terms.js';

export const outdatedTerms = definePhraseRule<OutdatedTerm, object>({
  meta: {
    id: 'outdated-terms',
    category: 'inclusive-language',
    severity: 'warning',
    description: 'Flag out-of-date words for people and equality schemes (BAME, Two Ticks, wheelchair-bound, suffering from)',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: {},
  },
  ignoreDescription: 'Terms not to report, as written in the word list.',
  phrases: () =>
    terms.flatMap((term) =>
      term.phrases.map((phrase) => ({
        phrase,
        data: term,
        ...(term.unlessFollowedBy ? { unlessFollowedBy: term.unlessFollowedBy } : {}),
        ...(term.unlessPrecededBy ? { unlessPrecededBy: term.unlessPrecededBy } : {}),
      })),
    ),
  toReport(match, doc) {
    const term = match.entry.data;
    const words = doc.words();
    const first = words[match.word]!;
    const sentence = doc.sentences()[first.sentence];
    // The sentence around the match, at most 300 characters either side, so huge sentences stay cheap.
    const nearby = sentence ? doc.slice(Math.max(sentence.start, match.start - 300), Math.min(sentence.end, match.end + 300)) : '';
    if (term.onlyIfSentence && !term.onlyIfSentence.test(nearby)) return undefined;
    if (term.aboutPeople && !peopleBefore(words, match.word)) return undefined;
    if (term.skipNames && isName(doc.slice(match.start, match.end), words[match.word - 1]?.sentence === first.sentence)) return undefined;
    const actual = doc.slice(match.start, match.end);
    return {
      message: `“${actual}” ${term.says}`,
      note: kindNotes[term.kind],
      start: match.start,
      end: match.end,
      ...(term.severity ? { severity: term.severity } : {}),
      suggestions: [{ text: term.instead, replacement: fitsAfter(words, match.word, match.entry.phrase, replacementFor(term, match.entry.phrase, actual)), safe: false }],
    };
  },
});

/** Whether a word for people comes in the three words before (same sentence). */
function peopleBefore(words: readonly WordToken[], at: number): boolean {
  for (let k = at - 1; k >= at - 3 && k >= 0; k--) {
    if (words[k]!.sentence !== words[at]!.sentence) return false;
    if (peopleWords.has(words[k]!.normal)) return true;
  }
  return false;
}

/**
 * “a wheelchair user” where “is wheelchair bound” stood (“who is wheelchair bound”), “wheelchair
 * users” after “are”, “use a wheelchair” after “or” (“ambulatory or wheelchair bound”: patients are
 * not “a wheelchair user”); none in “a wheelchair bound patient”, where only a rewording reads well.
 */
function fitsAfter(words: readonly WordToken[], at: number, phrase: string, replacement: string | null): string | null {
  if (replacement !== 'a wheelchair user' || phrase !== 'wheelchair bound') return replacement;
  const previous = words[at - 1]?.sentence === words[at]!.sentence ? words[at - 1]!.normal : '';
  if (/^(?:is|was|be|been|am)$/.test(previous)) return replacement;
  if (/^(?:are|were)$/.test(previous)) return 'wheelchair users';
  // “who may be ambulatory or wheelchair bound” → “who may be ambulatory or use a wheelchair”.
  if (/^(?:or|and)$/.test(previous)) return 'use a wheelchair';
  return /^(?:a|an)$/.test(previous) ? null : replacement;
}

function replacementFor(term: OutdatedTerm, phrase: string, actual: string): string | null {
  const replacement = typeof term.replacement === 'string' ? term.replacement : term.replacement?.[phrase.toLowerCase()];
  return replacement ? caseLike(replacement, actual) : null;
}

/** Capitalises the replacement like the original, but never shouts an acronym's replacement. */
function caseLike(replacement: string, actual: string): string {
  return actual === actual.toUpperCase() ? replacement : matchCase(replacement, actual);
}

/** “Elderly” written with a capital inside a sentence is part of a name (“Care of the Elderly Ward”). */
function isName(text: string, insideSentence: boolean): boolean {
  return insideSentence && /\bElderly\b/.test(text);
}
