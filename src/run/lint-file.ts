import { readDocument } from '../io/read.js';
import { rules as allRules } from '../../rules/index.js';
import { ConfigError, type ResolvedConfig } from '../config/config.js';
import { lintDoc, maxFindingsPerRule } from '../engine/engine.js';
import { fixLinted, type FixOutcome, type FixRequest, type Linted } from '../fix/fix-file.js';
import { defaultLimits, fileTooLarge, InputError, type Limits, oneLine, timeLimit } from '../io/limits.js';
import { loadDoc, type LoadOptions } from '../load/load.js';
import type { FileResult, Format } from '../model/diagnostic.js';
import { suppressFile, type FileSuppression } from '../suppress/suppress.js';
import { cacheKey } from './cache.js';
import { formatOf } from './discover.js';
import { readReportMarker } from '../report/html/marker.js';

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

/** One file of a run: everything its pipeline needs, as plain data a worker thread can be sent. */
export interface Task {
  path: string;
  settings: FileSettings;
  /** The file's bytes when they are not on disk (standard input, an editor buffer). */
  bytes?: Uint8Array;
  /** The run keeps a cache: say the file's key, and reuse the cached result if it is this one. */
  cache?: { key?: string };
  /** Its review decisions and baseline entries: applied before planning fixes, so a finding set aside is never fixed. */
  suppression?: FileSuppression;
  /** `--fix` or `--fix-dry-run`. */
  fix?: Omit<FixRequest, 'hooks'>;
  /** Named on the command line, not found in a folder: a report widen wrote is then said to be one, not skipped. */
  explicit?: boolean;
}

/** What a file's pipeline gives back. `result` is before review and baseline (the run applies them, and caches this). */
export interface TaskOutcome {
  result: FileResult;
  /** The cached result is still good (`result` is then an empty stand-in). */
  hit?: boolean;
  /** The key of `result` for the cache. */
  key?: string;
  fix?: FixOutcome;
  /** The file is a report widen wrote (“widen 0.1.0 co-review report”): it was not linted. */
  ownReport?: string;
}

/** The limits a file is linted under. */
export function limitsOf(settings: FileSettings): Pick<Limits, 'maxFileBytes' | 'timeoutMs'> {
  return { maxFileBytes: settings.limits?.maxFileBytes ?? defaultLimits.maxFileBytes, timeoutMs: settings.limits?.timeoutMs ?? defaultLimits.timeoutMs };
}

/**
 * One file's pipeline: read, load the Doc, run the rules, and with `fix` fix it (linting again
 * through the same steps) and write it. Never throws: a file that cannot be read or parsed, a
 * parser bug and a file over a limit each become an `error` for this file alone. The time limit
 * counts from here, so time spent waiting for a thread is not the file's.
 */
export async function lintTask(task: Task, hooks?: FixRequest['hooks'], onPass?: () => void): Promise<TaskOutcome> {
  const { path, settings } = task;
  const limits = limitsOf(settings);
  let bytes = task.bytes;
  if (!bytes) {
    try {
      // Opened once, a regular file only, read with a cap that does not trust its size (src/io/read.ts).
      bytes = await readDocument(path, limits.maxFileBytes);
    } catch (error) {
      return { result: errorResult(path, error instanceof InputError ? error.message : readError(error), settings.format) };
    }
  }
  // widen never lints a report it wrote: it would find its own words (and tags) in it.
  const ownReport = settings.format === 'html' ? readReportMarker(bytes) : undefined;
  if (ownReport) return { result: ownReportResult(path, ownReport), ownReport };
  const key = task.cache ? cacheKey(bytes, settings) : undefined;
  if (key !== undefined && key === task.cache?.key) return { result: errorResult(path, 'cached', settings.format), hit: true, key };
  try {
    if (bytes.length > limits.maxFileBytes) throw fileTooLarge(bytes.length, limits.maxFileBytes);
    /** One lint of some bytes of this file, within the time limit; `--fix` plans with every finding, not the first 1,000 a rule. */
    const lint = async (input: Uint8Array, all = false): Promise<Linted & { raw: FileResult; capped: boolean }> => {
      const deadline = { at: performance.now() + limits.timeoutMs, limitMs: limits.timeoutMs };
      const loaded = await loadDoc(input, path, settings.format, { ...settings.load, ...(settings.config.profile ? { profile: settings.config.profile } : {}) });
      if (performance.now() > deadline.at) throw timeLimit(limits.timeoutMs, 'while reading it');
      const linted = lintDoc(loaded.doc, allRules, settings.config, { deadline, ...(settings.debug ? { debug: true } : {}), ...(all ? { maxPerRule: Infinity } : {}) });
      const raw: FileResult = {
        ...linted,
        ...(loaded.note && !linted.note ? { note: loaded.note } : {}),
        ...(loaded.warnings ? { warnings: loaded.warnings } : {}),
        ...(settings.includeBlocks ? { blocks: loaded.doc.displayBlocks() } : {}),
      };
      const result = task.suppression ? suppressFile(raw, task.suppression).result : raw;
      const capped = all && countsOverCap(raw);
      return { doc: loaded.doc, ...(loaded.encoding ? { encoding: loaded.encoding } : {}), result, raw, capped };
    };
    if (!task.fix) return { result: (await lint(bytes)).raw, ...(key !== undefined ? { key } : {}) };
    const first = await lint(bytes, true);
    let last = first;
    let lastBytes = bytes;
    const fixed = await fixLinted(
      path,
      bytes,
      first,
      async (next) => {
        // Each pass is one lint, with its own time limit (and a fresh clock in the pool).
        onPass?.();
        lastBytes = next;
        return (last = await lint(next, true));
      },
      { ...task.fix, ...(hooks ? { hooks } : {}) },
    );
    if (fixed.outcome.error) return { result: (await lint(bytes)).raw, fix: fixed.outcome };
    // The report is of the fixed text as a plain lint sees it, at most 1,000 findings a rule.
    if (last.capped) {
      onPass?.();
      last = await lint(lastBytes);
    }
    // A fixed file is not cached: its bytes are new, and the next run reads them.
    const changed = fixed.outcome.count > 0 && !task.fix.dryRun;
    return { result: last.raw, fix: fixed.outcome, ...(key !== undefined && !changed ? { key } : {}) };
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) return { result: errorResult(path, error.message, settings.format) };
    // A parser bug must not stop the run: this file gets an error, the others are still linted.
    const result = errorResult(path, `widen could not read it: ${crashCause(error)}`, settings.format);
    return { result: settings.debug ? { ...result, debug: [`${path}: ${error instanceof Error ? error.stack : String(error)}`] } : result };
  }
}

/** Whether a rule found more than a plain lint would report. */
function countsOverCap(result: FileResult): boolean {
  const counts = new Map<string, number>();
  for (const diagnostic of result.diagnostics) {
    const count = (counts.get(diagnostic.ruleId) ?? 0) + 1;
    if (count > maxFindingsPerRule) return true;
    counts.set(diagnostic.ruleId, count);
  }
  return false;
}

/** Reads and lints one file; a file that cannot be read or parsed comes back with `error`. */
export async function lintFile(path: string, settings: FileSettings, bytes?: Uint8Array): Promise<FileResult> {
  return (await lintTask({ path, settings, ...(bytes ? { bytes } : {}) })).result;
}

/** Lints a document's bytes (`lintFile` for bytes not on disk). */
export async function lintBytes(bytes: Uint8Array, path: string, settings: FileSettings): Promise<FileResult> {
  return lintFile(path, settings, bytes);
}


/** Why a parser or worker crashed, in one line. */
export function crashCause(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'it nests too deeply, or has too long a run of text without spaces, for widen to follow (maximum call stack size exceeded)';
  }
  return oneLine(error);
}

/** The result for a report widen wrote: no findings, and a note saying what it is. */
export function ownReportResult(path: string, what: string): FileResult {
  return { path, format: 'html', profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [], note: `this is a ${what} that widen wrote, not a document, so widen did not lint it` };
}

/** A result for a file that could not be linted. */
export function errorResult(path: string, error: string, format: Format = formatOf(path) ?? 'text'): FileResult {
  return { path, format, profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [], error };
}

export function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' ? 'permission denied' : `cannot read it (${code ?? 'error'})`;
}
