import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Linter, type Diagnostic } from '../src/index.js';
import { corpusPath, describeWithCorpus } from './helpers/corpus.js';
import { root } from './helpers/lint.js';

/**
 * Precision as an independent editor judged it, on 30 real NHS adverts the first version of widen
 * had never seen (../shared/corpus/judged, see its README): every finding widen makes today is
 * matched to a verdict, the editor's (verdicts.json) or ours on findings made since
 * (tests/judged/verdicts.json), the way ../shared/tools/judged-score.mjs matches them. The test
 * fails when a finding has no verdict (judge it and add it), when a finding judged false comes
 * back, or when the figures fall below the targets of issue 15.
 */
const set = corpusPath('judged');

interface Verdict {
  advert: string;
  ruleId: string;
  category: string;
  requirement: string | null;
  offset: number | null;
  endOffset: number | null;
  excerpt: string;
  replacement: string | null;
  verdict: 'true' | 'false' | 'debatable' | 'context';
  suggestion: 'good' | 'ok' | 'bad' | 'none';
  why: string;
}

/** Share of the bad replacements that may still be offered (issue 15's target; 1 of 98 on 2026-12-02). */
const badAllowed = 0.1;

/** The judged-false findings still reported, known and left for now (with the editor's reason): none may be added. */
const knownFalse = JSON.parse(readFileSync(join(root, 'tests', 'judged', 'known-false.json'), 'utf8')) as Array<{ advert: string; ruleId: string; excerpt: string; why: string }>;

function overlap(a: { offset: number; endOffset: number }, b: { offset: number; endOffset: number }): number {
  const shared = Math.min(a.endOffset, b.endOffset) - Math.max(a.offset, b.offset);
  return shared / (Math.min(a.endOffset - a.offset, b.endOffset - b.offset) || 1);
}

/** The scorer's match: same category and half the shorter span, or for a document-level finding the same rule and requirement. */
function matches(d: Diagnostic, v: Verdict): boolean {
  const documentLevel = d.excerpt === '';
  if (documentLevel || v.offset === null || v.excerpt === '') {
    return documentLevel && (v.excerpt === '' || v.offset === null) && d.ruleId === v.ruleId && (d.requirement ?? null) === (v.requirement ?? null);
  }
  return d.category === v.category && overlap(d.location, { offset: v.offset, endOffset: v.endOffset! }) >= 0.5;
}

describeWithCorpus('the judged real adverts', () => {
  test('every finding has a verdict, none judged false comes back, and the figures meet the targets', async () => {
    const editor = JSON.parse(readFileSync(join(set, 'verdicts.json'), 'utf8')) as Verdict[];
    const ours = JSON.parse(readFileSync(join(root, 'tests', 'judged', 'verdicts.json'), 'utf8')) as Verdict[];
    const adverts = [...new Set(editor.map((v) => v.advert))].sort();
    const results = await new Linter({ profile: 'advert' }).lintPaths(adverts.map((id) => join(set, 'adverts', `${id}.html`)));
    const unjudged: string[] = [];
    const falseNow: string[] = [];
    const kept = { true: 0, false: 0, bad: 0 };
    let findings = 0;
    for (const [index, result] of results.entries()) {
      const advert = adverts[index]!;
      const theirs = editor.filter((v) => v.advert === advert);
      const mine = ours.filter((v) => v.advert === advert);
      const used = new Set<Verdict>();
      for (const d of result.diagnostics) {
        findings++;
        const verdict = theirs.find((v) => !used.has(v) && matches(d, v)) ?? mine.find((v) => !used.has(v) && matches(d, v));
        if (!verdict) {
          unjudged.push(`${advert} ${d.ruleId} «${d.excerpt}» ${d.message}`);
          continue;
        }
        used.add(verdict);
        if (verdict.verdict === 'true') kept.true++;
        if (verdict.verdict === 'false') {
          kept.false++;
          if (!knownFalse.some((known) => known.advert === advert && known.ruleId === d.ruleId && known.excerpt === d.excerpt)) falseNow.push(`${advert} ${d.ruleId} «${d.excerpt}» — ${verdict.why}`);
        }
        const replacement = d.suggestions.find((suggestion) => suggestion.replacement)?.replacement ?? null;
        if (verdict.suggestion === 'bad' && replacement !== null && replacement === verdict.replacement) kept.bad++;
      }
    }
    expect(unjudged, 'judge these new findings (tests/judged/verdicts.json)').toEqual([]);
    expect(falseNow, 'findings an editor judged false are back').toEqual([]);
    const judged = { true: editor.filter((v) => v.verdict === 'true').length, false: editor.filter((v) => v.verdict === 'false').length, bad: editor.filter((v) => v.suggestion === 'bad').length };
    // The targets of issue 15, on the editor's own verdicts.
    expect(kept.true / judged.true, 'judged-true findings kept').toBeGreaterThanOrEqual(0.95);
    expect(kept.false / judged.false, 'judged-false findings still reported').toBeLessThanOrEqual(0.15);
    expect(kept.bad / judged.bad, 'bad replacements still offered').toBeLessThanOrEqual(badAllowed);
    expect(findings / adverts.length).toBeLessThan(23);
  });
});
