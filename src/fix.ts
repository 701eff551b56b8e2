import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Category, Diagnostic, Format } from './diagnostic.js';
import type { Encoding } from './parse/decode.js';

/** One replacement in the decoded text: [start, end) → text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  ruleId: string;
}

export interface FixOptions {
  /** Only fix findings of these categories (`--fix-category`); all when empty. */
  categories?: readonly Category[];
}

/**
 * The safe edits of a file's findings: the first safe suggestion of each finding with words
 * to replace, in order, dropping any that overlap an earlier one.
 */
export function planFixes(diagnostics: readonly Diagnostic[], format: Format, options: FixOptions = {}): Edit[] {
  const edits: Edit[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.excerpt === '') continue;
    if (options.categories?.length && !options.categories.includes(diagnostic.category)) continue;
    const suggestion = diagnostic.suggestions.find((candidate) => candidate.safe && candidate.replacement !== null);
    if (!suggestion) continue;
    const text = format === 'html' ? escapeHtml(suggestion.replacement!) : suggestion.replacement!;
    edits.push({ start: diagnostic.location.offset, end: diagnostic.location.endOffset, text, ruleId: diagnostic.ruleId });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  for (const edit of edits) {
    const previous = kept[kept.length - 1];
    if (previous && edit.start < previous.end) continue;
    if (previous && edit.start === previous.end && edit.start === edit.end) continue;
    kept.push(edit);
  }
  return kept;
}

/** Applies edits to text (edits sorted and non-overlapping). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * Applies edits to the file's original bytes, splicing only the edited ranges, so every byte
 * outside them (BOM, line endings, other characters) stays exactly as it was.
 * Returns undefined when a replacement cannot be written in the file's encoding.
 */
export function applyEditsToBytes(bytes: Uint8Array, text: string, encoding: Encoding, edits: readonly Edit[]): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let byteAt = encoding.bom ? bomLength(encoding) : 0;
  let charAt = 0;
  chunks.push(bytes.subarray(0, byteAt));
  for (const edit of edits) {
    const keepBytes = byteLength(text.slice(charAt, edit.start), encoding);
    chunks.push(bytes.subarray(byteAt, byteAt + keepBytes));
    byteAt += keepBytes;
    const replacement = encode(edit.text, encoding);
    if (!replacement) return undefined;
    chunks.push(replacement);
    byteAt += byteLength(text.slice(edit.start, edit.end), encoding);
    charAt = edit.end;
  }
  chunks.push(bytes.subarray(byteAt));
  return Buffer.concat(chunks);
}

export class FileChangedError extends Error {}

/**
 * Writes a file atomically: a temporary file in the same folder with the original's mode,
 * flushed to disk, then renamed over the original. Refuses when the file on disk no longer
 * holds `expected` (someone edited it since widen read it).
 */
export function writeAtomically(path: string, content: Uint8Array, expected: Uint8Array): void {
  const mode = statSync(path).mode & 0o7777;
  const temporary = join(dirname(path), `.${basename(path)}.widen-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', mode);
  try {
    let written = 0;
    while (written < content.length) written += writeSync(fd, content, written, content.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    chmodSync(temporary, mode);
    if (!Buffer.from(readFileSync(path)).equals(Buffer.from(expected))) {
      throw new FileChangedError('it changed on disk while widen was fixing it; not overwritten');
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or gone.
    }
    throw error;
  }
}

function bomLength(encoding: Encoding): number {
  return encoding.name === 'utf-8' ? 3 : 2;
}

function byteLength(text: string, encoding: Encoding): number {
  switch (encoding.name) {
    case 'utf-8':
      return Buffer.byteLength(text, 'utf8');
    case 'utf-16le':
    case 'utf-16be':
      return text.length * 2;
    case 'windows-1252':
      return text.length;
  }
}

function encode(text: string, encoding: Encoding): Uint8Array | undefined {
  switch (encoding.name) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'windows-1252':
      return encodeWindows1252(text);
  }
}

const windows1252High: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

function encodeWindows1252(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : windows1252High[code];
    if (byte === undefined) return undefined;
    out[i] = byte;
  }
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
