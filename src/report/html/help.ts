import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../io/package-root.js';
import { docsPath } from '../../model/rule.js';
import { categoryWords, escapeHtml } from './words.js';
import type { Category } from '../../model/diagnostic.js';

/**
 * Help inside the report: each rule's explanation (its doc page's summary and “Why” section),
 * collapsed, so the report works as one emailed file. Links go only to public web pages: a
 * relative link in a doc page (into widen's repository, or the sender's disk) keeps its words
 * and loses its address.
 */
export function renderRuleHelp(rules: ReadonlyArray<{ id: string; category: Category }>, docsBase: string | undefined): string {
  if (rules.length === 0) return '';
  const items = rules.map(({ id, category }) => {
    const page = readPage(id);
    const web = publicUrl(`${docsBase ?? ''}${docsPath(id)}`);
    const link = web ? `<p><a href="${escapeHtml(web)}">The rule’s page on the web</a></p>` : '';
    return `<details class="rule-help" id="rule-${escapeHtml(id)}"><summary><code>${escapeHtml(id)}</code> <span class="muted">(${escapeHtml(categoryWords[category] ?? category)})</span></summary>${page ? markdownToHtml(page) : '<p>No explanation is available for this rule.</p>'}${link}</details>`;
  });
  return `<section class="help" aria-labelledby="help-h"><h2 id="help-h">What each rule checks, and why</h2>${items.join('\n')}</section>`;
}

/** The summary line and the “Why” section of a rule's doc page, as Markdown; '' when there is none. */
function readPage(id: string): string {
  let text: string;
  try {
    text = readFileSync(join(packageRoot, docsPath(id)), 'utf8');
  } catch {
    return '';
  }
  const summary = /<!-- meta:start[^\n]*-->\n([^\n]+)/.exec(text)?.[1] ?? '';
  const why = /^## Why\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text)?.[1] ?? '';
  return `${summary}\n\n${why}`.trim();
}

/** An absolute http(s) address, or undefined: a report never links a file. */
export function publicUrl(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The little Markdown widen's doc pages use: paragraphs, lists, tables, `code`, **bold**, [links](…). */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  for (const chunk of markdown.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((line) => line.trim().startsWith('|'))) {
      out.push(table(lines));
    } else if (/^\s*[-*] /.test(lines[0]!)) {
      const items: string[] = [];
      for (const line of lines) {
        if (/^\s*[-*] /.test(line)) items.push(line.replace(/^\s*[-*] /, ''));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      out.push(`<ul>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    } else if (/^#{1,6} /.test(lines[0]!)) {
      out.push(`<p><strong>${inline(lines[0]!.replace(/^#+ /, ''))}</strong></p>`);
      if (lines.length > 1) out.push(`<p>${inline(lines.slice(1).join(' '))}</p>`);
    } else {
      out.push(`<p>${inline(lines.map((line) => line.trim()).join(' '))}</p>`);
    }
  }
  return out.join('');
}

/** A Markdown table as a list, one item a row, each cell named by its column: it reflows on a phone. */
function table(lines: readonly string[]): string {
  const cells = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
  const [head, , ...rows] = lines;
  const names = cells(head!);
  const items = rows.map((row) => `<li>${cells(row).map((cell, index) => `<strong>${inline(names[index] ?? '')}:</strong> ${inline(cell)}`).join('<br>')}</li>`);
  return `<ul class="table-list">${items.join('')}</ul>`;
}

function inline(text: string): string {
  const parts: string[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    parts.push(plain(text.slice(last, match.index)));
    if (match[1] !== undefined) parts.push(`<code>${escapeHtml(match[1])}</code>`);
    else if (match[2] !== undefined) parts.push(`<strong>${plain(match[2])}</strong>`);
    else {
      const url = publicUrl(match[4]!);
      parts.push(url ? `<a href="${escapeHtml(url)}">${plain(match[3]!)}</a>` : plain(match[3]!));
    }
    last = match.index + match[0].length;
  }
  parts.push(plain(text.slice(last)));
  return parts.join('');
}

/** Text with Markdown's emphasis marks and escapes taken off, escaped for HTML. */
function plain(text: string): string {
  return escapeHtml(text.replace(/\\([\\`*_[\]|])/g, '$1').replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2'));
}
