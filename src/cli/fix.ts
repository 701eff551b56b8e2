import type { Category, FileResult } from '../model/diagnostic.js';
import type { FixOutcome, Linter } from '../index.js';

export interface FixRequest {
  dryRun: boolean;
  categories: Category[];
  /** Review decisions and baseline, applied again to each re-linted file. */
  filter: (result: FileResult) => FileResult;
}

/**
 * `--fix` and `--fix-dry-run`: fixes the files, puts each fixed file's remaining findings in
 * `results`, and says on standard error what was fixed. Returns the diff (for a dry run) and
 * whether a file could not be fixed (exit code 2).
 */
export async function runFix(linter: Linter, results: FileResult[], request: FixRequest, stderr: NodeJS.WritableStream): Promise<{ diff: string; failed: boolean }> {
  const outcomes = await linter.fix(results, { dryRun: request.dryRun, categories: request.categories, filter: request.filter });
  const byPath = new Map(outcomes.map((outcome) => [outcome.path, outcome]));
  results.splice(0, results.length, ...results.map((result) => byPath.get(result.path)?.result ?? result));
  const verb = request.dryRun ? 'would fix' : 'fixed';
  let total = 0;
  // Word documents are never changed: said once, however many there are.
  const word = outcomes.filter((outcome) => outcome.result.format === 'docx');
  for (const outcome of outcomes) {
    if (outcome.error) stderr.write(`widen: ${outcome.path}: ${outcome.error}\n`);
    if (outcome.note && outcome.result.format !== 'docx') stderr.write(`widen: ${outcome.path}: ${outcome.note}\n`);
    if (outcome.count > 0) stderr.write(`widen: ${outcome.path}: ${verb} ${describe(outcome)}\n`);
    total += outcome.count;
  }
  if (word.length > 0) {
    const which = word.length === 1 ? word[0]!.path : `${word.length} Word documents`;
    stderr.write(`widen: ${which}: ${word[0]!.note}\n`);
  }
  if (total === 0 && word.length === 0 && !outcomes.some((outcome) => outcome.error)) stderr.write(`widen: nothing to fix${request.categories.length ? ` in ${request.categories.join(', ')}` : ''}: no finding has a safe fix\n`);
  return { diff: outcomes.map((outcome) => outcome.diff).join(''), failed: outcomes.some((outcome) => outcome.error) };
}

function describe(outcome: FixOutcome): string {
  const rules = Object.entries(outcome.byRule)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, count]) => `${rule} ${count}`);
  return `${outcome.count} ${outcome.count === 1 ? 'problem' : 'problems'} (${rules.join(', ')})`;
}
