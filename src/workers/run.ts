import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { LintCache } from '../cache.js';
import type { FileResult } from '../diagnostic.js';
import { errorResult, lintFile, readError, type FileSettings } from './lint-file.js';
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
}

/** Below both of these a run stays in one thread: starting workers would cost more than it saves. */
const parallelMinFiles = 50;
const parallelMinBytes = 1_000_000;

/**
 * Lints files, taking what it can from the cache and spreading the rest over worker threads
 * when there are many. Results come back in task order whichever thread linted them.
 */
export async function runTasks(tasks: readonly Task[], options: RunOptions = {}): Promise<FileResult[]> {
  const { cache } = options;
  const results = new Array<FileResult>(tasks.length);
  let done = 0;
  const finished = (index: number, result: FileResult): void => {
    results[index] = result;
    options.onProgress?.(++done, tasks.length);
  };
  const misses: Array<Task & { index: number; bytes?: Uint8Array; key?: string }> = [];
  for (const [index, task] of tasks.entries()) {
    if (!cache) {
      misses.push({ ...task, index });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(task.path);
    } catch (error) {
      finished(index, errorResult(task.path, readError(error), task.settings.format));
      continue;
    }
    const key = cache.key(bytes, task.settings);
    const hit = cache.get(task.path, key);
    if (hit) finished(index, hit);
    else misses.push({ ...task, index, bytes, key });
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

function isLarge(files: ReadonlyArray<{ path: string; bytes?: Uint8Array }>): boolean {
  if (files.length < 2) return false;
  if (files.length >= parallelMinFiles) return true;
  let bytes = 0;
  for (const file of files) {
    bytes += file.bytes?.length ?? sizeOf(file.path);
    if (bytes >= parallelMinBytes) return true;
  }
  return false;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
