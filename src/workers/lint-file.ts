import { readFile } from 'node:fs/promises';
import { rules as allRules } from '../../rules/index.js';
import { ConfigError, type ResolvedConfig } from '../config/config.js';
import type { FileResult, Format } from '../diagnostic.js';
import { lintParsed } from '../engine.js';
import { formatOf } from '../files.js';
import { parseBytes, type LoadOptions } from '../load.js';
import { InputError } from '../parse/decode.js';

/** What one file needs besides its bytes: the same in the main thread and in a worker. */
export interface FileSettings {
  format: Format;
  config: ResolvedConfig;
  includeBlocks: boolean;
  /** How to read the file (`--whole-page`, `--max-docx-size`). */
  load?: LoadOptions;
}

/** Reads and lints one file; a file that cannot be read or parsed comes back with `error`. */
export async function lintFile(path: string, settings: FileSettings, bytes?: Uint8Array): Promise<FileResult> {
  if (!bytes) {
    try {
      bytes = await readFile(path);
    } catch (error) {
      return errorResult(path, readError(error), settings.format);
    }
  }
  return lintBytes(bytes, path, settings);
}

/** Lints a document's bytes. Never throws: a parser bug becomes an error for this file alone. */
export async function lintBytes(bytes: Uint8Array, path: string, settings: FileSettings): Promise<FileResult> {
  const { format } = settings;
  try {
    const { parsed } = await parseBytes(bytes, format, settings.load);
    const result = lintParsed(parsed, path, allRules, settings.config, { includeBlocks: settings.includeBlocks });
    return {
      ...result,
      ...(parsed.note && !result.note ? { note: parsed.note } : {}),
      ...(parsed.warnings?.length ? { warnings: parsed.warnings } : {}),
    };
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) return errorResult(path, error.message, format);
    // A parser bug must not stop the run: this file gets an error, the others are still linted.
    const cause = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return errorResult(path, `widen could not read it: ${cause}`, format);
  }
}

/** A result for a file that could not be linted. */
export function errorResult(path: string, error: string, format: Format = formatOf(path) ?? 'text'): FileResult {
  return { path, format, profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [], error };
}

export function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : `cannot read it (${code ?? 'error'})`;
}
