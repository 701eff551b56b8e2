import { statSync } from 'node:fs';
import { readDocument } from '../io/read.js';
import { rules as allRules } from '../../rules/index.js';
import { ConfigError, type ResolvedConfig } from '../config/config.js';
import type { FileResult, Format } from '../model/diagnostic.js';
import { lintParsed } from '../engine/engine.js';
import { formatOf } from './discover.js';
import { defaultLimits, fileTooLarge, InputError, type Limits, oneLine, timeLimit } from '../io/limits.js';
import { parseBytes, type LoadOptions } from '../load/load.js';

/** What one file needs besides its bytes: the same in the main thread and in a worker. */
export interface FileSettings {
  format: Format;
  config: ResolvedConfig;
  includeBlocks: boolean;
  /** How to read the file (`--whole-page`, `--max-docx-size`). */
  load?: LoadOptions;
  /** Size and time limits (`--max-file-size`, `--timeout`); the defaults are in src/io/limits.ts. */
  limits?: Partial<Pick<Limits, 'maxFileBytes' | 'timeoutMs'>>;
  /** Keep stack traces of internal errors on the result (`--debug`). */
  debug?: boolean;
}

/** The limits a file is linted under. */
export function limitsOf(settings: FileSettings): Pick<Limits, 'maxFileBytes' | 'timeoutMs'> {
  return { maxFileBytes: settings.limits?.maxFileBytes ?? defaultLimits.maxFileBytes, timeoutMs: settings.limits?.timeoutMs ?? defaultLimits.timeoutMs };
}

/** Reads and lints one file; a file that cannot be read or parsed comes back with `error`. */
export async function lintFile(path: string, settings: FileSettings, bytes?: Uint8Array): Promise<FileResult> {
  if (!bytes) {
    try {
      // Opened once, a regular file only, read with a cap that does not trust its size (src/io/read.ts).
      bytes = await readDocument(path, limitsOf(settings).maxFileBytes);
    } catch (error) {
      return errorResult(path, error instanceof InputError ? error.message : readError(error), settings.format);
    }
  }
  return lintBytes(bytes, path, settings);
}

/**
 * Checks a file before reading it: a regular file (not a device or a pipe that never ends),
 * within the size limit. Returns its size; throws InputError, or the error of `stat`.
 */
export function checkFile(info: { isFile(): boolean; size: number }, maxFileBytes: number): number {
  if (!info.isFile()) throw new InputError('this is not a regular file, so widen did not read it');
  if (info.size > maxFileBytes) throw fileTooLarge(info.size, maxFileBytes);
  return info.size;
}

/** `checkFile` for a path, synchronously. */
export function checkFileSync(path: string, maxFileBytes: number): number {
  return checkFile(statSync(path), maxFileBytes);
}

/**
 * Lints a document's bytes. Never throws: a parser bug becomes an error for this file alone,
 * and a file that takes longer than the time limit (checked after reading and after each rule)
 * gets an error too.
 */
export async function lintBytes(bytes: Uint8Array, path: string, settings: FileSettings): Promise<FileResult> {
  const { format } = settings;
  const limits = limitsOf(settings);
  const deadline = { at: performance.now() + limits.timeoutMs, limitMs: limits.timeoutMs };
  try {
    if (bytes.length > limits.maxFileBytes) throw fileTooLarge(bytes.length, limits.maxFileBytes);
    const { parsed } = await parseBytes(bytes, format, settings.load);
    if (performance.now() > deadline.at) throw timeLimit(limits.timeoutMs, 'while reading it');
    const result = lintParsed(parsed, path, allRules, settings.config, {
      includeBlocks: settings.includeBlocks,
      deadline,
      ...(settings.debug ? { debug: true } : {}),
    });
    return {
      ...result,
      ...(parsed.note && !result.note ? { note: parsed.note } : {}),
      ...(parsed.warnings?.length ? { warnings: parsed.warnings } : {}),
    };
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) return errorResult(path, error.message, format);
    // A parser bug must not stop the run: this file gets an error, the others are still linted.
    const result = errorResult(path, `widen could not read it: ${crashCause(error)}`, format);
    return settings.debug ? { ...result, debug: [`${path}: ${error instanceof Error ? error.stack : String(error)}`] } : result;
  }
}

/** Why a parser or worker crashed, in one line. */
export function crashCause(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'it nests too deeply, or has too long a run of text without spaces, for widen to follow (maximum call stack size exceeded)';
  }
  return oneLine(error);
}

/** A result for a file that could not be linted. */
export function errorResult(path: string, error: string, format: Format = formatOf(path) ?? 'text'): FileResult {
  return { path, format, profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [], error };
}

export function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : `cannot read it (${code ?? 'error'})`;
}
