import type { Suggestion } from '../../src/model/diagnostic.js';
import { importPackageFile } from '../../src/kit/package-data.js';
import { PhraseMatcher, type PhraseMatch } from '../../src/kit/phrase-matcher.js';
import type { WordToken } from '../../src/model/document.js';
import { defineRule } from '../../src/model/rule.js';
import { matchCase } from '../../src/kit/text-case.js';
import { extraPhrases, ignoredPhrases, reportedPatterns, unhelpfulAlternatives } from './patterns.js';
import { extraSuggestion } from './suggest.js';

type Extra = (typeof extraPhrases)[number];

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

// retext-equality's own list, compiled once into one index by first word, instead of running the
// plugin (which searches every phrase in every paragraph). tests/catalogue-inclusive.test.ts checks
// that widen still flags the phrases of every pattern it reports.
const { patterns } = await importPackageFile<{ patterns: EqualityPattern[] }>('retext-equality', './patterns-en.js');
const equalityMatcher = new PhraseMatcher<Found>(
  patterns
    .filter((pattern) => reportedPatterns.has(pattern.id))
    .flatMap((pattern) =>
      Object.entries(pattern.inconsiderate).map(([phrase, category]) => ({
        phrase,
        data: { pattern, category, phrase },
        // retext-equality matches a phrase written with capitals only as written.
        ...(phrase !== phrase.toLowerCase() ? { caseSensitive: true } : {}),
      })),
    ),
);

const extraMatcher = new PhraseMatcher<{ extra: Extra; written: string }>(
  extraPhrases.flatMap((extra) => extra.phrases.map((written) => ({ phrase: written.replace(/\//g, ' '), data: { extra, written } }))),
);

export const insensitiveWording = defineRule({
  meta: {
    id: 'insensitive-wording',
    category: 'inclusive-language',
    severity: 'warning',
    description: 'Flag wording that may hurt or put off the people you want to reach',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: true,
    defaultOptions: { ignore: [] as string[] },
    options: { ignore: { type: 'array', items: { type: 'string' }, description: 'Words and phrases not to report.' } },
  },
  check(doc, context) {
    const ignore = new Set(context.options.ignore.map((word) => word.toLowerCase()));
    for (const match of equalityMatches(doc.words(), doc.source, equalityMatcher.match(doc))) {
      const { pattern, phrase } = match.entry.data;
      if (ignore.has(phrase)) continue;
      const { start, end } = match;
      const actual = doc.slice(start, end);
      if (ignoredPhrases.has(actual.toLowerCase().replace(/\s+/g, ' '))) continue;
      // “Her Majesty’s Government”, “His Royal Highness”: titles, not pronouns for the applicant.
      if (/^\s{1,3}(?:majesty|royal)/i.test(doc.slice(end, end + 12))) continue;
      const expected = Object.keys(pattern.considerate ?? {}).filter(
        (word) => !unhelpfulAlternatives.has(word.toLowerCase()),
      );
      const suggestions: Suggestion[] = expected.slice(0, 4).map((word) => ({
        text: `Use “${matchCase(word, actual)}”`,
        replacement: matchCase(word, actual),
        safe: false,
      }));
      context.report({
        message: expected.length
          ? `“${actual}” may put people off; consider “${matchCase(expected[0]!, actual)}”`
          : `“${actual}” may put people off; reword it`,
        note: cleanNote(pattern.note),
        start,
        end,
        suggestions: suggestions.length ? suggestions : [{ text: 'Reword it: say what you mean without it', replacement: null, safe: false }],
      });
    }
    for (const match of extraMatcher.match(doc)) {
      const { extra, written } = match.entry.data;
      const actual = doc.slice(match.start, match.end);
      // “he/she” must be written with its slash or “or”, not just next to each other; and
      // “psycho-social” is a word of its own.
      if (actual.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ') !== written || ignore.has(written)) continue;
      if (/^[-\u2010\u2011]/.test(doc.slice(match.end, match.end + 1))) continue;
      context.report({
        message: `“${actual}” ${extra.says}`,
        note: extra.note,
        start: match.start,
        end: match.end,
        suggestions: [extraSuggestion(doc, extra, written, match.start, match.end)],
      });
    }
  },
});

/**
 * retext-equality's handling of its two kinds of pattern: “basic” phrases are always reported;
 * an “or” pair (“he”/“she”) is not when both halves stand together (“he or she”, “him/her”).
 */
function equalityMatches(words: readonly WordToken[], source: string, matches: PhraseMatch<Found>[]): PhraseMatch<Found>[] {
  const kept: PhraseMatch<Found>[] = [];
  const byPattern = new Map<string, PhraseMatch<Found>[]>();
  for (const match of matches) {
    const list = byPattern.get(match.entry.data.pattern.id);
    if (list) list.push(match);
    else byPattern.set(match.entry.data.pattern.id, [match]);
  }
  for (const list of byPattern.values()) {
    for (let index = 0; index < list.length; index++) {
      const match = list[index]!;
      const next = list[index + 1];
      if (match.entry.data.pattern.type === 'or' && next && pairedWith(match, next, words, source)) {
        index++;
        continue;
      }
      kept.push(match);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function pairedWith(match: PhraseMatch<Found>, next: PhraseMatch<Found>, words: readonly WordToken[], source: string): boolean {
  if (next.entry.data.category === match.entry.data.category) return false;
  if (words[match.word]!.sentence !== words[next.word]!.sentence) return false;
  return /^(?:\s|\/|\band\b|\bor\b)*$/i.test(source.slice(match.end, next.start));
}

function cleanNote(note: string | undefined): string {
  const base = 'Wording that singles out a group tells its members the job is not for them.';
  if (!note) return base;
  return `${base} ${note.replace(/\s+,/g, ',')}`;
}
