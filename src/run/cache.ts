import { createHash, createHmac, randomBytes, timingSafeEqual, type Hash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../model/diagnostic.js';
import { InputError } from '../io/limits.js';
import { packageRoot } from '../io/package-root.js';
import { readFileCapped } from '../io/read.js';
import type { FileSettings } from './lint-file.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise: `.widencache` in the working folder, as ESLint keeps `.eslintcache`. */
export const defaultCacheLocation = '.widencache';

/** The largest results file widen reads; a larger one is ignored (and replaced on save). */
const maxCacheBytes = 256 * 1024 * 1024;
const keyName = 'key';
const resultsName = 'results.json';

type Stored = Omit<FileResult, 'path'>;
interface Entry {
  /** The hash of the file's bytes and everything that decides how they are linted (`LintCache.key`). */
  key: string;
  result: Stored;
  /** HMAC-SHA256, under the cache's secret key, of widen's stamp, the path, `key` and `result`. */
  mac: string;
}
interface CacheFile {
  version: 2;
  stamp: string;
  entries: Record<string, Entry>;
}

/** The key of a file's result: its bytes and everything that decides how they are linted. */
export function cacheKey(bytes: Uint8Array, settings: FileSettings): string {
  const config = { profile: settings.config.profile ?? null, audience: settings.config.audience ?? null, rules: [...settings.config.rules] };
  return createHash('sha256')
    .update(JSON.stringify([settings.format, settings.includeBlocks, settings.load ?? null, config]))
    .update('\0')
    .update(bytes)
    .digest('hex');
}

/**
 * Results of earlier runs, one per file, each valid while the file's content, its resolved
 * configuration and widen itself are unchanged. A warm run reads and hashes each file but
 * parses none.
 *
 * The cache folder is a trust boundary: in CI it may be restored from another run, and the
 * default `.widencache` sits in the repository being linted. So:
 *
 * - each entry is authenticated: an HMAC under a secret key kept beside the results (`key`, a
 *   regular file of the current user's that no one else may read or write, mode 0600), over
 *   widen's version and code, the path, the hash of the file's bytes and settings, and the
 *   result. An entry that does not verify (tampered, written under another key, malformed) is
 *   ignored and the file linted again; a key that is a link, someone else's, or readable by others
 *   is replaced, which makes every entry under it fail;
 * - everything is read through src/io/read.ts (a link to `/dev/zero` as `results.json` is ignored,
 *   not read for ever), and nothing read can crash the run;
 * - writes never follow a link: the results go to a new file of a random name created
 *   exclusively (`wx`) and renamed over `results.json` (a rename replaces a link, never its
 *   target); a cache folder that is a link, or not the current user's, is not used.
 *
 * What it cannot do: someone who can read the key (the same user, root, or whoever supplied the
 * whole folder with its key, such as a CI cache saved by an untrusted run) can forge entries. The
 * cache is worth what the folder's owner is: keep it per user, and do not restore into a trusted
 * run a cache that an untrusted one could have written.
 */
export class LintCache {
  private changed = false;
  /** Entries that did not verify, counted for the note. */
  private rejected = 0;
  private readonly notesList: string[] = [];

  private constructor(
    private readonly folder: string,
    private readonly secret: Buffer | undefined,
    private readonly data: CacheFile,
    note?: string,
  ) {
    if (note) this.notesList.push(note);
  }

  /** Opens the cache in a folder (created on save); a cache from another widen build, or one that cannot be trusted, is dropped with a note. */
  static open(location: string = defaultCacheLocation): LintCache {
    const folder = resolve(location);
    const stamp = widenStamp();
    const empty: CacheFile = { version: 2, stamp, entries: {} };
    const unusable = folderProblem(folder);
    if (unusable) return new LintCache(folder, undefined, empty, `the cache in ${location} was not used: ${unusable}`);
    let secret: Buffer | undefined;
    let note: string | undefined;
    try {
      secret = readKey(folder);
    } catch (error) {
      note = `the cache key in ${location} could not be read (${error instanceof Error ? error.message : String(error)}), so the cache starts afresh`;
    }
    if (!secret) return new LintCache(folder, undefined, empty, note);
    const file = join(folder, resultsName);
    let data = empty;
    try {
      if (lstatSync(file).isSymbolicLink()) throw new InputError('it is a symbolic link');
      const read = JSON.parse(readFileCapped(file, { maxBytes: maxCacheBytes }).toString('utf8')) as Partial<CacheFile> | null;
      if (read && typeof read === 'object' && read.version === 2 && read.stamp === stamp && read.entries && typeof read.entries === 'object' && !Array.isArray(read.entries)) {
        data = { version: 2, stamp, entries: read.entries };
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No cache yet is no news; anything else unreadable is said once, and the cache starts afresh.
      if (code !== 'ENOENT') note = `the cache file ${join(location, resultsName)} could not be used (${error instanceof InputError ? error.message : code ?? (error as Error).message}), so the cache starts afresh`;
    }
    return new LintCache(folder, secret, data, note);
  }

  /** What the cache noticed and did not trust (entries that did not verify, a file it could not read): one line each, for standard error. */
  get notes(): readonly string[] {
    const notes = [...this.notesList];
    if (this.rejected > 0) notes.push(`${this.rejected === 1 ? 'a cache entry' : `${this.rejected} cache entries`} did not verify (changed by something other than widen, or written under another key), so ${this.rejected === 1 ? 'its file was' : 'their files were'} linted again`);
    return notes;
  }

  /** The key of a file's result: its bytes and everything that decides how they are linted. */
  key(bytes: Uint8Array, settings: FileSettings): string {
    return cacheKey(bytes, settings);
  }

  /**
   * The key of the result kept for a file, if the entry verifies: the file's thread reads its
   * bytes and says whether the key still holds, so an entry that does not verify is dropped here,
   * before the file is linted, never after.
   */
  storedKey(path: string): string | undefined {
    return this.verified(resolve(path))?.key;
  }

  get(path: string, key: string): FileResult | undefined {
    const entry = this.verified(resolve(path));
    return entry && entry.key === key ? { ...entry.result, path } : undefined;
  }

  /** The entry for a file if it is well formed and its signature holds; one that is not is dropped and counted. */
  private verified(absolute: string): Entry | undefined {
    if (!this.secret) return undefined;
    const entry: unknown = Object.prototype.hasOwnProperty.call(this.data.entries, absolute) ? this.data.entries[absolute] : undefined;
    if (entry === undefined) return undefined;
    if (!isEntry(entry)) {
      this.reject(absolute);
      return undefined;
    }
    const expected = Buffer.from(this.mac(absolute, entry.key, entry.result), 'hex');
    const given = Buffer.from(entry.mac, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      this.reject(absolute);
      return undefined;
    }
    return entry;
  }

  set(path: string, key: string, result: FileResult): void {
    if (!this.secret) return;
    const { path: _path, ...stored } = result;
    const absolute = resolve(path);
    this.data.entries[absolute] = { key, result: stored, mac: this.mac(absolute, key, stored) };
    this.changed = true;
  }

  /** Writes the cache if anything changed, dropping entries of files that no longer exist. Never throws: a cache that cannot be written only makes the next run slower. */
  save(): void {
    if (!this.changed || !this.secret) return;
    for (const path of Object.keys(this.data.entries)) if (!existsSync(path)) delete this.data.entries[path];
    let temporary: string | undefined;
    try {
      mkdirSync(this.folder, { recursive: true, mode: 0o700 });
      if (folderProblem(this.folder)) return;
      temporary = join(this.folder, `${resultsName}.${randomBytes(8).toString('hex')}.tmp`);
      // Exclusive creation never follows a link planted at the name, and fails if anything is there.
      const fd = openSync(temporary, 'wx', 0o600);
      try {
        const text = Buffer.from(JSON.stringify(this.data));
        let written = 0;
        while (written < text.length) written += writeSync(fd, text, written, text.length - written);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, join(this.folder, resultsName));
      temporary = undefined;
      this.changed = false;
    } catch {
      // Left for the next run.
    } finally {
      if (temporary) {
        try {
          unlinkSync(temporary);
        } catch {
          // Already gone.
        }
      }
    }
  }

  private reject(absolute: string): void {
    this.rejected++;
    delete this.data.entries[absolute];
    this.changed = true;
  }

  private mac(absolute: string, key: string, result: Stored): string {
    return createHmac('sha256', this.secret!).update(`${this.data.stamp}\0${absolute}\0${key}\0`).update(JSON.stringify(result)).digest('hex');
  }
}

/** Why a cache folder must not be used, or undefined: a link, not a folder, or someone else's (unless widen runs as root). */
function folderProblem(folder: string): string | undefined {
  let info;
  try {
    info = lstatSync(folder);
  } catch {
    return undefined;
  }
  if (info.isSymbolicLink()) return 'it is a symbolic link (widen does not follow links for its cache)';
  if (!info.isDirectory()) return 'it is not a folder';
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && info.uid !== uid) return 'it belongs to another user';
  return undefined;
}

/**
 * The cache's secret key, made if there is none. One that is not a regular file of the current
 * user's with mode 0600 (a link, someone else's, readable by others) is not trusted: it is removed
 * and a new one made, so every entry signed with it fails to verify.
 */
function readKey(folder: string): Buffer | undefined {
  const path = join(folder, keyName);
  const existing = openKey(path);
  if (existing) return existing;
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (folderProblem(folder)) return undefined;
  try {
    unlinkSync(path);
  } catch {
    // There was none.
  }
  const secret = randomBytes(32);
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, secret.toString('hex'));
  } finally {
    closeSync(fd);
  }
  return secret;
}

function openKey(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    const uid = process.getuid?.();
    // Windows has no such mode bits (its files read as 0666): there the folder's own permissions decide.
    const private_ = process.platform === 'win32' || (info.mode & 0o077) === 0;
    if (!info.isFile() || info.size !== 64 || !private_ || (uid !== undefined && info.uid !== uid)) return undefined;
    const buffer = Buffer.alloc(64);
    if (readSync(fd, buffer, 0, 64, 0) !== 64 || !/^[0-9a-f]{64}$/.test(buffer.toString('latin1'))) return undefined;
    return Buffer.from(buffer.toString('latin1'), 'hex');
  } finally {
    closeSync(fd);
  }
}

/** An entry as widen writes it: anything else in the file (null, a string, a partial object) is not trusted. */
function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entry = value as Partial<Entry>;
  const result = entry.result as Partial<Stored> | undefined;
  return (
    typeof entry.key === 'string' &&
    typeof entry.mac === 'string' &&
    /^[0-9a-f]{64}$/.test(entry.mac) &&
    !!result &&
    typeof result === 'object' &&
    !Array.isArray(result) &&
    Array.isArray(result.diagnostics) &&
    typeof result.format === 'string' &&
    !!result.stats &&
    typeof result.stats === 'object'
  );
}

/**
 * widen's version and a hash of its code (the compiled `src/` and `rules/`, or the sources when
 * run from them), so results from another version or build are never reused, and rebuilding
 * the same code keeps the cache. About a megabyte to hash: a few milliseconds.
 */
function widenStamp(): string {
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256').update(version);
  // The built code when running from dist/ (the bundle or tsc's output), else the sources.
  const codeRoot = fileURLToPath(import.meta.url).split(sep).includes('dist') ? join(packageRoot, 'dist') : packageRoot;
  for (const folder of ['src', 'rules']) hashTree(join(codeRoot, folder), hash);
  return hash.digest('hex');
}

function hashTree(directory: string, hash: Hash): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures') hashTree(path, hash);
    } else if (/\.(?:[cm]?js|ts|json)$/.test(entry.name)) {
      hash.update(`${path.slice(directory.length)}\0`).update(readFileSync(path));
    }
  }
}
