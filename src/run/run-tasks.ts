import { readDocumentSync } from '../io/read.js';
import { availableParallelism } from 'node:os';
import type { LintCache } from './cache.js';
import type { FileResult } from '../model/diagnostic.js';
import { InputError } from '../io/limits.js';
import { checkFileSync, errorResult, limitsOf, lintFile, readError, type FileSettings } from './lint-file.js';
import { lintInWorkers, workerScript } from './pool.js';

/** One file to lint. */
export interface Task {
  path: string;
  settings: FileSettings;
}

export interface RunOptions {
  /** Worker threads for large runs (default: the number of CPUs); 1 keeps everything in this thread. */
  jobs?: number;
  cache?: LintCache;
  /** Called after each file, in the order files finish. */
  onProgress?: (done: number, total: number) => void;
  /** Receives each result (by task index, in the order files finish) instead of the returned array. */
  onResult?: (index: number, result: FileResult) => void;
}

/** Below both of these a run stays in one thread: starting workers would cost more than it saves. */
const parallelMinFiles = 50;
const parallelMinBytes = 1_000_000;
/**
 * A file this large goes to a worker even alone: the main thread can only check the time limit
 * between rules, and the sentence parser can take seconds on a hostile file of this size.
 */
const workerMinFileBytes = 256 * 1024;

/**
 * Lints files, taking what it can from the cache and spreading the rest over worker threads
 * when there are many, or when there is a large one (a worker that overruns the time limit can
 * be stopped; the main thread can only check between rules). Files over the size limit are
 * refused before anything reads them. Results come back in task order whichever thread linted them.
 */
export async function runTasks(tasks: readonly Task[], options: RunOptions = {}): Promise<FileResult[]> {
  const { cache } = options;
  // With `onResult`, results are handed on as they come and not kept: a run over thousands of
  // files then holds only the files in flight.
  const results = options.onResult ? [] : new Array<FileResult>(tasks.length);
  let done = 0;
  const finished = (index: number, result: FileResult): void => {
    if (options.onResult) options.onResult(index, result);
    else results[index] = result;
    options.onProgress?.(++done, tasks.length);
  };
  const misses: Array<Task & { index: number; size: number; bytes?: Uint8Array; key?: string }> = [];
  for (const [index, task] of tasks.entries()) {
    let size: number;
    let bytes: Uint8Array;
    try {
      size = checkFileSync(task.path, limitsOf(task.settings).maxFileBytes);
      if (!cache) {
        misses.push({ ...task, index, size });
        continue;
      }
      bytes = readDocumentSync(task.path, limitsOf(task.settings).maxFileBytes);
    } catch (error) {
      finished(index, errorResult(task.path, error instanceof InputError ? error.message : readError(error), task.settings.format));
      continue;
    }
    const key = cache.key(bytes, task.settings);
    const hit = cache.get(task.path, key);
    if (hit) finished(index, hit);
    else misses.push({ ...task, index, size, bytes, key });
  }
  const store = (miss: (typeof misses)[number], result: FileResult): void => {
    if (cache && miss.key && !result.error) cache.set(miss.path, miss.key, result);
    finished(miss.index, result);
  };
  const jobs = options.jobs ?? availableParallelism();
  if (jobs > 1 && isLarge(misses) && workerScript()) {
    await lintInWorkers(misses, jobs, (index, result) => store(misses[index]!, result));
  } else {
    for (const miss of misses) store(miss, await lintFile(miss.path, miss.settings, miss.bytes));
  }
  cache?.save();
  return results;
}

/** Many files, or many bytes: even one large file goes to a worker, where the time limit can stop it. */
function isLarge(files: ReadonlyArray<{ size: number }>): boolean {
  if (files.length >= parallelMinFiles) return true;
  let bytes = 0;
  for (const file of files) {
    bytes += file.size;
    if (bytes >= parallelMinBytes || file.size >= workerMinFileBytes) return true;
  }
  return false;
}
