/**
 * The one way widen reads a file it did not write itself: documents, configuration, ignore files,
 * review and baseline files, the cache. A repository can be hostile (in CI on a pull request from
 * a fork, it is the attacker): `.gitignore` may be a link to `/dev/zero`, `package.json` a link to
 * `/proc/self/pagemap` (a "regular" file of size 0 that reads gigabytes), `widen.config.json` a FIFO
 * that never ends. So each file is
 *
 * - checked with `stat` first, so a device or a FIFO is never even opened (opening some devices
 *   has effects of its own);
 * - opened once, with `O_NONBLOCK` so that a FIFO swapped in after the check cannot block the open,
 *   and checked again with `fstat` on the descriptor: what was opened must be the regular file
 *   that was checked;
 * - read in chunks until the end of the file or one byte past the cap, whatever `stat` says its
 *   size is.
 *
 * Errors are one line and do not name the file (the caller does, as each kind of file has its own
 * wording); a system error (ENOENT, EACCES) is passed on as it is, with its `code`, so callers keep
 * their wording for those.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { fileGrewPastLimit, fileTooLarge, InputError } from './limits.js';

/** Configuration files (`widen.config.json`, `.widenrc.json`, `package.json`, `--config`) and ignore files. */
export const maxConfigBytes = 1024 * 1024;
/** Review and baseline files: a baseline of a large repository can hold many thousands of findings. */
export const maxSuppressBytes = 64 * 1024 * 1024;

/** A file that is not a regular file (a folder, device, FIFO or socket). */
export class NotRegularFileError extends InputError {
  constructor(readonly kind: string) {
    super(`this is ${kind}, not a regular file, so widen did not read it`);
  }
}

/** A file that holds more than the cap: `size` is what `stat` says, `grew` whether reading found more than that. */
export class TooLargeError extends InputError {
  constructor(
    readonly size: number,
    readonly cap: number,
    readonly grew: boolean,
  ) {
    super(grew ? `it holds more than the ${sizeText(cap)} widen reads of it, though its size on disk says ${sizeText(size)}, so widen stopped reading it` : `it is ${sizeText(size)}, more than the ${sizeText(cap)} widen reads of it`);
  }
}

export interface ReadOptions {
  /** Most bytes to read; one more is an error (TooLargeError). */
  maxBytes: number;
}

const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const chunkSize = 64 * 1024;

/** What kind of thing a non-regular file is, for the message. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * How much to read next: what `stat` says is left and one byte more (so the end is seen in one
 * read, and never more than one byte past the cap), or a whole chunk once the file has given all
 * its size says (a special file may refuse reads of odd lengths, as `/proc/self/pagemap` does).
 */
function nextLength(size: number, total: number, maxBytes: number): number {
  const left = size - total;
  return left > 0 ? Math.min(left + 1, maxBytes + 1 - total) : chunkSize;
}

function checkRegular(info: Stats): void {
  if (!info.isFile()) throw new NotRegularFileError(kindOf(info));
}

function checkSame(before: Stats, after: Stats): void {
  checkRegular(after);
  if (before.dev !== after.dev || before.ino !== after.ino) throw new InputError('it was replaced while widen was opening it, so widen did not read it');
}

/** Reads a regular file, at most `maxBytes` of it. Throws NotRegularFileError, TooLargeError or a system error. */
export function readFileCapped(path: string, options: ReadOptions): Buffer {
  const before = statSync(path);
  checkRegular(before);
  if (before.size > options.maxBytes) throw new TooLargeError(before.size, options.maxBytes, false);
  const fd = openSync(path, openFlags);
  try {
    const info = fstatSync(fd);
    checkSame(before, info);
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte past the cap is enough to know the file is too large.
    for (;;) {
      const chunk = Buffer.allocUnsafe(nextLength(info.size, total, options.maxBytes));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > options.maxBytes) throw new TooLargeError(info.size, options.maxBytes, true);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** `readFileCapped` without blocking the event loop (documents in the main thread). */
export async function readFileCappedAsync(path: string, options: ReadOptions): Promise<Buffer> {
  const before = await stat(path);
  checkRegular(before);
  if (before.size > options.maxBytes) throw new TooLargeError(before.size, options.maxBytes, false);
  const handle = await open(path, openFlags);
  try {
    const info = await handle.stat();
    checkSame(before, info);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(nextLength(info.size, total, options.maxBytes));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > options.maxBytes) throw new TooLargeError(info.size, options.maxBytes, true);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a document to lint, held to `--max-file-size`: the errors are the limit's own messages
 * (`fileTooLarge` names the size and how to raise the limit).
 */
export async function readDocument(path: string, maxFileBytes: number): Promise<Buffer> {
  try {
    return await readFileCappedAsync(path, { maxBytes: maxFileBytes });
  } catch (error) {
    throw documentError(error);
  }
}

/** `readDocument`, synchronously. */
export function readDocumentSync(path: string, maxFileBytes: number): Buffer {
  try {
    return readFileCapped(path, { maxBytes: maxFileBytes });
  } catch (error) {
    throw documentError(error);
  }
}

function documentError(error: unknown): unknown {
  if (error instanceof TooLargeError) return error.grew ? fileGrewPastLimit(error.cap) : fileTooLarge(error.size, error.cap);
  return error;
}

/** A text file (UTF-8, with or without a byte order mark), at most `maxBytes`. */
export function readTextCapped(path: string, options: ReadOptions): string {
  return withoutBom(new TextDecoder('utf-8').decode(readFileCapped(path, options)));
}

/** Removes a leading UTF-8 byte order mark (as Windows editors write one) from decoded text. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The reason a read failed, in one line: a message of this module, or a system error by its code
 * ("no such file", "permission denied", or the code itself).
 */
export function readFailure(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return `cannot read it (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
