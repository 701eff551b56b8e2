import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../io/limits.js';

/** One file in a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  /** Declared uncompressed size. */
  size: number;
  localOffset: number;
}

const damaged = 'the file is damaged: its zip archive is truncated or corrupt (copy or download it again, or re-save it in Word)';

/** Parts of a Word document widen never unpacks (pictures, embedded files), so they do not count towards its limit. */
export const unreadParts = /^(?:[^/]+\/)?(?:media|embeddings)\//;

/**
 * What a Word document's parts would unpack to, as its zip directory declares, leaving out the
 * parts widen never unpacks: the number the `--max-docx-size` limit is checked against. Reads
 * only the directory, never inflates. Undefined when the bytes are not a zip archive widen can
 * read (linting the file then says why).
 */
export function docxUnpackedSize(bytes: Uint8Array | ZipSource): number | undefined {
  try {
    let total = 0;
    for (const entry of readZipDirectory(bytes)) if (!unreadParts.test(entry.name)) total += entry.size;
    return total;
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * `docxUnpackedSize` of a file, reading only its last 64 KB and its zip directory (positioned
 * reads; a file that is not a regular file gives undefined). For choosing where to lint a Word
 * document by what it unpacks to, before reading it.
 */
export function docxUnpackedSizeOfFile(path: string): number | undefined {
  let fd: number | undefined;
  try {
    if (!statSync(path).isFile()) return undefined;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    const descriptor = fd;
    const source: ZipSource = {
      size: info.size,
      read: (offset, length) => {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, info.size - offset)));
        let done = 0;
        while (done < buffer.length) {
          const read = readSync(descriptor, buffer, done, buffer.length - done, offset + done);
          if (read === 0) break;
          done += read;
        }
        return buffer.subarray(0, done);
      },
    };
    return docxUnpackedSize(source);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Random access to an archive's bytes: all of them in memory, or a file read piece by piece. */
export interface ZipSource {
  size: number;
  /** `length` bytes at `offset` (fewer only past the end). */
  read(offset: number, length: number): Uint8Array;
}

/** A source over bytes in memory. */
export function bytesSource(bytes: Uint8Array): ZipSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/**
 * Reads a zip archive's central directory without inflating anything, so that sizes can be
 * checked before any part is unpacked. Throws InputError for a truncated or corrupt archive, and
 * for one that holds two parts of the same name: readers disagree about which of the two is the
 * document (widen read the first, Word and others the last), so a harmless part can hide another.
 */
export function readZipDirectory(bytes: Uint8Array | ZipSource): ZipEntry[] {
  const source = bytes instanceof Uint8Array ? bytesSource(bytes) : bytes;
  const tailStart = Math.max(0, source.size - (0xffff + 22));
  const tail = source.read(tailStart, source.size - tailStart);
  const tailView = view(tail);
  const endInTail = findEndOfDirectory(tailView);
  if (endInTail < 0) throw new InputError(damaged);
  let count = tailView.getUint16(endInTail + 10, true);
  let directorySize = tailView.getUint32(endInTail + 12, true);
  let directoryOffset = tailView.getUint32(endInTail + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // ZIP64: the real numbers are in the ZIP64 end record, found through its locator.
    const locator = tailStart + endInTail - 20;
    if (locator < 0) throw new InputError(damaged);
    const locatorView = view(source.read(locator, 20));
    if (locatorView.byteLength < 20 || locatorView.getUint32(0, true) !== 0x07064b50) throw new InputError(damaged);
    const record = safeNumber(locatorView.getBigUint64(8, true));
    if (record + 56 > source.size) throw new InputError(damaged);
    const recordView = view(source.read(record, 56));
    if (recordView.getUint32(0, true) !== 0x06064b50) throw new InputError(damaged);
    count = safeNumber(recordView.getBigUint64(32, true));
    directorySize = safeNumber(recordView.getBigUint64(40, true));
    directoryOffset = safeNumber(recordView.getBigUint64(48, true));
  }
  if (directoryOffset + directorySize > source.size || count > directorySize / 46) throw new InputError(damaged);

  const directory = source.read(directoryOffset, directorySize);
  const directoryView = view(directory);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directoryView.getUint32(at, true) !== 0x02014b50) throw new InputError(damaged);
    const nameLength = directoryView.getUint16(at + 28, true);
    const extraLength = directoryView.getUint16(at + 30, true);
    const commentLength = directoryView.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > directory.length) throw new InputError(damaged);
    const entry: ZipEntry = {
      name: decoder.decode(directory.subarray(at + 46, at + 46 + nameLength)),
      flags: directoryView.getUint16(at + 8, true),
      method: directoryView.getUint16(at + 10, true),
      compressedSize: directoryView.getUint32(at + 20, true),
      size: directoryView.getUint32(at + 24, true),
      localOffset: directoryView.getUint32(at + 42, true),
    };
    readZip64Extra(directoryView, at + 46 + nameLength, extraLength, entry);
    // Part names are equal regardless of ASCII case (ECMA-376 Part 2), and some readers take "\\" for "/".
    const key = entry.name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
    if (names.has(key)) {
      throw new InputError(`the file is damaged or hostile: its zip archive holds two parts named ${entry.name}, and programs disagree about which one to read, so widen did not open it`);
    }
    names.add(key);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Unpacks one entry, never producing more than its declared size: an entry whose data inflates
 * past what the directory says (a lying zip bomb) is refused as damaged.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) {
    throw new InputError('the document is password-protected; remove the password in Word (File > Info > Protect Document) and save it again');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new InputError(damaged);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new InputError(damaged);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new InputError(damaged);
    return data;
  }
  if (entry.method !== 8) {
    throw new InputError(`the file uses a zip compression method widen cannot read (${entry.method}); re-save it in Word`);
  }
  let output: Buffer;
  try {
    output = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new InputError(lying(entry));
    throw new InputError(damaged);
  }
  if (output.length > entry.size) throw new InputError(lying(entry));
  if (output.length !== entry.size) throw new InputError(damaged);
  return output;
}

/** A part that unpacks to more than the zip directory declares: a zip bomb, or a damaged file. */
function lying(entry: ZipEntry): string {
  return `the file is damaged or hostile: its part ${entry.name} unpacks to more than the ${entry.size} bytes its zip directory declares, so widen stopped unpacking it`;
}

/** The end-of-central-directory record is in the last 64 KiB + 22 bytes. Returns its offset, or -1. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}

function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return;
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new InputError(damaged);
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new InputError(damaged);
  return Number(value);
}
