import type { Category, RunReport } from '../index.js';
import { printable } from '../report/shared.js';

/** What `--fix` or `--fix-dry-run` did, on standard error: a line a file, Word documents once. */
export function writeFixes(fixes: NonNullable<RunReport['fixes']>, request: { dryRun: boolean; categories: readonly Category[] }, stderr: NodeJS.WritableStream): void {
  const verb = request.dryRun ? 'would fix' : 'fixed';
  let total = 0;
  // Word documents are never changed: said once, however many there are.
  const word = fixes.filter((fix) => fix.format === 'docx');
  for (const fix of fixes) {
    const path = printable(fix.path);
    if (fix.error) stderr.write(`widen: ${path}: ${printable(fix.error)}\n`);
    if (fix.note && fix.format !== 'docx') stderr.write(`widen: ${path}: ${printable(fix.note)}\n`);
    if (fix.count > 0) stderr.write(`widen: ${path}: ${verb} ${describe(fix)}\n`);
    total += fix.count;
  }
  if (word.length > 0) {
    const which = word.length === 1 ? printable(word[0]!.path) : `${word.length} Word documents`;
    stderr.write(`widen: ${which}: ${word[0]!.note}\n`);
  }
  if (total === 0 && word.length === 0 && !fixes.some((fix) => fix.error)) {
    stderr.write(`widen: nothing to fix${request.categories.length ? ` in ${request.categories.join(', ')}` : ''}: no finding has a safe fix\n`);
  }
}

function describe(fix: { count: number; byRule: Record<string, number> }): string {
  const rules = Object.entries(fix.byRule)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, count]) => `${rule} ${count}`);
  return `${fix.count} ${fix.count === 1 ? 'problem' : 'problems'} (${rules.join(', ')})`;
}
