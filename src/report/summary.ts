import { type Category, type Diagnostic, type FileResult, type Severity, type Summary } from '../model/diagnostic.js';
import { plural, wrap, wrapItems } from './shared.js';

/**
 * The order findings are grouped in, and the tie-break for what to fix first: wording that shuts
 * people out, then information they need to apply, then plain language, then readability.
 */
export const categoryOrder: readonly Category[] = ['inclusive-language', 'required-information', 'plain-language', 'readability'];

export const categoryTitles: Record<Category, string> = {
  'inclusive-language': 'Inclusive language',
  'required-information': 'Required information',
  'plain-language': 'Plain language',
  readability: 'Readability',
};

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One problem in one file: a finding and its repeats (same rule, same words). */
export interface Problem {
  first: Diagnostic;
  all: Diagnostic[];
}

/** Findings with their repeats collapsed: “post holder” three times is one problem with three places. */
export function collapse(diagnostics: readonly Diagnostic[]): Problem[] {
  const byKey = new Map<string, Problem>();
  for (const diagnostic of diagnostics) {
    // Document-level findings are never repeats: each says something different.
    const key = diagnostic.excerpt === '' ? `${byKey.size}\u0000document` : `${diagnostic.ruleId}\u0000${diagnostic.severity}\u0000${diagnostic.message.toLowerCase()}`;
    const problem = byKey.get(key);
    if (problem) problem.all.push(diagnostic);
    else byKey.set(key, { first: diagnostic, all: [diagnostic] });
  }
  return [...byKey.values()];
}

/** Most harmful first: by severity, then by category (who is shut out), then by place. */
export function byHarm(a: Problem, b: Problem): number {
  return (
    severityRank[a.first.severity] - severityRank[b.first.severity] ||
    categoryOrder.indexOf(a.first.category) - categoryOrder.indexOf(b.first.category) ||
    a.first.location.offset - b.first.location.offset
  );
}

/** The few problems to fix first: errors and warnings only, most harmful first. */
export function fixFirst(problems: readonly Problem[], most = 5): Problem[] {
  return problems.filter((problem) => problem.first.severity !== 'info').sort(byHarm).slice(0, most);
}

/** Problems grouped by category in the fixed order, each group in document order. */
export function byCategory(problems: readonly Problem[]): Array<{ category: Category; problems: Problem[] }> {
  return categoryOrder
    .map((category) => ({ category, problems: problems.filter((problem) => problem.first.category === category) }))
    .filter((group) => group.problems.length > 0);
}

/** Where a problem is, briefly: `16:3`, `¶14`, `document`, and for repeats every line. */
export function shortPlace(diagnostic: Diagnostic): string {
  if (diagnostic.excerpt === '') return 'document';
  const { line, column, block } = diagnostic.location;
  if (line !== undefined) return `${line}:${column}`;
  if (block !== undefined) return `¶${block}`;
  return 'document';
}

/** “×3: lines 4, 9, 17” (or paragraphs, for Word), for a problem that repeats. */
export function repeats(problem: Problem): string {
  if (problem.all.length < 2) return '';
  const lines = problem.all.map((d) => d.location.line);
  if (lines.every((line) => line !== undefined)) {
    const unique = [...new Set(lines)];
    return ` ×${problem.all.length}: ${unique.length === 1 ? 'line' : 'lines'} ${unique.join(', ')}`;
  }
  const blocks = problem.all.map((d) => d.location.block).filter((block) => block !== undefined);
  return ` ×${problem.all.length}${blocks.length ? `: paragraphs ${[...new Set(blocks)].join(', ')}` : ''}`;
}

export interface FileSummaryOptions {
  /** The compact checklist block with its heading, one string a line (✓ met, ✗ missing, – declined): src/report/checklist.ts. */
  checklist?: string[];
  targetAge: number;
  width: number;
  paint: (style: 'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold', text: string) => string;
}

/** The lines before a file's findings: reading age against the target, the checklist, and what to fix first. */
export function fileSummary(result: FileResult, problems: readonly Problem[], options: FileSummaryOptions): string[] {
  const { paint, width, targetAge } = options;
  const lines: string[] = [];
  const age = result.stats.readingAge;
  if (age !== null && age !== undefined) {
    const verdict = age <= targetAge ? paint('green', `within the target of ${targetAge}`) : paint(age - targetAge > 2 ? 'yellow' : 'blue', `${plural(age - targetAge, 'year')} above the target of ${targetAge}`);
    lines.push(`  ${paint('bold', 'Reading age')}  ${age}, ${verdict}`);
  }
  if (options.checklist?.length) {
    lines.push(...options.checklist);
  }
  const first = fixFirst(problems);
  if (first.length > 0) {
    lines.push(`  ${paint('bold', 'Fix first')}`);
    const places = first.map((problem) => shortPlace(problem.first));
    const column = Math.max(...places.map((place) => place.length));
    first.forEach((problem, index) => {
      const mark = problem.first.severity === 'error' ? paint('red', '✖') : paint('yellow', '!');
      const text = `${problem.first.message}${repeats(problem)}`;
      const indent = 4 + 2 + column + 2;
      const [head = '', ...rest] = wrap(text, Math.max(20, width - indent), '');
      lines.push(`    ${mark} ${paint('dim', places[index]!.padEnd(column))}  ${head}`, ...rest.map((line) => `${' '.repeat(indent)}${line}`));
    });
  }
  return lines;
}

/** What the report left out, for the final line. */
export interface Hidden {
  /** Warnings and infos `--quiet` left out of the report (they still count). */
  quiet?: { warnings: number; infos: number };
  /** Findings the baseline left out (they do not count). */
  baseline?: number;
}

/**
 * One honest last line: what was shown, what was hidden and why, files not read; and a second
 * line only when `--max-warnings` fails the run.
 */
export function finalLines(
  summary: Summary,
  options: { hidden?: Hidden; reviewed: number; failOn: Severity; maxWarnings?: number; paint: FileSummaryOptions['paint'] },
): string[] {
  const { hidden = {}, paint } = options;
  const shown = summary.errors + summary.warnings + summary.infos;
  const quietWarnings = hidden.quiet?.warnings ?? 0;
  const quietInfos = hidden.quiet?.infos ?? 0;
  const warnings = summary.warnings + quietWarnings;
  const infos = summary.infos + quietInfos;
  const failing = summary.errors + (options.failOn !== 'error' ? warnings : 0) + (options.failOn === 'info' ? infos : 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')].join(', ');
  const quiet = quietWarnings + quietInfos;
  let headline = shown === 0 ? (quiet ? 'No errors' : 'No problems') : plural(shown, 'problem');
  const read = summary.files - summary.fileErrors;
  headline += ` (${counts}) in ${summary.fileErrors ? (read === 1 ? 'the other file' : `the ${read} other files`) : plural(read, 'file')}`;
  const notes: string[] = [];
  if (quiet) notes.push(`${[quietWarnings ? plural(quietWarnings, 'warning') : '', quietInfos ? plural(quietInfos, 'info') : ''].filter(Boolean).join(' and ')} hidden by --quiet`);
  if (hidden.baseline) notes.push(`${plural(hidden.baseline, 'known finding')} hidden by the baseline`);
  if (options.reviewed) notes.push(`${plural(options.reviewed, 'finding')} set aside by review`);
  if (notes.length) headline += `; ${notes.join(', ')}`;
  const fails = failing > 0 || tooManyWarnings || summary.fileErrors > 0;
  const lines: string[] = [];
  // A run where no file could be read has nothing to count: the unread line says it all.
  if (summary.files === 0 || summary.fileErrors < summary.files) {
    // No tick while a file could not be read: the run has failed, whatever the others say.
    const mark = shown > 0 || (fails && !summary.fileErrors) ? '✖ ' : summary.fileErrors ? '' : '✓ ';
    lines.push(paint(fails ? 'red' : shown > 0 ? 'yellow' : 'green', `${mark}${headline}`));
  }
  if (summary.fileErrors) lines.push(paint('red', `✖ ${plural(summary.fileErrors, 'file')} could not be read`));
  if (tooManyWarnings) lines.push(paint('red', `✖ too many warnings (${warnings}, max ${options.maxWarnings})`));
  return lines;
}
