import { statSync } from 'node:fs';
import { lintTask, type Task, type TaskOutcome } from './lint-file.js';
import { lintInWorkers, workerScript } from './pool.js';
import { usableCpus } from './cpus.js';
import type { WriteHooks } from '../fix/fix.js';

export interface RunTasksOptions {
  /** Worker threads (default: the CPUs this process may use); 1 keeps everything in this thread. */
  jobs?: number;
  /** Receives each outcome by task index, in the order files finish. */
  onOutcome: (index: number, outcome: TaskOutcome) => void;
  /** For tests: called while writing a fixed file (only with `jobs: 1`). */
  hooks?: WriteHooks;
}

/** Below all of these a run stays in one thread: starting a worker would cost more than it saves. */
const parallelMinFiles = 50;
const parallelMinBytes = 1_000_000;
/**
 * A file this large goes to a worker even alone, where the time limit can stop it mid-step
 * (the main thread checks it between steps). Word documents always do: a small zip can unpack
 * to a great deal of text.
 */
const workerMinFileBytes = 256 * 1024;

/**
 * Runs files' pipelines, spread over worker threads when there are many, or when one is large
 * or a Word document; otherwise in this thread. Threads are never more than the CPUs the process
 * may use, so a file's time limit is spent on its own work, not waiting for a CPU.
 */
export async function runTasks(tasks: readonly Task[], options: RunTasksOptions): Promise<void> {
  const script = options.jobs === 1 ? undefined : workerScript();
  if (script && (tasks.length >= parallelMinFiles || needsWorker(tasks))) {
    const threads = Math.max(1, Math.min(options.jobs ?? Infinity, usableCpus(), tasks.length));
    return lintInWorkers(tasks, threads, options.onOutcome, script);
  }
  for (const [index, task] of tasks.entries()) options.onOutcome(index, await lintTask(task, options.hooks));
}

/** A file the main thread should not lint: large, or a Word document. */
function needsWorker(tasks: readonly Task[]): boolean {
  let bytes = 0;
  for (const task of tasks) {
    if (task.settings.format === 'docx') return true;
    const size = task.bytes?.length ?? sizeOf(task.path);
    bytes += size;
    if (bytes >= parallelMinBytes || size >= workerMinFileBytes) return true;
  }
  return false;
}

/** A file's size for choosing a thread; 0 when it cannot be read (its pipeline says why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
