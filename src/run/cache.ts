import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../model/diagnostic.js';
import { packageRoot } from '../io/package-root.js';
import type { FileSettings } from './lint-file.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise. */
export const defaultCacheLocation = join('node_modules', '.cache', 'widen');

type Stored = Omit<FileResult, 'path'>;
interface CacheFile {
  stamp: string;
  entries: Record<string, { key: string; result: Stored }>;
}

/** The key of a file's result: its bytes and everything that decides how they are linted. */
export function cacheKey(bytes: Uint8Array, settings: FileSettings): string {
  const config = { profile: settings.config.profile ?? null, rules: [...settings.config.rules] };
  return createHash('sha256')
    .update(JSON.stringify([settings.format, settings.includeBlocks, settings.load ?? null, config]))
    .update('\0')
    .update(bytes)
    .digest('hex');
}

/**
 * Results of earlier runs, one per file, each valid while the file's content, its resolved
 * configuration and widen itself are unchanged. A warm run reads and hashes each file but
 * parses none. One JSON file, written atomically, and only when something changed.
 */
export class LintCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly data: CacheFile,
  ) {}

  /** Opens the cache in a folder (created on save); a cache from another widen build is dropped. */
  static open(location: string = defaultCacheLocation): LintCache {
    const file = resolve(location, 'results.json');
    const stamp = widenStamp();
    let data: CacheFile = { stamp, entries: {} };
    try {
      const read = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (read.stamp === stamp && read.entries && typeof read.entries === 'object') data = read;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
    return new LintCache(file, data);
  }

  /** The key of a file's result: its bytes and everything that decides how they are linted. */
  key(bytes: Uint8Array, settings: FileSettings): string {
    return cacheKey(bytes, settings);
  }

  /** The key of the result kept for a file, if any: a worker reads the file and says whether it still has it. */
  storedKey(path: string): string | undefined {
    return this.data.entries[resolve(path)]?.key;
  }

  get(path: string, key: string): FileResult | undefined {
    const entry = this.data.entries[resolve(path)];
    return entry?.key === key ? { path, ...entry.result } : undefined;
  }

  set(path: string, key: string, result: FileResult): void {
    const { path: _path, ...stored } = result;
    this.data.entries[resolve(path)] = { key, result: stored };
    this.changed = true;
  }

  /** Writes the cache if anything changed, dropping entries of files that no longer exist. */
  save(): void {
    if (!this.changed) return;
    for (const path of Object.keys(this.data.entries)) if (!existsSync(path)) delete this.data.entries[path];
    try {
      mkdirSync(resolve(this.file, '..'), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(this.data));
      renameSync(temporary, this.file);
      this.changed = false;
    } catch {
      // A cache that cannot be written only makes the next run slower.
    }
  }
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
