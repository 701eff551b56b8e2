import { summarise, type Severity } from '../model/diagnostic.js';
import { advice, repoPath } from './ci.js';
import { plural, type Reporter } from './shared.js';
import { position } from './stylish.js';

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the changed lines of
 * a pull request. Lines and columns for text formats; DOCX and document-level findings annotate
 * the file, with the block and heading in the message.
 */
export const github: Reporter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = repoPath(result.path);
    if (result.error) {
      lines.push(`::error ${properties({ file, title: 'widen: file not linted' })}::${escapeData(`widen could not lint ${result.path}: ${result.error}`)}`);
      continue;
    }
    for (const d of result.diagnostics) {
      const { location } = d;
      const where: Record<string, string | number | undefined> = { file };
      if (d.excerpt !== '' && location.line !== undefined) {
        Object.assign(where, { line: location.line, col: location.column, endLine: location.endLine, endColumn: location.endColumn });
      }
      const docx = d.excerpt !== '' && location.line === undefined ? position(d) : undefined;
      const message = [docx ? `${docx}: ${d.message}` : d.message, d.note, advice(d) && `→ ${advice(d)}`].filter(Boolean).join('\n');
      lines.push(`::${commands[d.severity]} ${properties({ ...where, title: `widen(${d.ruleId})` })}::${escapeData(message)}`);
    }
  }
  const summary = summarise(results);
  const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
  lines.push(`widen: ${parts.join(', ')} in ${plural(summary.files, 'file')}${summary.fileErrors ? `, ${plural(summary.fileErrors, 'file')} not read` : ''}`);
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
