import { addToSummary, emptySummary, type Diagnostic, type FileResult, type Severity } from '../model/diagnostic.js';
import { checklistParts } from './checklist.js';
import { configurationIn, plural, printable, reviewText, sameConfigurationText, setAsideText, whole, wrap, type StreamingReporter } from './shared.js';
import { byCategory, categoryTitles, collapse, fileSummary, finalLines, repeats, type Problem } from './summary.js';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof codes;

/**
 * Human-readable findings for the terminal, summary first. For each file: its reading age, the
 * requirement checklist and the few problems to fix first; then every finding, grouped by
 * category in a fixed order, repeats of one problem collapsed. Then one line that counts what
 * was shown and what was hidden.
 */
export const stylishWriter: StreamingReporter = (context) => {
  const paint = (style: Style, text: string): string =>
    context.color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text;
  const width = Math.max(40, context.width ?? 80);
  const summary = emptySummary();
  let reviewed = 0;
  // Each configuration's errors in full once, under the first file they stopped.
  const configurationErrors = new Map<string, string>();
  return {
    file: (raw) => {
      addToSummary(summary, raw);
      reviewed += raw.error ? 0 : (raw.reviewed?.length ?? 0);
      return textOf(fileLines(raw, { color: Boolean(context.color), paint, width, targetAge: context.targetAge ?? 11, configurationErrors }));
    },
    end: (hidden) =>
      textOf(
        finalLines(summary, {
          ...(hidden ? { hidden } : {}),
          reviewed,
          failOn: context.failOn ?? 'error',
          ...(context.maxWarnings !== undefined ? { maxWarnings: context.maxWarnings } : {}),
          paint,
        }),
      ),
  };
};

export const stylish = whole(stylishWriter);

/** Lines as text, each ending in a line break. */
function textOf(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

interface FileLinesOptions {
  color: boolean;
  paint: (style: Style, text: string) => string;
  width: number;
  targetAge: number;
  configurationErrors: Map<string, string>;
}

/** One file's lines, a blank line after them; none for a file with nothing to say. */
function fileLines(raw: FileResult, options: FileLinesOptions): string[] {
  const { paint, width, configurationErrors } = options;
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const lines: string[] = [];
  const result = printable(raw);
  const configuration = raw.error ? configurationIn(raw.error) : undefined;
  if (configuration) {
    const firstPath = configurationErrors.get(raw.error!);
    if (firstPath) return [paint('underline', result.path), `  ${paint('red', 'error')}  ${printable(sameConfigurationText(configuration, firstPath))}`, ''];
    configurationErrors.set(raw.error!, result.path);
  }
  if (raw.error) {
    // A configuration with several mistakes gives one line each (src/config/config.ts escapes what it quotes).
    const [first, ...more] = raw.error.split('\n').map(printable);
    return [paint('underline', result.path), `  ${paint('red', 'error')}  ${first}`, ...more.map((line) => `         ${line}`), ''];
  }
  if (result.diagnostics.length === 0 && !result.note && !result.reviewed?.length) return [];
  lines.push(paint('underline', result.path));
  if (result.note) lines.push(`  ${paint('dim', 'note')}  ${result.note}`);
  if (result.reviewed?.length) {
    lines.push(`  ${paint('dim', 'reviewed')}  ${setAsideText(result)} (--format html shows them)`);
  }
  const problems = collapse(result.diagnostics);
  // The states only: the sentences to paste are the required-information findings' suggestions, below.
  const checklist = checklistParts(result, { color: options.color, width }).states;
  lines.push(...fileSummary(result, problems, { checklist, targetAge: options.targetAge, width, paint }));
  const placeOf = new Map(problems.map((problem) => [problem, position(problem.first)]));
  const where = [...placeOf.values()];
  // A DOCX place ("¶14 (Requirements) "…context…"") is too long for a column: give it a line of its own.
  const ownLine = where.some((text) => text.length > 16);
  const column = ownLine ? 0 : Math.max(0, ...where.map((text) => text.length));
  const indent = ownLine ? 6 : 4 + column + 2;
  const textIndent = ' '.repeat(indent + 7 + 2);
  const room = Math.max(20, width - textIndent.length);
  for (const group of byCategory(problems)) {
    lines.push('', `  ${paint('bold', categoryTitles[group.category])} ${paint('dim', `(${countOf(group.problems)})`)}`);
    for (const problem of group.problems) {
      const { first } = problem;
      const place = placeOf.get(problem)!;
      const text = wrap(`${first.message}${repeats(problem)}`, room, textIndent);
      // The rule id ends the last line, or has a line of its own when it does not fit.
      const last = text.length - 1;
      const lastWidth = text[last]!.length - (last ? textIndent.length : 0);
      if (lastWidth + 2 + first.ruleId.length <= room) text[last] += `  ${paint('dim', first.ruleId)}`;
      else text.push(`${textIndent}${paint('dim', first.ruleId)}`);
      const severity = paint(severityStyle[first.severity], first.severity.padEnd(7));
      if (ownLine) lines.push(`    ${paint('dim', clip(place, width - 4))}`, `${' '.repeat(indent)}${severity}  ${text.join('\n')}`);
      else lines.push(`    ${paint('dim', place.padEnd(column))}  ${severity}  ${text.join('\n')}`);
      const suggestion = suggestionText(first);
      if (suggestion) lines.push(`${textIndent}${paint('dim', '→')} ${wrap(suggestion, room - 2, `${textIndent}  `).join('\n')}`);
      // A reviewer's decision (a "discuss" comment, say) next to its finding.
      if (first.review) lines.push(`${textIndent}${paint('dim', '↳')} ${wrap(reviewText(first.review), room - 2, `${textIndent}  `).join('\n')}`);
    }
  }
  lines.push('');
  return lines;
}

function countOf(problems: readonly Problem[]): number {
  return problems.reduce((count, problem) => count + problem.all.length, 0);
}

/** At most `width` characters, an ellipsis marking the cut. */
function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function suggestionText(diagnostic: Diagnostic): string | undefined {
  const suggestion = diagnostic.suggestions[0];
  if (!suggestion) return undefined;
  return suggestion.replacement && diagnostic.excerpt === '' ? `${suggestion.text}: ${suggestion.replacement}` : suggestion.text;
}

/** `line:column` for text formats; `¶block (Heading) "…context…"` for DOCX. */
export function position(diagnostic: Diagnostic): string {
  const { location } = diagnostic;
  if (diagnostic.excerpt === '') return 'document';
  if (location.line !== undefined) return `${location.line}:${location.column}`;
  if (location.block !== undefined) {
    const heading = location.heading ? ` (${location.heading})` : '';
    return `¶${location.block}${heading} "${location.context ?? diagnostic.excerpt}"`;
  }
  return 'document';
}
