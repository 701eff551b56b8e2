import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic, FileResult, ReviewDecision } from '../model/diagnostic.js';
import type { Baseline } from './baseline.js';
import type { ReviewEntry, ReviewFile } from './review.js';

/**
 * What sets findings aside in one file: the latest review decision on each of its findings and
 * the fingerprints a baseline tolerates in it. Plain data, so a worker thread can apply it too
 * (a finding set aside is never fixed).
 */
export interface FileSuppression {
  decisions?: ReviewEntry[];
  baseline?: string[];
}

/** One file's result with its findings set aside, and what matched. */
export interface SuppressedFile {
  result: FileResult;
  /** The file's decisions that matched no finding (the text changed since the review). */
  decisionsUnused: ReviewEntry[];
  /** Findings left out because the baseline has them. */
  baselineLeftOut: number;
  /** How many of the file's baseline fingerprints still occur. */
  baselineMatched: number;
}

/**
 * Applies one file's review decisions and baseline: disagree moves a finding from `diagnostics` to
 * `reviewed`; agree and discuss stay as findings with `review` attached; a finding the baseline
 * has is left out.
 */
export function suppressFile(result: FileResult, suppression: FileSuppression): SuppressedFile {
  if (result.error || (!suppression.decisions?.length && !suppression.baseline?.length)) {
    return { result, decisionsUnused: suppression.decisions ?? [], baselineLeftOut: 0, baselineMatched: 0 };
  }
  const decisions = new Map((suppression.decisions ?? []).map((entry) => [`${entry.fingerprint}\0${entry.ruleId}`, entry]));
  const tolerated = new Set(suppression.baseline ?? []);
  const used = new Set<string>();
  const matched = new Set<string>();
  let leftOut = 0;
  const diagnostics: Diagnostic[] = [];
  const reviewed: NonNullable<FileResult['reviewed']> = [...(result.reviewed ?? [])];
  for (const diagnostic of result.diagnostics) {
    if (tolerated.has(diagnostic.fingerprint)) {
      matched.add(diagnostic.fingerprint);
      leftOut++;
      continue;
    }
    const id = `${diagnostic.fingerprint}\0${diagnostic.ruleId}`;
    const entry = decisions.get(id);
    if (!entry) {
      diagnostics.push(diagnostic);
      continue;
    }
    used.add(id);
    const review: ReviewDecision = { decision: entry.decision, reviewer: entry.reviewer, comment: entry.comment, date: entry.date };
    if (entry.decision === 'disagree') reviewed.push({ ...diagnostic, review });
    else diagnostics.push({ ...diagnostic, review });
  }
  return {
    result: { ...result, diagnostics, ...(reviewed.length ? { reviewed } : {}) },
    decisionsUnused: [...decisions].filter(([id]) => !used.has(id)).map(([, entry]) => entry),
    baselineLeftOut: leftOut,
    baselineMatched: matched.size,
  };
}

/** What a run's review and baseline did, for the one line the CLI prints about each. */
export interface SuppressionSummary {
  /** Findings a reviewer set aside (disagree). */
  setAside: number;
  /** Decisions about a linted document whose finding is no longer there (the text changed). */
  unmatchedDecisions: ReviewEntry[];
  /** Findings the baseline left out. */
  baselineSuppressed: number;
  /** Baseline entries that no longer occur: of files linted in this run, or of files that are gone. */
  baselineStale: number;
}

/**
 * The review and baseline of a whole run: hands each file its part, and adds up what they did.
 * Paths match when they name the same file from the working folder (review) or from the
 * baseline's folder (baseline).
 */
export class Suppressor {
  private readonly decisions = new Map<string, ReviewEntry[]>();
  private readonly baselineByPath = new Map<string, string[]>();
  private readonly baselineBase: string | undefined;
  private readonly linted = new Set<string>();
  private readonly summary: SuppressionSummary = { setAside: 0, unmatchedDecisions: [], baselineSuppressed: 0, baselineStale: 0 };

  constructor(review?: ReviewFile, baseline?: { file: string; baseline: Baseline }) {
    if (review) {
      // The latest decision on a finding wins; ties keep the order of the file.
      const latest = new Map<string, ReviewEntry>();
      const ordered = review.decisions.map((entry, order) => ({ entry, order }));
      ordered.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.order - b.order));
      for (const { entry } of ordered) latest.set(`${samePath(entry.path)}\0${entry.fingerprint}\0${entry.ruleId}`, entry);
      for (const entry of latest.values()) {
        const path = samePath(entry.path);
        const list = this.decisions.get(path);
        if (list) list.push(entry);
        else this.decisions.set(path, [entry]);
      }
    }
    if (baseline) {
      this.baselineBase = dirname(resolve(baseline.file));
      for (const entry of baseline.baseline.findings) {
        const list = this.baselineByPath.get(entry.path);
        if (list) {
          if (!list.includes(entry.fingerprint)) list.push(entry.fingerprint);
        } else this.baselineByPath.set(entry.path, [entry.fingerprint]);
      }
    }
  }

  /** Whether there is anything to apply. */
  get active(): boolean {
    return this.decisions.size > 0 || this.baselineByPath.size > 0;
  }

  /** One file's part. */
  forPath(path: string): FileSuppression {
    const decisions = this.decisions.get(samePath(path));
    const baseline = this.baselineBase === undefined ? undefined : this.baselineByPath.get(baselinePath(this.baselineBase, path));
    return { ...(decisions ? { decisions } : {}), ...(baseline ? { baseline } : {}) };
  }

  /** Applies a file's part and counts what it did. */
  apply(result: FileResult): FileResult {
    const part = this.forPath(result.path);
    const applied = suppressFile(result, part);
    this.account(result, part, applied);
    return applied.result;
  }

  /** Counts what a file's part did when it was applied elsewhere (in a worker). */
  account(raw: FileResult, part: FileSuppression, applied: SuppressedFile): void {
    if (raw.error) return;
    this.linted.add(samePath(raw.path));
    if (this.baselineBase !== undefined) this.linted.add(`baseline:${baselinePath(this.baselineBase, raw.path)}`);
    this.summary.setAside += (applied.result.reviewed?.length ?? 0) - (raw.reviewed?.length ?? 0);
    this.summary.unmatchedDecisions.push(...applied.decisionsUnused);
    this.summary.baselineSuppressed += applied.baselineLeftOut;
    this.summary.baselineStale += (part.baseline?.length ?? 0) - applied.baselineMatched;
  }

  /** What the run's review and baseline did; baseline entries of files that are gone count as stale. */
  finish(): SuppressionSummary {
    const summary = { ...this.summary, unmatchedDecisions: [...this.summary.unmatchedDecisions] };
    if (this.baselineBase !== undefined) {
      for (const [path, fingerprints] of this.baselineByPath) {
        if (!this.linted.has(`baseline:${path}`) && !existsSync(resolve(this.baselineBase, path))) summary.baselineStale += fingerprints.length;
      }
    }
    return summary;
  }
}

function samePath(path: string): string {
  return path.startsWith('<') ? path : resolve(path);
}

/** A result's path as the baseline names it: relative to the baseline's folder, with forward slashes. */
export function baselinePath(base: string, path: string): string {
  return relative(base, resolve(path)).split(sep).join('/');
}
