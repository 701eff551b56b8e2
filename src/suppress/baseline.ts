import { existsSync } from 'node:fs';
import { maxSuppressBytes, readTextCapped } from '../io/read.js';
import { dirname, relative, resolve, sep } from 'node:path';
import type { FileResult } from '../model/diagnostic.js';

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
export class BaselineError extends Error {}

/**
 * The text of a baseline file for these results: entries sorted by path and fingerprint, one
 * line each, so that fixing or adding a finding changes exactly one line of the diff.
 */
export function createBaseline(results: readonly FileResult[], baselineFile: string): string {
  const base = dirname(resolve(baselineFile));
  const entries: BaselineEntry[] = [];
  for (const result of results) {
    const path = keyPath(base, result.path);
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
  const base = dirname(resolve(baselineFile));
  const known = new Map<string, Set<string>>();
  for (const entry of baseline.findings) {
    let fingerprints = known.get(entry.path);
    if (!fingerprints) known.set(entry.path, (fingerprints = new Set()));
    fingerprints.add(entry.fingerprint);
  }
  let suppressed = 0;
  let stale = 0;
  const linted = new Set<string>();
  const kept = results.map((result) => {
    const path = keyPath(base, result.path);
    const fingerprints = known.get(path);
    if (result.error) return result;
    linted.add(path);
    if (!fingerprints) return result;
    const matched = new Set<string>();
    const diagnostics = result.diagnostics.filter((d) => {
      if (!fingerprints.has(d.fingerprint)) return true;
      matched.add(d.fingerprint);
      suppressed++;
      return false;
    });
    stale += fingerprints.size - matched.size;
    return { ...result, diagnostics };
  });
  for (const [path, fingerprints] of known) {
    if (!linted.has(path) && !existsSync(resolve(base, path))) stale += fingerprints.size;
  }
  return { results: kept, suppressed, stale };
}

/** A result's path as the baseline names it: relative to the baseline's folder, with forward slashes. */
function keyPath(base: string, path: string): string {
  return relative(base, resolve(path)).split(sep).join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
