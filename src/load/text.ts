import type { ParsedSource } from '../model/document.js';

/** Plain text: blocks are separated by blank lines; a line that looks like a bullet is a list item. */
export function parseText(source: string): ParsedSource {
  const blocks: ParsedSource['blocks'] = [];
  // A CR never ends a line when an LF follows it, so one CR LF is never read as a blank line.
  const blank = /(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))\s*/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    const text = source.slice(start, end);
    if (!text.trim()) return;
    // A run of short lines each starting with a bullet is a list: one block per line.
    const lines = text.split(/(?<=\n)/);
    if (lines.length > 1 && lines.every((line) => /^\s*(?:[-*•‣◦]|\d+[.)])\s/.test(line))) {
      let at = start;
      for (const line of lines) {
        blocks.push({ kind: 'list-item', start: at, end: at + line.length, text: maskBullet(line) });
        at += line.length;
      }
      return;
    }
    const kind = /^\s*(?:[-*•‣◦]|\d+[.)])\s/.test(text) ? 'list-item' : looksLikeHeading(text) ? 'heading' : 'paragraph';
    blocks.push({ kind, start, end, text: kind === 'list-item' ? maskBullet(text) : text });
  };
  for (let match = blank.exec(source); match; match = blank.exec(source)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, source.length);
  return { source, format: 'text', blocks, directives: [] };
}

function maskBullet(line: string): string {
  return line.replace(/^(\s*)([-*•‣◦]|\d+[.)])/, (_, space: string, bullet: string) => space + ' '.repeat(bullet.length));
}

/** A short single line with no closing punctuation, standing alone, reads as a heading. */
function looksLikeHeading(text: string): boolean {
  const line = text.trim();
  return !line.includes('\n') && line.split(/\s+/).length <= 8 && !/[.!?:;,]$/.test(line);
}
