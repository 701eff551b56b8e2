import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Format } from './diagnostic.js';

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
}

/**
 * Turns command-line paths into files: directories are searched recursively for known
 * extensions (skipping dependency and VCS folders); a named file is linted whatever its
 * extension says only if widen knows the format.
 */
export function discover(paths: readonly string[]): Input[] {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (input: Input): void => {
    if (seen.has(input.path)) return;
    seen.add(input.path);
    inputs.push(input);
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      add({ path, error: code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? 'error'})` });
      continue;
    }
    if (stats.isDirectory()) {
      for (const file of walk(path)) add({ path: file });
    } else if (formatOf(path)) {
      add({ path });
    } else {
      add({ path, error: `widen does not read ${extname(path) || 'files without an extension'}; it reads ${Object.keys(extensions).join(' ')}` });
    }
  }
  return inputs;
}

function walk(directory: string): string[] {
  const files: string[] = [];
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return files;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) files.push(...walk(path));
    } else if (entry.isFile() && formatOf(entry.name)) {
      files.push(path);
    }
  }
  return files;
}
