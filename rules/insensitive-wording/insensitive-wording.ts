import retextEquality from 'retext-equality';
import { VFile } from 'vfile';
import type { Suggestion } from '../../src/diagnostic.js';
import { defineRule } from '../../src/rule.js';
import { matchCase } from '../../src/text-case.js';
import { notRecruitmentPatterns, unhelpfulAlternatives } from './exceptions.js';

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
    const file = new VFile({ value: doc.source });
    // `binary` accepts "he or she" while still flagging a lone "he" for the candidate.
    retextEquality({ ignore: context.options.ignore, binary: true })(doc.tree, file);
    for (const message of file.messages) {
      if (message.ruleId && notRecruitmentPatterns.has(message.ruleId)) continue;
      const place = message.place && 'start' in message.place ? message.place : undefined;
      const start = place?.start.offset;
      const end = place?.end.offset;
      if (start === undefined || end === undefined) continue;
      const actual = doc.slice(start, end);
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
  },
});

function cleanNote(note: string | undefined): string {
  const base = 'Wording that singles out a group tells its members the job is not for them.';
  if (!note) return base;
  return `${base} ${note.replace(/\s+,/g, ',')}`;
}
