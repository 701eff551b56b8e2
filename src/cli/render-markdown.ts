import { wrap } from '../report/shared.js';

/**
 * A rule page for the terminal: headings underlined, paragraphs and list items wrapped to the
 * width, examples indented as they are, tables as one block a row (a wide table does not fit a
 * terminal), and none of the page's HTML comments. `widen explain --markdown` prints the page itself.
 */
export function renderMarkdown(markdown: string, width = 80): string {
  const source = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const out: string[] = [];
  const blank = (): void => {
    if (out.length && out.at(-1) !== '') out.push('');
  };
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) out.push(...wrap(inline(paragraph.join(' ')), width));
    paragraph = [];
  };
  for (let i = 0; i < source.length; i++) {
    const line = source[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blank();
      const text = inline(heading[2]!);
      out.push(text);
      if (heading[1]!.length <= 2) out.push((heading[1]!.length === 1 ? '=' : '-').repeat(text.length));
      out.push('');
      continue;
    }
    if (/^```/.test(line)) {
      flush();
      // Examples keep their lines: a wrapped example would not be the example.
      for (i++; i < source.length && !/^```/.test(source[i]!); i++) out.push(`    ${source[i]}`);
      out.push('');
      continue;
    }
    if (/^\|/.test(line)) {
      flush();
      const rows: string[][] = [];
      for (; i < source.length && /^\|/.test(source[i]!); i++) rows.push(cells(source[i]!));
      i--;
      const [header = [], , ...body] = rows;
      for (const row of body) {
        out.push(...wrap(`• ${header[0] ? `${header[0]}: ` : ''}${row[0] ?? ''}`, width - 2, '  '));
        row.slice(1).forEach((cell, index) => out.push(...wrap(`  ${header[index + 1] ?? ''}: ${cell}`, width - 4, '    ')));
      }
      out.push('');
      continue;
    }
    const item = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (item) {
      flush();
      // A list item may run on over the indented lines after it.
      let text = item[2]!;
      while (i + 1 < source.length && /^\s{2,}\S/.test(source[i + 1]!) && !/^\s*[-*]\s/.test(source[i + 1]!)) text += ` ${source[++i]!.trim()}`;
      const indent = ' '.repeat(item[1]!.length + 2);
      out.push(...wrap(`${indent}• ${inline(text)}`, width - indent.length - 2, `${indent}  `));
      continue;
    }
    if (line.trim() === '') {
      flush();
      blank();
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** A table row's cells, their Markdown made plain. */
function cells(row: string): string[] {
  return row
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => inline(cell.replace(/\\\|/g, '|').trim()));
}

/** Inline Markdown as plain text: code and emphasis marks dropped, a link as its text and address. */
function inline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, url: string) => (/^https?:/.test(url) ? `${label} <${url}>` : label))
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2');
}
