import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Severity } from '../model/diagnostic.js';

/**
 * A result's path as CI tools want it: relative to the working folder (run widen from the
 * repository root), with forward slashes. A file outside it keeps the path it was given (so a
 * report names an absolute path only when the user gave one).
 */
export function repoPath(path: string, cwd = process.cwd()): string {
  const local = relative(cwd, resolve(cwd, path));
  const chosen = local.startsWith('..') || isAbsolute(local) ? path : local;
  return chosen.split(sep).join('/');
}

/** The first suggestion as one line (with the sentence to add, for a document-level finding). */
export function advice(diagnostic: Diagnostic): string | undefined {
  const suggestion = diagnostic.suggestions[0];
  if (!suggestion) return undefined;
  return suggestion.replacement && diagnostic.excerpt === '' ? `${suggestion.text}: ${suggestion.replacement}` : suggestion.text;
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Whether a severity is at or above a threshold (`--fail-on`). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return rank[severity] >= rank[threshold];
}
