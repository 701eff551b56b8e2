import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { InputError } from '../io/limits.js';
import { readFileCapped } from '../io/read.js';
import { basename, dirname, join } from 'node:path';
import type { Category, Diagnostic, Format } from '../model/diagnostic.js';
import type { ParsedSource } from '../model/document.js';
import { bomLength, type Encoding } from '../load/decode.js';

/** One replacement in the decoded text: [start, end) → text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  /** The flagged words the edit replaces, as the finding quoted them: checked against the text before the edit is made. */
  excerpt?: string;
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
    const text = escapeFor(format, suggestion.replacement!);
    if (text === diagnostic.excerpt) continue;
    edits.push({ start: diagnostic.location.offset, end: diagnostic.location.endOffset, text, ruleId: diagnostic.ruleId, excerpt: diagnostic.excerpt });
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
 * Drops edits that would touch anything but prose: markup inside the flagged words (“in
 * <b>order</b> to”), a block quote marker on a second line, text outside every block. The parser's
 * block text is the source with non-prose blanked, so an edit is prose-only when the two agree
 * over its whole range. Words that run over a line break are left for a person too, so every line
 * break (and so the file's line endings) stays where it is.
 *
 * The flagged text must also be whole words in the source, not only in the block text: Word's
 * HTML splits words across spans (`commence<span>ment</span>`), and `commence<!-- -->ment` reads
 * as one word in a browser, so replacing “commence” there would write “startment”. Each end of an
 * edit that is a letter or digit must meet a word boundary in the source: the next character of
 * prose beyond any markup or invisible character (a soft hyphen, a zero-width space) is not a
 * letter or digit, and no markup at all touches the edge (`<b>re</b>commence` is one word too).
 */
export function proseOnly(edits: readonly Edit[], parsed: Pick<ParsedSource, 'source'> & { blocks: ReadonlyArray<{ start: number; end: number; text: string }> }): { kept: Edit[]; dropped: Edit[] } {
  const kept: Edit[] = [];
  const dropped: Edit[] = [];
  const blocks = [...parsed.blocks].sort((a, b) => a.start - b.start);
  for (const edit of edits) {
    // The last block starting at or before the edit (blocks do not overlap).
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (blocks[mid]!.start <= edit.start) low = mid;
      else high = mid - 1;
    }
    const candidate = blocks[low];
    const block = candidate && candidate.start <= edit.start && edit.end <= candidate.end ? candidate : undefined;
    const prose = block?.text.slice(edit.start - block.start, edit.end - block.start);
    const ok =
      block !== undefined &&
      prose !== undefined &&
      prose === parsed.source.slice(edit.start, edit.end) &&
      !/[\r\n]/.test(prose) &&
      wholeWords(parsed.source, block, edit.start, edit.end);
    (ok ? kept : dropped).push(edit);
  }
  return { kept, dropped };
}

const wordChar = /[\p{L}\p{N}\p{M}]/u;
/** Characters that join the letters on either side into one word as a reader sees it: soft hyphen, zero-width and format characters. */
const joiner = /[\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0]/u;

/** Whether [start, end) of the source is whole words: see `proseOnly`. */
function wholeWords(source: string, block: { start: number; end: number; text: string }, start: number, end: number): boolean {
  const first = String.fromCodePoint(source.codePointAt(start) ?? 32);
  const lastUnit = source.charCodeAt(end - 1);
  const last = lastUnit >= 0xdc00 && lastUnit <= 0xdfff && end - 2 >= start ? source.slice(end - 2, end) : source.slice(end - 1, end);
  if (wordChar.test(first) && !boundary(source, block, start, -1)) return false;
  if (wordChar.test(last) && !boundary(source, block, end, 1)) return false;
  return true;
}

/**
 * From an edge of an edit (its start, looking back, or its end, looking on), whether the word ends
 * there in the source. Markup is passed over: a tag or comment as a whole (spaces inside a tag are
 * not spaces in the text), and anything else the block text blanks (Markdown's `*`, a link's
 * address); an entity counts as the character it stands for; joining characters are passed over.
 * The first character of prose reached decides, and the edge of the block is a boundary.
 */
function boundary(source: string, block: { start: number; end: number; text: string }, at: number, step: -1 | 1): boolean {
  for (let i = step === 1 ? at : at - 1; i >= block.start && i < block.end; i += step) {
    const char = source[i]!;
    const shown = block.text[i - block.start]!;
    if (shown === char) {
      // Prose: a letter or digit continues the word, anything else but a joiner ends it.
      if (joiner.test(char)) continue;
      return !wordChar.test(char);
    }
    if (shown !== ' ') {
      // An entity ("&shy;", "&#109;") shows as its character at the position of its "&".
      if (joiner.test(shown)) continue;
      return !wordChar.test(shown);
    }
    // Markup: a whole tag or comment, or one blanked character.
    if (step === 1 && char === '<') {
      const close = source.startsWith('<!--', i) ? source.indexOf('-->', i + 4) + 2 : source.indexOf('>', i);
      if (close > i) i = close;
    } else if (step === -1 && char === '>') {
      const open = source.endsWith('--', i) ? source.lastIndexOf('<!--', i) : source.lastIndexOf('<', i);
      if (open >= 0 && open < i) i = open;
    }
  }
  return true;
}

/**
 * One list of edits, in the coordinates of the original text, that does what `first` and then
 * `second` (in the coordinates of the text after `first`) do together; where they touch or
 * overlap they become one edit. `--fix` runs several passes and reports them as one diff.
 */
export function composeEdits(original: string, first: readonly Edit[], second: readonly Edit[]): Edit[] {
  if (second.length === 0) return [...first];
  if (first.length === 0) return [...second];
  const final = applyEdits(applyEdits(original, first), second);
  // Positions of the middle text back in the original: inside a replaced stretch, that stretch's
  // start or end. Both lists are sorted, so one sweep does it.
  const back = new Sweep(first, 'back');
  const ranges = [
    ...first.map((edit) => ({ start: edit.start, end: edit.end, ruleId: edit.ruleId })),
    ...second.map((edit) => ({ start: back.map(edit.start, 'start'), end: back.map(edit.end, 'end'), ruleId: edit.ruleId })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: typeof ranges = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  // Outside the merged ranges the original and final texts agree, so a range's new text is the
  // final text between where its two ends land.
  const throughFirst = new Sweep(first, 'forward');
  const throughSecond = new Sweep(second, 'forward');
  const land = (at: number, side: 'start' | 'end'): number => throughSecond.map(throughFirst.map(at, side), side);
  return merged.map((range) => ({ ...range, text: final.slice(land(range.start, 'start'), land(range.end, 'end')) }));
}

/**
 * Maps positions through sorted edits, for positions asked in increasing order (each call starts
 * where the last one stopped, so mapping n positions through m edits costs n + m).
 * `forward`: an offset that no edit spans, to where it lands after the edits (an insertion exactly
 * there counts for an end, not a start). `back`: an offset of the edited text to the original.
 */
class Sweep {
  private index = 0;
  private shift = 0;

  constructor(
    private readonly edits: readonly Edit[],
    private readonly direction: 'forward' | 'back',
  ) {}

  map(at: number, side: 'start' | 'end'): number {
    if (this.direction === 'forward') {
      for (; this.index < this.edits.length; this.index++) {
        const edit = this.edits[this.index]!;
        if (edit.end > at || (side === 'start' && edit.end === at && edit.start === edit.end)) break;
        this.shift += edit.text.length - (edit.end - edit.start);
      }
      return at + this.shift;
    }
    for (; this.index < this.edits.length; this.index++) {
      const edit = this.edits[this.index]!;
      const start = edit.start + this.shift;
      const end = start + edit.text.length;
      if (at <= start) break;
      if (at < end) return side === 'start' ? edit.start : edit.end;
      this.shift += edit.text.length - (edit.end - edit.start);
    }
    return at - this.shift;
  }
}

/**
 * Applies edits to the file's original bytes, splicing only the edited ranges, so every byte
 * outside them (BOM, line endings, other characters) stays exactly as it was.
 *
 * Offsets are in the decoded text, and the bytes of an offset are found by counting: the byte
 * order mark, then the bytes each unit of text encodes to. That holds only while the text is the
 * exact decoding of the bytes after the mark (src/load/decode.ts makes sure of it), so it is
 * checked first: when the two disagree in length, nothing is spliced.
 * Returns undefined when a replacement cannot be written in the file's encoding, or when the
 * bytes and the text disagree.
 */
export function applyEditsToBytes(bytes: Uint8Array, text: string, encoding: Encoding, edits: readonly Edit[]): Uint8Array | undefined {
  const prefix = bomLength(encoding);
  if (prefix + byteLength(text, encoding) !== bytes.length) return undefined;
  const chunks: Uint8Array[] = [];
  let byteAt = prefix;
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

/** The temporary files `writeAtomically` makes: `.<name>.widen-<pid>-<random>.tmp`, beside the file. */
const temporaryName = /^\.(.+)\.widen-(\d+)-[0-9a-f]{8}\.tmp$/;
/** The copy of the original kept while a file is written in place: `.<name>.widen-<pid>-<random>.bak`. */
const backupName = /^\.(.+)\.widen-(\d+)-[0-9a-f]{8}\.bak$/;

export interface WriteHooks {
  /** Called after the new content is on disk and before the check and rename (tests edit the file here). */
  beforeRename?: () => void;
}

/**
 * Writes a fixed file back the way a careful editor does:
 *
 * - **A symbolic link** is followed: the file it points to is written, and the link stays a link.
 * - **Owner, group and mode** are kept. The new content goes to a temporary file beside the
 *   original, which gets the original's owner (when widen runs as root, or as the owner) and mode,
 *   is flushed to disk, and is renamed over the original: a crash or kill leaves the old file or
 *   the new one, never a part.
 * - **A read-only file** (no write permission) is refused: widen does not overrule a permission.
 * - **A file with other hard links**, or one whose owner widen cannot give back (someone else's
 *   file that widen may write), is written in place instead, since a rename would give that name
 *   a new file and leave the other names, or the owner, behind. Writing in place is not atomic, so
 *   a copy of the original is written and flushed first (`.<name>.widen-<pid>-<random>.bak`) and
 *   removed once the new content is on disk; if widen is killed in between, the copy is left, and
 *   the next `--fix` of that file refuses until someone has checked the file and removed the copy.
 *
 * In every case widen refuses when the file on disk no longer holds `expected` (someone edited
 * it since widen read it), and the temporary file is removed whenever anything fails: a full disk
 * leaves nothing behind.
 */
export function writeAtomically(path: string, content: Uint8Array, expected: Uint8Array, hooks: WriteHooks = {}): void {
  const target = realpathSync(path);
  const info = statSync(target);
  if (!info.isFile()) throw new FileChangedError('it is no longer a regular file, so widen did not overwrite it');
  if (readOnly(target, info)) throw new Error('it is read-only, so widen did not change it; make it writable (chmod u+w) to let widen fix it');
  refuseAfterInterruptedWrite(target);
  if (info.nlink > 1) {
    writeInPlace(target, info, content, expected, hooks);
    return;
  }
  const mode = info.mode & 0o7777;
  const temporary = temporaryBeside(target, 'tmp');
  const fd = openSync(temporary, 'wx', 0o600);
  let open = true;
  try {
    writeAll(fd, content);
    if (!keepOwner(fd, info)) {
      closeSync(fd);
      open = false;
      unlinkSync(temporary);
      writeInPlace(target, info, content, expected, hooks);
      return;
    }
    // After the owner: changing the owner clears set-user-ID and set-group-ID bits.
    fchmodSync(fd, mode);
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    hooks.beforeRename?.();
    checkUnchanged(target, info, expected);
    renameSync(temporary, target);
  } catch (error) {
    if (open) closeQuietly(fd);
    removeQuietly(temporary);
    throw error;
  }
  syncFolder(dirname(target));
}

/** No write permission: for root, no write bit at all (root may write anything); for others, what the system says. */
function readOnly(path: string, info: Stats): boolean {
  if ((info.mode & 0o222) === 0) return true;
  if (process.getuid?.() === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Gives a new file the original's owner and group when they differ from widen's; false when the system does not allow it. */
function keepOwner(fd: number, info: Stats): boolean {
  if (process.getuid === undefined || (info.uid === process.getuid() && info.gid === process.getgid?.())) return true;
  try {
    fchownSync(fd, info.uid, info.gid);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'EINVAL') return false;
    throw error;
  }
}

/**
 * Writes the file's own blocks, keeping its hard links and owner: a flushed copy of the original
 * first, then the new content over the old, cut to its length, flushed; then the copy is removed.
 * If the write fails, the original is written back from memory; the copy stays only if that fails too.
 */
function writeInPlace(target: string, info: Stats, content: Uint8Array, expected: Uint8Array, hooks: WriteHooks): void {
  const backup = temporaryBeside(target, 'bak');
  const copy = openSync(backup, 'wx', 0o600);
  try {
    writeAll(copy, expected);
    keepOwner(copy, info);
    fsyncSync(copy);
  } catch (error) {
    closeQuietly(copy);
    removeQuietly(backup);
    throw error;
  }
  closeSync(copy);
  let fd: number | undefined;
  let started = false;
  try {
    hooks.beforeRename?.();
    fd = openSync(target, constants.O_RDWR | (constants.O_NOFOLLOW ?? 0));
    const now = fstatSync(fd);
    if (now.dev !== info.dev || now.ino !== info.ino) throw changed();
    checkUnchanged(target, info, expected);
    started = true;
    writeAll(fd, content, 0);
    ftruncateSync(fd, content.length);
    fsyncSync(fd);
  } catch (error) {
    let restored = !started;
    if (started && fd !== undefined) {
      try {
        writeAll(fd, expected, 0);
        ftruncateSync(fd, expected.length);
        fsyncSync(fd);
        restored = true;
      } catch {
        // The copy stays: say where it is.
      }
    }
    if (fd !== undefined) closeQuietly(fd);
    if (restored) removeQuietly(backup);
    else throw new Error(`${oneLineCode(error)} while writing it in place; its original is kept in ${basename(backup)}`);
    throw error;
  }
  closeSync(fd);
  unlinkSync(backup);
  syncFolder(dirname(target));
}

function oneLineCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/** Refuses to write a file beside which an interrupted in-place write left its original (a `.bak` of a process that no longer runs). */
function refuseAfterInterruptedWrite(target: string): void {
  const name = basename(target);
  let entries: string[];
  try {
    entries = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = backupName.exec(entry);
    if (!match || match[1] !== name || isRunning(Number(match[2]))) continue;
    throw new Error(`an earlier --fix was stopped while writing it, and left its original in ${entry}; check the file, then remove that copy`);
  }
}

const changed = (): FileChangedError => new FileChangedError('it changed on disk while widen was fixing it, so widen did not overwrite it; run widen again');

/** The file on disk must still be the one widen read, holding what widen read. */
function checkUnchanged(target: string, info: Stats, expected: Uint8Array): void {
  let now: Buffer;
  try {
    now = readFileCapped(target, { maxBytes: expected.length });
  } catch (error) {
    if (error instanceof InputError || (error as NodeJS.ErrnoException).code === 'ENOENT') throw changed();
    throw error;
  }
  const again = statSync(target);
  if (again.dev !== info.dev || again.ino !== info.ino || !now.equals(Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength))) throw changed();
}

function temporaryBeside(target: string, kind: 'tmp' | 'bak'): string {
  return join(dirname(target), `.${basename(target)}.widen-${process.pid}-${randomBytes(4).toString('hex')}.${kind}`);
}

function writeAll(fd: number, content: Uint8Array, position?: number): void {
  let written = 0;
  while (written < content.length) {
    written += writeSync(fd, content, written, content.length - written, position === undefined ? null : position + written);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already renamed or gone.
  }
}

/** Flushes a folder so a rename in it survives a power cut; not every system allows it. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder; the rename is still atomic.
  }
}

/**
 * Removes temporary files that an earlier `--fix` of this file left behind when it was killed
 * (their process no longer runs). Returns how many it removed. Looks beside the file a link points
 * to, where they are written; a copy of an original (`.bak`) is never removed here.
 */
export function removeStaleTemporaries(path: string): number {
  let target = path;
  try {
    target = realpathSync(path);
  } catch {
    // A missing file has no temporaries worth finding.
  }
  const folder = dirname(target);
  const name = basename(target);
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const match = temporaryName.exec(entry);
    if (!match || match[1] !== name || isRunning(Number(match[2]))) continue;
    try {
      unlinkSync(join(folder, entry));
      removed++;
    } catch {
      // Someone else removed it.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a replacement can be written in a file's encoding (Windows-1252 has no “→”, say). */
export function encodable(text: string, encoding: Encoding): boolean {
  return encode(text, encoding) !== undefined;
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

/** A replacement as it must be written in the file: HTML escaped, Markdown's special characters escaped. */
function escapeFor(format: Format, text: string): string {
  if (format === 'html') return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (format === 'markdown') return text.replace(/[\\`*_[\]<>]/g, '\\$&');
  return text;
}
