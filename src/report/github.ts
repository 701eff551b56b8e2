import { addToSummary, emptySummary, type FileResult, type Severity } from '../model/diagnostic.js';
import { advice, repoPath } from './ci.js';
import { plural, reviewText, setAsideText, whole, type StreamingReporter } from './shared.js';
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
export const githubWriter: StreamingReporter = () => {
  // The annotations GitHub will show, most important first, and how many of each kind there were.
  const shown: Record<Kind, Annotation[]> = { error: [], warning: [], notice: [] };
  const total: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const summary = emptySummary();
  const setAside: string[] = [];
  const add = (annotation: Annotation): void => {
    total[annotation.kind]++;
    const list = shown[annotation.kind];
    // After every annotation that sorts before it or level with it: files and findings keep their order.
    let at = list.length;
    while (at > 0 && before(annotation, list[at - 1]!)) at--;
    if (at < annotationsPerKind) list.splice(at, 0, annotation);
    if (list.length > annotationsPerKind) list.pop();
  };
  return {
    file: (result) => {
      addToSummary(summary, result);
      const text = setAsideText(result);
      if (text) setAside.push(`widen: ${result.path}: ${text}`);
      for (const annotation of annotationsOf(result)) add(annotation);
      return '';
    },
    end: () => {
      const over = kinds.some((kind) => total[kind] > annotationsPerKind);
      const room: Record<Kind, number> = { error: annotationsPerKind, warning: annotationsPerKind, notice: over ? annotationsPerKind - 1 : annotationsPerKind };
      const lines = kinds.flatMap((kind) => shown[kind].slice(0, room[kind]).map((annotation) => annotation.command));
      const left = Object.fromEntries(kinds.map((kind) => [kind, Math.max(0, total[kind] - room[kind])])) as Record<Kind, number>;
      const omitted = left.error + left.warning + left.notice;
      if (omitted > 0) {
        const parts = [left.error && plural(left.error, 'error'), left.warning && plural(left.warning, 'warning'), left.notice && plural(left.notice, 'info')].filter(Boolean);
        const text = `${plural(omitted, 'more finding')} (${parts.join(', ')}) not shown as annotations: GitHub shows ${annotationsPerKind} of each kind per step. The SARIF report (--format sarif) or the JSON report (--format json) has every finding.`;
        lines.push(`::notice ${properties({ title: 'widen: more findings' })}::${escapeData(text)}`);
      }
      const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
      lines.push(
        `widen: ${parts.join(', ')} in ${plural(summary.files, 'file')}${summary.fileErrors ? `, ${plural(summary.fileErrors, 'file')} not read` : ''}${summary.setAside ? `, ${plural(summary.setAside, 'finding')} set aside by a reviewer` : ''}`,
        ...setAside,
      );
      return `${lines.join('\n')}\n`;
    },
  };
};

export const github = whole(githubWriter);

const kinds = ['error', 'warning', 'notice'] as const;
type Kind = (typeof kinds)[number];

function before(a: Annotation, b: Annotation): boolean {
  return a.order[0] < b.order[0] || (a.order[0] === b.order[0] && a.order[1] < b.order[1]);
}

/** A file's annotations: one for a file that could not be read, else one for each finding. */
function annotationsOf(result: FileResult): Annotation[] {
  const file = repoPath(result.path);
  if (result.error) {
    const command = `::error ${properties({ file, title: 'widen: file not linted' })}::${escapeData(`widen could not lint ${result.path}: ${result.error}`)}`;
    return [{ kind: 'error', order: [-1, 0], command }];
  }
  return result.diagnostics.map((d) => {
    const { location } = d;
    const where: Record<string, string | number | undefined> = { file };
    const onLine = d.excerpt !== '' && location.line !== undefined;
    if (onLine) Object.assign(where, { line: location.line, col: location.column, endLine: location.endLine, endColumn: location.endColumn });
    const docx = d.excerpt !== '' && location.line === undefined ? position(d) : undefined;
    const message = [docx ? `${docx}: ${d.message}` : d.message, d.note, advice(d) && `→ ${advice(d)}`, d.review && `↳ ${reviewText(d.review)}`].filter(Boolean).join('\n');
    const command = `::${commands[d.severity]} ${properties({ ...where, title: `widen(${d.ruleId})` })}::${escapeData(message)}`;
    return { kind: commands[d.severity], order: [rank[d.severity], onLine ? 0 : docx ? 1 : 2], command };
  });
}

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
