import type { Suggestion } from '../../src/model/diagnostic.js';
import { importPackageFile } from '../../src/kit/package-data.js';
import type { PhraseMatch } from '../../src/kit/phrase-matcher.js';
import { definePhraseRule } from '../../src/kit/phrase-rule.js';
import type { WordToken } from '../../src/model/document.js';
import { matchCase } from '../../src/kit/text-case.js';
import { extraPhrases, ignoredPhrases, reportedPatterns, unhelpfulAlternatives } from './patterns.js';
import { extraSuggestion } from './suggest.js';

type Extra = (typeof extraPhrases)[number];
const extraWritten = new Set(extraPhrases.flatMap((extra) => extra.phrases.map((written) => written.replace(/\//g, ' '))));

/** One entry of retext-equality's pattern list (lib/patterns-en.js). */
interface EqualityPattern {
  id: string;
  type: 'basic' | 'or';
  inconsiderate: Record<string, string>;
  considerate?: Record<string, string>;
  note?: string;
  condition?: string;
}
type Found = { pattern: EqualityPattern; category: string; phrase: string };
type Listed = { kind: 'equality'; found: Found } | { kind: 'extra'; extra: Extra; written: string };

// retext-equality's own list, compiled once into one index by first word, instead of running the
// plugin (which searches every phrase in every paragraph). tests/catalogue-inclusive.test.ts checks
// that widen still flags the phrases of every pattern it reports.
const { patterns } = await importPackageFile<{ patterns: EqualityPattern[] }>('retext-equality', './patterns-en.js');

export const insensitiveWording = definePhraseRule<Listed, object>({
  meta: {
    id: 'insensitive-wording',
    category: 'inclusive-language',
    severity: 'warning',
    description: 'Flag wording that may hurt or put off the people you want to reach',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: true,
    defaultOptions: {},
  },
  ignoreDescription: 'Words and phrases not to report.',
  phrases: () => [
    ...patterns
      .filter((pattern) => reportedPatterns.has(pattern.id))
      .flatMap((pattern) =>
        // widen's own entry for a phrase (“madhouse”, with its replacement) is the one reported.
        Object.entries(pattern.inconsiderate).filter(([phrase]) => !extraWritten.has(phrase.toLowerCase())).map(([phrase, category]) => ({
          phrase,
          data: { kind: 'equality' as const, found: { pattern, category, phrase } },
          // retext-equality matches a phrase written with capitals only as written.
          ...(phrase !== phrase.toLowerCase() ? { caseSensitive: true } : {}),
        })),
      ),
    ...extraPhrases.flatMap((extra) => extra.phrases.map((written) => ({ phrase: written.replace(/\//g, ' '), data: { kind: 'extra' as const, extra, written } }))),
  ],
  names: (entry) => [entry.data.kind === 'equality' ? entry.data.found.phrase : entry.data.written],
  select: (matches, doc) => {
    const equality = matches.filter((match): match is PhraseMatch<Extract<Listed, { kind: 'equality' }>> => match.entry.data.kind === 'equality');
    const kept = new Set<PhraseMatch<Listed>>(equalityMatches(doc.words(), doc.source, equality));
    return matches.filter((match) => match.entry.data.kind === 'extra' || kept.has(match));
  },
  toReport(match, doc) {
    const data = match.entry.data;
    const { start, end } = match;
    const actual = doc.slice(start, end);
    if (data.kind === 'extra') {
      const { extra, written } = data;
      // “he/she” must be written with its slash or “or”, not just next to each other; and
      // “psycho-social” is a word of its own.
      if (actual.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ') !== written) return undefined;
      if (/^[-\u2010\u2011]/.test(doc.slice(end, end + 1))) return undefined;
      return { message: `“${actual}” ${extra.says}`, note: extra.note, start, end, suggestions: [extraSuggestion(doc, extra, written, start, end)] };
    }
    const { pattern } = data.found;
    if (ignoredPhrases.has(actual.toLowerCase().replace(/\s+/g, ' '))) return undefined;
    // “Her Majesty’s Government”, “His Royal Highness”: titles, not pronouns for the applicant.
    if (/^\s{1,3}(?:majesty|royal)/i.test(doc.slice(end, end + 12))) return undefined;
    const expected = Object.keys(pattern.considerate ?? {}).filter((word) => !unhelpfulAlternatives.has(word.toLowerCase()));
    const suggestions: Suggestion[] = expected.slice(0, 4).map((word) => ({ text: `Use “${matchCase(word, actual)}”`, replacement: matchCase(word, actual), safe: false }));
    return {
      message: expected.length ? `“${actual}” may put people off; consider “${matchCase(expected[0]!, actual)}”` : `“${actual}” may put people off; reword it`,
      note: cleanNote(pattern.note),
      start,
      end,
      suggestions: suggestions.length ? suggestions : [{ text: 'Reword it: say what you mean without it', replacement: null, safe: false }],
    };
  },
});

/**
 * retext-equality's handling of its two kinds of pattern: “basic” phrases are always reported;
 * an “or” pair (“he”/“she”) is not when both halves stand together (“he or she”, “him/her”).
 */
type EqualityMatch = PhraseMatch<Extract<Listed, { kind: 'equality' }>>;

function equalityMatches(words: readonly WordToken[], source: string, matches: EqualityMatch[]): EqualityMatch[] {
  const kept: EqualityMatch[] = [];
  const byPattern = new Map<string, EqualityMatch[]>();
  for (const match of matches) {
    const list = byPattern.get(match.entry.data.found.pattern.id);
    if (list) list.push(match);
    else byPattern.set(match.entry.data.found.pattern.id, [match]);
  }
  for (const list of byPattern.values()) {
    for (let index = 0; index < list.length; index++) {
      const match = list[index]!;
      const next = list[index + 1];
      if (match.entry.data.found.pattern.type === 'or' && next && pairedWith(match, next, words, source)) {
        index++;
        continue;
      }
      kept.push(match);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function pairedWith(match: EqualityMatch, next: EqualityMatch, words: readonly WordToken[], source: string): boolean {
  if (next.entry.data.found.category === match.entry.data.found.category) return false;
  if (words[match.word]!.sentence !== words[next.word]!.sentence) return false;
  return /^(?:\s|\/|\band\b|\bor\b)*$/i.test(source.slice(match.end, next.start));
}

function cleanNote(note: string | undefined): string {
  const base = 'Wording that singles out a group tells its members the job is not for them.';
  if (!note) return base;
  return `${base} ${note.replace(/\s+,/g, ',')}`;
}
