import type { Edit } from './fix.js';

/**
 * A unified diff of `edits` (sorted, non-overlapping, in `text`'s coordinates), as `diff -u` and
 * `git diff` print it, with `context` unchanged lines around each change. The edits say exactly
 * what changed, so no line matching is needed: lines an edit touches are removed and added again,
 * every other line is context. Line breaks are shown without their carriage returns.
 */
export function unifiedDiff(path: string, text: string, edits: readonly Edit[], context = 3): string {
  if (edits.length === 0) return '';
  const starts = lineStarts(text);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  // Changes: runs of edits that share a line, each with the old lines [first, last] it replaces.
  const changes: Array<{ first: number; last: number; edits: Edit[] }> = [];
  for (const edit of edits) {
    const first = lineOf(edit.start);
    const last = lineOf(Math.max(edit.start, edit.end - 1));
    const previous = changes[changes.length - 1];
    if (previous && first <= previous.last + 1) {
      previous.last = Math.max(previous.last, last);
      previous.edits.push(edit);
    } else changes.push({ first, last, edits: [edit] });
  }
  const lineCount = starts.length;
  const line = (index: number): string => stripBreak(text.slice(starts[index]!, starts[index + 1] ?? text.length));
  const noFinalBreak = text.length > 0 && !text.endsWith('\n');
  const marker = '\\ No newline at end of file';
  const shown = path.replace(/\\/g, '/');
  const [before, after] = shown.startsWith('/') ? [shown, shown] : [`a/${shown}`, `b/${shown}`];
  const out = [`--- ${before}`, `+++ ${after}`];
  let shift = 0;
  for (let i = 0; i < changes.length; ) {
    // A hunk: changes no more than 2 × context lines apart, with their context.
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]!.first - changes[j]!.last - 1 <= 2 * context) j++;
    const from = Math.max(0, changes[i]!.first - context);
    const to = Math.min(lineCount - 1, changes[j]!.last + context);
    const body: string[] = [];
    let added = 0;
    let removed = 0;
    let at = from;
    for (let k = i; k <= j; k++) {
      const change = changes[k]!;
      for (; at < change.first; at++) body.push(` ${line(at)}`);
      const oldStart = starts[change.first]!;
      const oldEnd = starts[change.last + 1] ?? text.length;
      const oldLines = splitLines(text.slice(oldStart, oldEnd));
      const newLines = splitLines(applyWithin(text, oldStart, oldEnd, change.edits));
      const atEnd = noFinalBreak && change.last === lineCount - 1;
      body.push(...oldLines.map((old) => `-${old}`), ...(atEnd ? [marker] : []));
      // When the unbroken last line is emptied away, the new last line is the one before, which has its break.
      body.push(...newLines.map((line) => `+${line}`), ...(atEnd && newLines.length > 0 ? [marker] : []));
      removed += oldLines.length;
      added += newLines.length;
      at = change.last + 1;
    }
    for (; at <= to; at++) body.push(` ${line(at)}`, ...(noFinalBreak && at === lineCount - 1 ? [marker] : []));
    const oldCount = to - from + 1;
    const newCount = oldCount - removed + added;
    out.push(`@@ -${range(from + 1, oldCount)} +${range(from + 1 + shift, newCount)} @@`, ...body);
    shift += newCount - oldCount;
    i = j + 1;
  }
  return `${out.join('\n')}\n`;
}

function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? String(start) : `${start},${count}`;
}

/** Offsets where each line starts; a final line break does not start a new line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function stripBreak(line: string): string {
  return line.replace(/\r?\n$/, '').replace(/\r$/, '');
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

function applyWithin(text: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let at = start;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at, end);
}
