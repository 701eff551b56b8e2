import { dirname, resolve } from 'node:path';
import { maxSuppressBytes, readTextCapped } from '../io/read.js';
import type { FileResult } from '../model/diagnostic.js';
import { baselinePath, Suppressor } from './suppress.js';
import { UsageError } from '../io/limits.js';

/** Where `widen baseline` writes, and what `--baseline` reads by default. */
export const defaultBaselineFile = 'widen-baseline.json';

/** One tolerated finding: its file (relative to the baseline file) and stable fingerprint. */
export interface BaselineEntry {
  path: string;
  fingerprint: string;
  /** For people reading the file; matching uses `path` and `fingerprint` only. */
  ruleId: string;
  excerpt: string;
  requirement?: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** A baseline file that cannot be read or is not one; the message names the file. */
export class BaselineError extends UsageError {}

/**
 * The text of a baseline file for these results: entries sorted by path and fingerprint, one
 * line each, so that fixing or adding a finding changes exactly one line of the diff.
 */
export function createBaseline(results: readonly FileResult[], baselineFile: string): string {
  const base = dirname(resolve(baselineFile));
  const entries: BaselineEntry[] = [];
  for (const result of results) {
    const path = baselinePath(base, result.path);
    for (const d of result.diagnostics) {
      entries.push({ path, fingerprint: d.fingerprint, ruleId: d.ruleId, excerpt: d.excerpt, ...(d.requirement ? { requirement: d.requirement } : {}) });
    }
  }
  entries.sort((a, b) => compare(a.path, b.path) || compare(a.fingerprint, b.fingerprint));
  const lines = entries.map((entry, index) => `    ${JSON.stringify(entry)}${index < entries.length - 1 ? ',' : ''}`);
  return `{\n  "version": 1,\n  "findings": [${lines.length ? `\n${lines.join('\n')}\n  ` : ''}]\n}\n`;
}

/** Reads a baseline file. Throws BaselineError with a one-line reason. */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readTextCapped(file, { maxBytes: maxSuppressBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(`${file}: cannot read the baseline${code ? ` (${code})` : `: ${(error as Error).message}`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${file}: the baseline is not valid JSON: ${(error as Error).message}`);
  }
  const findings = (data as Partial<Baseline> | null)?.findings;
  if ((data as Partial<Baseline> | null)?.version !== 1 || !Array.isArray(findings)) {
    throw new BaselineError(`${file}: not a widen baseline (expected "version": 1 and "findings"); write one with "widen baseline"`);
  }
  const bad = findings.findIndex((entry: Partial<BaselineEntry>) => typeof entry?.path !== 'string' || typeof entry.fingerprint !== 'string');
  if (bad !== -1) throw new BaselineError(`${file}: findings.${bad}: expected "path" and "fingerprint" strings`);
  return data as Baseline;
}

/** What applying a baseline did. */
export interface AppliedBaseline {
  /** The results without the findings the baseline tolerates. */
  results: FileResult[];
  /** Findings left out because the baseline has them. */
  suppressed: number;
  /** Baseline entries that no longer occur: of files linted in this run, or of files that are gone. */
  stale: number;
}

/** Leaves out the findings a baseline tolerates, and counts its entries that no longer occur. */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, baselineFile: string): AppliedBaseline {
  const suppressor = new Suppressor(undefined, { file: baselineFile, baseline });
  const kept = results.map((result) => suppressor.apply(result));
  const { baselineSuppressed, baselineStale } = suppressor.finish();
  return { results: kept, suppressed: baselineSuppressed, stale: baselineStale };
}


function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
