import { summarise, type Severity } from '../model/diagnostic.js';
import { advice, repoPath } from './ci.js';
import { plural, reviewText, setAsideText, type Reporter } from './shared.js';
import { position } from './stylish.js';

const commands: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };
const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * GitHub shows at most this many annotations of each kind (error, warning, notice) from one step;
 * the rest are dropped without a word.
 */
export const annotationsPerKind = 10;

interface Annotation {
  kind: 'error' | 'warning' | 'notice';
  /** Where it sorts: severity, then what it points at (a line, a Word block, the whole file). */
  order: [number, number];
  command: string;
}

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the changed lines of a
 * pull request. Lines and columns for text formats; DOCX and document-level findings annotate
 * the file, with the block and heading in the message.
 *
 * GitHub shows only 10 annotations of each kind per step, so the most important come first and
 * the rest are left out: by severity, then findings on a line before those on a Word block and
 * those about the whole document, then in file order. A file that could not be read comes first
 * of all. When any are left out, one notice (taking the last notice place) says how many, and
 * that the SARIF or JSON report has them all.
 */
export const github: Reporter = (results) => {
  const annotations: Annotation[] = [];
  for (const result of results) {
    const file = repoPath(result.path);
    if (result.error) {
      const command = `::error ${properties({ file, title: 'widen: file not linted' })}::${escapeData(`widen could not lint ${result.path}: ${result.error}`)}`;
      annotations.push({ kind: 'error', order: [-1, 0], command });
      continue;
    }
    for (const d of result.diagnostics) {
      const { location } = d;
      const where: Record<string, string | number | undefined> = { file };
      const onLine = d.excerpt !== '' && location.line !== undefined;
      if (onLine) Object.assign(where, { line: location.line, col: location.column, endLine: location.endLine, endColumn: location.endColumn });
      const docx = d.excerpt !== '' && location.line === undefined ? position(d) : undefined;
      const message = [docx ? `${docx}: ${d.message}` : d.message, d.note, advice(d) && `→ ${advice(d)}`, d.review && `↳ ${reviewText(d.review)}`].filter(Boolean).join('\n');
      const command = `::${commands[d.severity]} ${properties({ ...where, title: `widen(${d.ruleId})` })}::${escapeData(message)}`;
      annotations.push({ kind: commands[d.severity], order: [rank[d.severity], onLine ? 0 : docx ? 1 : 2], command });
    }
  }
  // A stable sort: within the same rank, files and findings keep their order.
  annotations.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  const kept = { error: 0, warning: 0, notice: 0 };
  const left = { error: 0, warning: 0, notice: 0 };
  const over = (['error', 'warning', 'notice'] as const).some((kind) => annotations.filter((a) => a.kind === kind).length > annotationsPerKind);
  const room = { error: annotationsPerKind, warning: annotationsPerKind, notice: over ? annotationsPerKind - 1 : annotationsPerKind };
  const lines: string[] = [];
  for (const annotation of annotations) {
    if (kept[annotation.kind] < room[annotation.kind]) {
      kept[annotation.kind]++;
      lines.push(annotation.command);
    } else left[annotation.kind]++;
  }
  const omitted = left.error + left.warning + left.notice;
  if (omitted > 0) {
    const parts = [left.error && plural(left.error, 'error'), left.warning && plural(left.warning, 'warning'), left.notice && plural(left.notice, 'info')].filter(Boolean);
    const text = `${plural(omitted, 'more finding')} (${parts.join(', ')}) not shown as annotations: GitHub shows ${annotationsPerKind} of each kind per step. The SARIF report (--format sarif) or the JSON report (--format json) has every finding.`;
    lines.push(`::notice ${properties({ title: 'widen: more findings' })}::${escapeData(text)}`);
  }
  const summary = summarise(results);
  const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
  const setAside = results.reduce((sum, result) => sum + (result.reviewed?.length ?? 0), 0);
  lines.push(`widen: ${parts.join(', ')} in ${plural(summary.files, 'file')}${summary.fileErrors ? `, ${plural(summary.fileErrors, 'file')} not read` : ''}${setAside ? `, ${plural(setAside, 'finding')} set aside by a reviewer` : ''}`);
  for (const result of results) {
    const text = setAsideText(result);
    if (text) lines.push(`widen: ${result.path}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
};

function properties(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
}

/** Escaping of a workflow command's message, as @actions/core does it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property values: the message escaping plus ":" and ",". */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
