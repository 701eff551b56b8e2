import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../diagnostic.js';
import { packageRoot } from '../package-root.js';
import { errorResult, type FileSettings } from './lint-file.js';

/** What the main thread sends a worker for one file. */
export interface TaskMessage {
  id: number;
  path: string;
  settings: FileSettings;
  /** The file's bytes when the main thread already read them (for the cache). */
  bytes?: Uint8Array;
}

type Reply = { id: number; result: FileResult } | { id: number; error: string };

/**
 * The compiled worker script. Workers always run the built `dist/` code (the CLI does too);
 * when widen runs from source and nothing is built, there is none and runs stay in one thread.
 */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.js') ? join(dirname(here), 'worker.js') : join(packageRoot, 'dist', 'src', 'workers', 'worker.js');
  return existsSync(script) ? script : undefined;
}

/** Lints files on up to `jobs` worker threads, calling `onResult` as each one finishes (in any order). */
export function lintInWorkers(
  tasks: ReadonlyArray<{ path: string; settings: FileSettings; bytes?: Uint8Array }>,
  jobs: number,
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  const script = workerScript();
  if (!script) return Promise.reject(new Error('widen is not built: no worker script in dist/'));
  if (tasks.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker): void => {
      if (next >= tasks.length) return;
      const id = next++;
      const task = tasks[id]!;
      const message: TaskMessage = { id, path: task.path, settings: task.settings, ...(task.bytes ? { bytes: task.bytes } : {}) };
      worker.postMessage(message);
    };
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) {
      const worker = new Worker(script);
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        const task = tasks[reply.id]!;
        onResult(reply.id, 'result' in reply ? reply.result : errorResult(task.path, `widen could not read it: ${reply.error}`, task.settings.format));
        if (++done === tasks.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (code !== 0) finish(new Error(`a widen worker stopped (exit code ${code})`));
      });
      // Two files in flight per worker, so it never waits on the main thread between files.
      feed(worker);
      feed(worker);
    }
  });
}
