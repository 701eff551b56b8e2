import { summarise, type Diagnostic, type Severity } from '../model/diagnostic.js';
import { plural, printable, reviewText, setAsideText, type Reporter } from './shared.js';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof codes;

/** Human-readable findings grouped by file, for the terminal. */
export const stylish: Reporter = (results, context) => {
  const paint = (style: Style, text: string): string =>
    context.color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text;
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const lines: string[] = [];
  for (const result of results.map(printable)) {
    if (result.error) {
      lines.push(paint('underline', result.path), `  ${paint('red', 'error')}  ${result.error}`, '');
      continue;
    }
    if (result.diagnostics.length === 0 && !result.note && !result.reviewed?.length) continue;
    lines.push(paint('underline', result.path));
    if (result.note) lines.push(`  ${paint('dim', 'note')}  ${result.note}`);
    if (result.reviewed?.length) {
      lines.push(`  ${paint('dim', 'reviewed')}  ${setAsideText(result)} (--format html shows them)`);
    }
    const where = result.diagnostics.map(position);
    // A DOCX place ("¶14 (Requirements) "…context…"") is too long for a column: give it a line of its own.
    const ownLine = where.some((text) => text.length > 16);
    const width = ownLine ? 0 : Math.max(0, ...where.map((text) => text.length));
    const indent = ownLine ? '    ' : `  ${' '.repeat(width)}  `;
    result.diagnostics.forEach((diagnostic, index) => {
      const severity = paint(severityStyle[diagnostic.severity], diagnostic.severity.padEnd(7));
      const finding = `${severity}  ${diagnostic.message}  ${paint('dim', diagnostic.ruleId)}`;
      if (ownLine) lines.push(`  ${paint('dim', where[index]!)}`, `${indent}${finding}`);
      else lines.push(`  ${paint('dim', where[index]!.padEnd(width))}  ${finding}`);
      const suggestion = diagnostic.suggestions[0];
      if (suggestion) {
        const text = suggestion.replacement && diagnostic.excerpt === '' ? `${suggestion.text}: ${suggestion.replacement}` : suggestion.text;
        lines.push(`${indent}${' '.repeat(7)}  ${paint('dim', '→')} ${text}`);
      }
      // Issue 18: a reviewer's decision (a "discuss" comment, say) next to its finding.
      if (diagnostic.review) lines.push(`${indent}${' '.repeat(7)}  ${paint('dim', '↳')} ${reviewText(diagnostic.review)}`);
    });
    lines.push('');
  }
  const summary = summarise(results);
  const problems = summary.errors + summary.warnings + summary.infos;
  const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
  const unreadable = summary.fileErrors ? `, ${plural(summary.fileErrors, 'file')} not read` : '';
  const headline = `${problems === 0 ? '✓ No problems' : `✖ ${plural(problems, 'problem')}`} (${parts.join(', ')}) in ${plural(summary.files, 'file')}${unreadable}`;
  const style: Style = summary.errors || summary.fileErrors ? 'red' : summary.warnings ? 'yellow' : 'bold';
  lines.push(paint(style, headline));
  return `${lines.join('\n')}\n`;
};

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
