import type { Doc } from '../model/document.js';
import { defineRule, type OptionSchema, type Report, type Rule, type RuleContext, type RuleMeta } from '../model/rule.js';
import { PhraseMatcher, type PhraseEntry, type PhraseMatch } from './phrase-matcher.js';

/** Every word-list rule has this option: phrases (as the list writes them) not to report. */
export interface IgnoreOption {
  ignore: string[];
}

/** A word-list rule: a Rule that also says which phrases it lists, so lists can be checked against each other. */
export interface PhraseRule<Options extends object> extends Rule<Options & IgnoreOption> {
  /** Every phrase of the list, lower case, as matched. */
  phrases(): readonly string[];
}

/** What a word-list rule's functions get besides the document. */
export interface PhraseContext<Options extends object> extends RuleContext<Options & IgnoreOption> {
  /** True the first time `key` is given in this document: for reporting something once. */
  once(key: string): boolean;
}

export interface PhraseRuleSpec<Data, Options extends object> {
  /** The rule's meta; the `ignore` option is added. */
  meta: Omit<RuleMeta<Options>, 'defaultOptions' | 'options'> & { defaultOptions: Options; options?: { [K in keyof Options]: OptionSchema } };
  /** What `ignore` says: the description of its items. */
  ignoreDescription?: string;
  /** The list, built on first use (so that loading widen does not compile every list). */
  phrases: () => readonly PhraseEntry<Data>[];
  /** The names `ignore` can give an entry (default: its phrase). */
  names?: (entry: PhraseEntry<Data>) => readonly string[];
  /** The matches to consider, in order (for a rule that pairs matches, such as “he or she”). */
  select?: (matches: PhraseMatch<Data>[], doc: Doc) => PhraseMatch<Data>[];
  /** A match as a report, or undefined when, read in its sentence, it is not one. */
  toReport: (match: PhraseMatch<Data>, doc: Doc, context: PhraseContext<Options>) => Report | undefined;
  /** Reports from outside the list (a pattern, a band number), which take part in the same overlap rule. */
  more?: (doc: Doc, context: PhraseContext<Options>) => Report[];
}

/**
 * A rule over a word list, the way every word-list rule works: the list compiled once into one
 * matcher that walks the words once; `ignore` by phrase; no match inside a hyphenated word
 * (“self-sufficient” is not “sufficient”); and of overlapping findings only the first and longest
 * reported, so one stretch of words gets one finding.
 */
export function definePhraseRule<Data, Options extends object>(spec: PhraseRuleSpec<Data, Options>): PhraseRule<Options> {
  let matcher: PhraseMatcher<Data> | undefined;
  let listed: string[] | undefined;
  const compiled = (): PhraseMatcher<Data> => (matcher ??= new PhraseMatcher(spec.phrases()));
  const names = spec.names ?? ((entry: PhraseEntry<Data>) => [entry.phrase]);
  const rule = defineRule<Options & IgnoreOption>({
    meta: {
      ...spec.meta,
      defaultOptions: { ...spec.meta.defaultOptions, ignore: [] },
      options: {
        ...(spec.meta.options ?? {}),
        ignore: { type: 'array', items: { type: 'string' }, description: spec.ignoreDescription ?? 'Phrases not to report, as written in the word list.' },
      } as { [K in keyof (Options & IgnoreOption)]: OptionSchema },
    },
    check(doc, context) {
      const ignore = new Set(context.options.ignore.map((phrase) => phrase.toLowerCase()));
      const seen = new Set<string>();
      const phraseContext: PhraseContext<Options> = {
        options: context.options,
        audience: context.audience,
        report: context.report,
        once: (key) => !seen.has(key) && (seen.add(key), true),
      };
      const matches = compiled().match(doc);
      const reports: Report[] = [];
      for (const match of spec.select ? spec.select(matches, doc) : matches) {
        if (names(match.entry).some((name) => ignore.has(name.toLowerCase()))) continue;
        if (insideHyphenatedWord(doc, match.start, match.end)) continue;
        const report = spec.toReport(match, doc, phraseContext);
        if (report) reports.push(report);
      }
      reports.push(...(spec.more?.(doc, phraseContext) ?? []));
      reports.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (b.end ?? 0) - (a.end ?? 0));
      let reachedEnd = -1;
      for (const report of reports) {
        if (report.start !== undefined && report.start < reachedEnd) continue;
        if (report.end !== undefined) reachedEnd = Math.max(reachedEnd, report.end);
        context.report(report);
      }
    },
  });
  return {
    ...rule,
    phrases: () => (listed ??= spec.phrases().map((entry) => entry.phrase.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, ' '))),
  };
}

function insideHyphenatedWord(doc: Doc, start: number, end: number): boolean {
  return /[-\u2010\u2011]/.test(doc.source[start - 1] ?? '') && /\p{L}/u.test(doc.source[start - 2] ?? '') || (/[-\u2010\u2011]/.test(doc.source[end] ?? '') && /\p{L}/u.test(doc.source[end + 1] ?? ''));
}
