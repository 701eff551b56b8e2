import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { GlobError, globBase, globMatcher, isGlob } from '../io/glob.js';
import { maxConfigBytes, readFailure, readTextCapped } from '../io/read.js';
import type { Format } from '../model/diagnostic.js';
import { UsageError } from '../io/limits.js';

/** File extensions widen reads, and the format each means. */
export const extensions: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** The format of a path by its extension, or undefined when widen does not read it. */
export function formatOf(path: string): Format | undefined {
  return extensions[extname(path).toLowerCase()];
}

const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'coverage']);

/** One input to lint: a file, or a path that could not be used (reported as a file error). */
export interface Input {
  path: string;
  /** Set when the path itself is the problem: missing, unreadable or of an unknown type. */
  error?: string;
  /** Named on the command line (not found in a folder or by a glob): ignore lists do not apply. */
  explicit?: boolean;
}

export interface DiscoverOptions {
  /** Folder that relative paths and `ignorePatterns` are relative to (default: the working folder). */
  cwd?: string;
  /** Skip what `.gitignore` files ignore (default true). */
  gitignore?: boolean;
  /** Globs, relative to `cwd`, of files and folders not to lint when found in a folder or by a glob. */
  ignorePatterns?: readonly string[];
  /** When set, only these files (absolute paths) are linted: `--changed-since`. */
  only?: ReadonlySet<string>;
}

/** A problem with the command line that stops the run (exit code 2). */
export class DiscoveryError extends UsageError {}

/**
 * Turns command-line paths into files: folders are searched recursively for known extensions
 * (skipping dependency and VCS folders, and what `.gitignore` and the ignore patterns exclude);
 * a glob (quoted, so the shell leaves it alone) matches files in the same way; a named file is
 * linted if widen knows its format. Folder contents come in name order.
 */
export function discover(paths: readonly string[], options: DiscoverOptions = {}): Input[] {
  const cwd = options.cwd ?? process.cwd();
  const walker = new Walker(cwd, options);
  const inputs: Input[] = [];
  const seen = new Set<string>();
  // One file named several ways (`a.md ./a.md sub/../a.md`, or through a link) is linted and
  // reported once, under the first name given.
  const add = (input: Input): void => {
    const key = input.error ? `\0${input.path}` : realPath(resolve(cwd, input.path));
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };
  walker.onError = add;
  const wanted = (path: string): boolean => !options.only || options.only.has(resolve(cwd, path));
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(resolve(cwd, path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isGlob(path)) {
        const matched = walker.glob(path);
        if (matched.length === 0 && !options.only) add({ path, error: 'no files match this pattern' });
        for (const file of matched) if (wanted(file)) add({ path: file });
        continue;
      }
      add({ path, error: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read it (${code ?? 'error'})` });
      continue;
    }
    if (stats.isDirectory()) {
      for (const file of walker.walk(path)) if (wanted(file)) add({ path: file });
    } else if (!wanted(path)) {
      continue;
    } else if (formatOf(path)) {
      add({ path, explicit: true });
    } else {
      add({ path, error: unreadFormat(path) });
    }
  }
  return inputs;
}

/** Walks folders, applying `.gitignore` files (git's rules: the deeper file wins) and the ignore patterns. */
class Walker {
  /** Receives a folder that cannot be read, or an ignore file that cannot be read safely: each is an error for the run (exit code 2). */
  onError: (input: Input) => void = () => {};
  private readonly patterns: ((path: string) => boolean) | undefined;
  private readonly chains = new Map<string, Array<{ base: string; rules: Ignore }>>();
  private readonly repositoryRoots = new Map<string, string | null>();

  constructor(
    private readonly cwd: string,
    private readonly options: DiscoverOptions,
  ) {
    const patterns = (options.ignorePatterns ?? []).map((pattern) => pattern.replace(/^\.\//, '').replace(/\/$/, ''));
    try {
      this.patterns = patterns.length ? globMatcher(patterns, { dot: true, basename: true }) : undefined;
    } catch (error) {
      if (error instanceof GlobError) throw new DiscoveryError(`--ignore-pattern: ${error.message}`);
      throw error;
    }
  }

  walk(directory: string): string[] {
    const files: string[] = [];
    const absolute = resolve(this.cwd, directory);
    const top = this.repositoryRoot(absolute) ?? absolute;
    this.visit(directory, top, files);
    return files;
  }

  /** Files matching a glob, found by walking the glob's fixed leading folders. */
  glob(pattern: string): string[] {
    const base = globBase(pattern) || '.';
    let isMatch: (path: string) => boolean;
    try {
      isMatch = globMatcher(pattern, { dot: false });
    } catch (error) {
      if (error instanceof GlobError) throw new DiscoveryError(`${pattern}: ${error.message}`);
      throw error;
    }
    let files: string[];
    try {
      files = statSync(resolve(this.cwd, base)).isDirectory() ? this.walk(base) : [];
    } catch {
      files = [];
    }
    return files.filter((file) => isMatch(toPosix(file)));
  }

  private visit(directory: string, top: string, files: string[]): void {
    let entries;
    try {
      entries = readdirSync(resolve(this.cwd, directory), { withFileTypes: true });
    } catch (error) {
      // A folder that went away while widen walked is no loss; one it may not read is: the run
      // would otherwise pass having linted nothing in it.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') this.onError({ path: directory, error: `cannot read this folder: ${readFailure(error)}, so widen did not lint what is in it` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const absolute = resolve(this.cwd, directory);
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (skippedFolders.has(entry.name) || this.ignored(absolute, top, entry.name, true)) continue;
        this.visit(path, top, files);
      } else if (entry.isFile() && formatOf(entry.name) && !this.ignored(absolute, top, entry.name, false)) {
        files.push(path);
      }
    }
  }

  private ignored(directory: string, top: string, name: string, isDirectory: boolean): boolean {
    const absolute = join(directory, name);
    if (this.patterns?.(toPosix(relative(this.cwd, absolute)))) return true;
    if (this.options.gitignore === false) return false;
    let ignored = false;
    for (const { base, rules } of this.chain(directory, top)) {
      const result = rules.test(toPosix(relative(base, absolute)) + (isDirectory ? '/' : ''));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** The `.gitignore` files that apply in a folder, from `top` down. */
  private chain(directory: string, top: string): Array<{ base: string; rules: Ignore }> {
    const cached = this.chains.get(directory);
    if (cached) return cached;
    const parent = dirname(directory);
    const above = directory === top || parent === directory || !directory.startsWith(top) ? [] : this.chain(parent, top);
    const own: string[] = [];
    if (directory === top) own.push(this.readIgnoreFile(join(directory, '.git', 'info', 'exclude')));
    own.push(this.readIgnoreFile(join(directory, '.gitignore')));
    const text = own.join('\n');
    const chain = text.trim() ? [...above, { base: directory, rules: ignore().add(text) }] : above;
    this.chains.set(directory, chain);
    return chain;
  }

  /**
   * An ignore file's text, or '' when there is none. One that cannot be read safely (a link to a
   * device, a FIFO, more than 1 MB) is an error naming it, and the walk goes on without it.
   */
  private readIgnoreFile(path: string): string {
    try {
      return readTextCapped(path, { maxBytes: maxConfigBytes });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return '';
      const shown = relative(this.cwd, path);
      this.onError({ path: shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path, error: `cannot read this ignore file: ${readFailure(error)}` });
      return '';
    }
  }

  /** The nearest folder at or above `directory` holding `.git`, or null outside a repository. */
  private repositoryRoot(directory: string): string | null {
    const cached = this.repositoryRoots.get(directory);
    if (cached !== undefined) return cached;
    const parent = dirname(directory);
    const root = existsSync(join(directory, '.git')) ? directory : parent === directory ? null : this.repositoryRoot(parent);
    this.repositoryRoots.set(directory, root);
    return root;
  }
}

/**
 * Files added, copied, modified or renamed (under their new name) since the merge base of `ref`
 * and HEAD, including uncommitted changes and new untracked files; deleted files are left out.
 * Absolute paths.
 */
export function changedSince(ref: string, cwd = process.cwd()): Set<string> {
  if (ref.startsWith('-')) throw new DiscoveryError(`--changed-since: "${ref}" is not a git reference`);
  const git = (args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
      throw new DiscoveryError(`--changed-since ${ref}: git ${args[0]} failed${stderr ? `: ${stderr}` : ''}`);
    }
  };
  const root = git(['rev-parse', '--show-toplevel']).trim();
  const base = git(['merge-base', ref, 'HEAD']).trim();
  const changed = git(['diff', '--name-only', '-z', '--find-renames', '--diff-filter=ACMRT', base, '--']);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/']);
  const files = new Set<string>();
  for (const name of `${changed}\0${untracked}`.split('\0')) if (name) files.add(resolve(root, name));
  return files;
}

/** The real path of a file (links and `..` resolved), or the path itself when it has none. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Why widen will not read a file named on the command line, and what to do instead. */
function unreadFormat(path: string): string {
  const extension = extname(path).toLowerCase();
  // Word's old binary format: Word itself converts it.
  if (extension === '.doc') return 'widen does not read .doc (Word 97–2003) files: save it as .docx in Word (File › Save As), then lint that';
  if (extension === '.rtf' || extension === '.odt') return `widen does not read ${extension} files: save it as .docx (File › Save As), then lint that`;
  return `widen does not read ${extname(path) || 'files without an extension'}; it reads ${Object.keys(extensions).join(' ')}`;
}
