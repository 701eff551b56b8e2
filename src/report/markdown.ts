import { addToSummary, emptySummary, type Severity } from '../model/diagnostic.js';
import { advice, repoPath } from './ci.js';
import { plural, reviewText, setAsideText, whole, type StreamingReporter } from './shared.js';
import { position } from './stylish.js';

const badges: Record<Severity, string> = { error: '🛑 error', warning: '⚠️ warning', info: 'ℹ️ info' };
/** GitHub cuts pull-request comments at 65,536 characters; stay well inside. */
const budget = 60_000;

/**
 * A Markdown summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a headline, a
 * table of counts per file, and the findings in a collapsed table. Document text is escaped,
 * so an advert cannot break the table, add links or mention anyone. It keeps to GitHub's limit
 * on a comment: past it, a line says how many files and findings were left out.
 */
export const markdownWriter: StreamingReporter = () => {
  const summary = emptySummary();
  const table = bounded();
  const findings = bounded();
  const setAside = bounded();
  return {
    file: (result) => {
      addToSummary(summary, result);
      const text = setAsideText(result);
      if (text) setAside.add(`- ${cell(repoPath(result.path))}: ${cell(text)}`);
      if (!result.error && result.diagnostics.length === 0) return '';
      if (result.error) table.add(`| ${cell(repoPath(result.path))} | not read: ${cell(result.error)} | | |`);
      else {
        const count = (severity: Severity): number => result.diagnostics.filter((d) => d.severity === severity).length;
        table.add(`| ${cell(repoPath(result.path))} | ${count('error')} | ${count('warning')} | ${count('info')} |`);
      }
      for (const d of result.diagnostics) {
        const suggestion = advice(d);
        const finding = `${cell(d.message)}${suggestion ? `<br>→ ${cell(suggestion)}` : ''}${d.review ? `<br>↳ ${cell(reviewText(d.review))}` : ''}`;
        findings.add(`| ${cell(repoPath(result.path))} | ${cell(position(d))} | ${badges[d.severity]} | ${finding} | ${cell(d.ruleId)} |`);
      }
      return '';
    },
    end: () => {
      const problems = summary.errors + summary.warnings + summary.infos;
      const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
      const unread = summary.fileErrors ? `, ${plural(summary.fileErrors, 'file')} not read` : '';
      const head = `### widen: ${problems === 0 ? '✓ no problems' : `✖ ${plural(problems, 'problem')}`} (${parts.join(', ')}) in ${plural(summary.files, 'file')}${unread}`;
      if (table.seen === 0) return `${head}\n`;
      const lines = [head, '', '| File | Errors | Warnings | Infos |', '|---|--:|--:|--:|'];
      let size = lines.join('\n').length;
      const fit = (items: readonly string[]): string[] => {
        const kept: string[] = [];
        for (const item of items) {
          if (size + item.length > budget) break;
          kept.push(item);
          size += item.length + 1;
        }
        return kept;
      };
      const rows = fit(table.items);
      lines.push(...rows);
      if (rows.length < table.seen) lines.push('', `… and ${plural(table.seen - rows.length, 'more file')}: run widen locally or see the SARIF results for all of them.`);
      const notes = fit(setAside.items);
      if (notes.length) lines.push('', ...notes);
      const shown = fit(findings.items);
      if (shown.length) {
        lines.push('', '<details><summary>Findings</summary>', '', '| File | Where | Severity | Finding | Rule |', '|---|---|---|---|---|', ...shown);
        if (problems > shown.length) lines.push('', `… and ${plural(problems - shown.length, 'more finding')}: run widen locally or see the SARIF results for all of them.`);
        lines.push('', '</details>');
      }
      return `${lines.join('\n')}\n`;
    },
  };
};

export const markdown = whole(markdownWriter);

/** Lines kept while they fit in a comment, and how many there were: a run over any number of files keeps a comment's worth. */
function bounded(): { items: string[]; seen: number; add(item: string): void } {
  let size = 0;
  let full = false;
  const list = {
    items: [] as string[],
    seen: 0,
    add(item: string): void {
      list.seen++;
      // The first line that does not fit ends the list, as it ends the comment's table.
      full ||= size + item.length > budget;
      if (full) return;
      list.items.push(item);
      size += item.length + 1;
    },
  };
  return list;
}

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
