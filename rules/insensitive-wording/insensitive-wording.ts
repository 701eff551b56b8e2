import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import type { Suggestion } from '../../src/diagnostic.js';
import { PhraseMatcher } from '../../src/phrase-matcher.js';
import { defineRule } from '../../src/rule.js';
import { matchCase } from '../../src/text-case.js';
import { extraPhrases, ignoredPhrases, reportedPatterns, unhelpfulAlternatives } from './patterns.js';

type Extra = (typeof extraPhrases)[number];

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
    fixable: false,
    defaultOptions: { ignore: [] as string[] },
    options: { ignore: { type: 'array', items: { type: 'string' }, description: 'Words and phrases not to report.' } },
  },
  check(doc, context) {
    const ignore = new Set(context.options.ignore.map((word) => word.toLowerCase()));
    const file = new VFile({ value: doc.source });
    // `binary` accepts “he or she” here; widen's own list below reports such pairs with better advice.
    retextEquality({ ignore: context.options.ignore, binary: true })(doc.tree, file);
    for (const message of file.messages) {
      if (!message.ruleId || !reportedPatterns.has(message.ruleId)) continue;
      const place = message.place && 'start' in message.place ? message.place : undefined;
      const start = place?.start.offset;
      const end = place?.end.offset;
      if (start === undefined || end === undefined) continue;
      const actual = doc.slice(start, end);
      if (ignoredPhrases.has(actual.toLowerCase().replace(/\s+/g, ' '))) continue;
      // “Her Majesty’s Government”, “His Royal Highness”: titles, not pronouns for the applicant.
      if (/^\s{1,3}(?:majesty|royal)/i.test(doc.slice(end, end + 12))) continue;
      const expected = ((message.expected as string[] | undefined) ?? []).filter(
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
        note: cleanNote(message.note ?? undefined),
        start,
        end,
        suggestions,
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
        suggestions: [{ text: extra.instead, replacement: null, safe: false }],
      });
    }
  },
});

function cleanNote(note: string | undefined): string {
  const base = 'Wording that singles out a group tells its members the job is not for them.';
  if (!note) return base;
  return `${base} ${note.replace(/\s+,/g, ',')}`;
}
