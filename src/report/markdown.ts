import { summarise, type Severity } from '../model/diagnostic.js';
import { advice, repoPath } from './ci.js';
import { plural, reviewText, setAsideText, type Reporter } from './shared.js';
import { position } from './stylish.js';

const badges: Record<Severity, string> = { error: '🛑 error', warning: '⚠️ warning', info: 'ℹ️ info' };
/** GitHub cuts pull-request comments at 65,536 characters; stay well inside. */
const budget = 60_000;

/**
 * A Markdown summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a headline, a
 * table of counts per file, and the findings in a collapsed table. Document text is escaped,
 * so an advert cannot break the table, add links or mention anyone.
 */
export const markdown: Reporter = (results) => {
  const summary = summarise(results);
  const problems = summary.errors + summary.warnings + summary.infos;
  const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
  const unread = summary.fileErrors ? `, ${plural(summary.fileErrors, 'file')} not read` : '';
  const head = `### widen: ${problems === 0 ? '✓ no problems' : `✖ ${plural(problems, 'problem')}`} (${parts.join(', ')}) in ${plural(summary.files, 'file')}${unread}`;
  const listed = results.filter((result) => result.error || result.diagnostics.length > 0);
  if (listed.length === 0) return `${head}\n`;

  const lines = [head, '', '| File | Errors | Warnings | Infos |', '|---|--:|--:|--:|'];
  for (const result of listed) {
    if (result.error) {
      lines.push(`| ${cell(repoPath(result.path))} | not read: ${cell(result.error)} | | |`);
      continue;
    }
    const count = (severity: Severity): number => result.diagnostics.filter((d) => d.severity === severity).length;
    lines.push(`| ${cell(repoPath(result.path))} | ${count('error')} | ${count('warning')} | ${count('info')} |`);
  }

  const rows: string[] = [];
  let size = lines.join('\n').length;
  let left = problems;
  fill: for (const result of listed) {
    for (const d of result.diagnostics) {
      const suggestion = advice(d);
      const finding = `${cell(d.message)}${suggestion ? `<br>→ ${cell(suggestion)}` : ''}${d.review ? `<br>↳ ${cell(reviewText(d.review))}` : ''}`;
      const row = `| ${cell(repoPath(result.path))} | ${cell(position(d))} | ${badges[d.severity]} | ${finding} | ${cell(d.ruleId)} |`;
      if (size + row.length > budget) break fill;
      rows.push(row);
      size += row.length + 1;
      left--;
    }
  }
  const setAside = results.flatMap((result) => {
    const text = setAsideText(result);
    return text ? [`- ${cell(repoPath(result.path))}: ${cell(text)}`] : [];
  });
  if (setAside.length) lines.push('', ...setAside);
  if (rows.length) {
    lines.push('', '<details><summary>Findings</summary>', '', '| File | Where | Severity | Finding | Rule |', '|---|---|---|---|---|', ...rows);
    if (left > 0) lines.push('', `… and ${plural(left, 'more finding')}: run widen locally or see the SARIF results for all of them.`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
};

/**
 * Text for one table cell: on one line, HTML and entities neutralised, Markdown punctuation
 * escaped (a `|` would end the cell), and `@` written as an entity so nobody is mentioned.
 */
export function cell(value: string): string {
  return value
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/@/g, '&#64;');
}
