import type { Category, Diagnostic, FileResult, ResultBlock, Severity } from '../../model/diagnostic.js';
import { plural } from '../shared.js';

/** The report's words for widen's vocabulary (DESIGN.md), shared by its parts. */
export const categoryWords: Record<Category, string> = {
  'plain-language': 'Plain language',
  readability: 'Readability',
  'inclusive-language': 'Inclusive language',
  'required-information': 'Required information',
};
export const severityWords: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
/** A symbol for each severity, so it is never told by colour alone. */
export const severitySymbols: Record<Severity, string> = { error: '✖', warning: '▲', info: '●' };
export const kindWords: Record<ResultBlock['kind'], string> = {
  heading: 'Heading',
  paragraph: 'Paragraph',
  'list-item': 'List item',
  'table-cell': 'Table cell',
  quote: 'Quote',
};
export const kindMarks: Record<ResultBlock['kind'], string> = { heading: 'H', paragraph: '', 'list-item': '•', 'table-cell': 'Cell', quote: '“' };
/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element: no "<", ">", "&" or line separators as themselves. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Element id of a document's section. */
export function docId(index: number): string {
  return `d${index + 1}`;
}

export function readingAgeText(result: FileResult, targetAge: number): string {
  const age = result.stats.readingAge;
  if (age === null) return 'Not rated: too few words';
  if (age <= targetAge) return `${age}: within the target of ${targetAge}`;
  return `${age}: ${plural(age - targetAge, 'year')} above the target of ${targetAge}`;
}

/** “✖ 2 errors ▲ 5 warnings” with the symbols hidden from screen readers; nothing for a severity with none. */
export function severityCounts(diagnostics: readonly Diagnostic[]): string {
  const parts = (['error', 'warning', 'info'] as const).flatMap((severity) => {
    const count = diagnostics.filter((d) => d.severity === severity).length;
    return count ? [`<span class="count sev-${severity}"><span aria-hidden="true">${severitySymbols[severity]}</span> ${plural(count, severity)}</span>`] : [];
  });
  return parts.length ? parts.join(' ') : 'No findings';
}

/** Where a finding is, in words: a line and column, or a Word paragraph and its heading. */
export function where(d: Diagnostic): string {
  const { location } = d;
  if (d.excerpt === '') return 'The whole document';
  const excerpt = d.excerpt.replace(/\s+/g, ' ').trim();
  const quoted = `“${excerpt.length > 80 ? `${excerpt.slice(0, 77).trimEnd()}…` : excerpt}”`;
  if (location.line !== undefined) return `Line ${location.line}, column ${location.column ?? 1}: ${quoted}`;
  if (location.block !== undefined) {
    const heading = location.heading ? `, under “${location.heading}”` : '';
    return `Paragraph ${location.block}${heading}: ${location.context && location.context.length <= 120 ? location.context : quoted}`;
  }
  return quoted;
}
