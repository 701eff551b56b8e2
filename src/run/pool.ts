import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../io/package-root.js';
import { timeLimit } from '../io/limits.js';
import { crashCause, errorResult, limitsOf, type Task, type TaskOutcome } from './lint-file.js';

/** What the main thread sends a worker for one file. */
export interface TaskMessage {
  id: number;
  task: Task;
}

/**
 * What a worker says about a file: it has started it, it is done (the outcome as JSON in UTF-8,
 * whose buffer is moved, not copied, and which parseOutcome reads back sharing strings), or its
 * pipeline threw.
 */
export type Reply = { id: number; started: true } | { id: number; outcome: Uint8Array } | { id: number; error: string };

const decoder = new TextDecoder();

/**
 * An outcome from its JSON, each string shared with the same string of earlier outcomes: a
 * finding's note, help link, category and advice are the same in every file, and a run that
 * keeps its results (every format but JSON) held a fresh copy of each for every finding, 2.5
 * times the memory of results linted in this thread.
 */
function parseOutcome(bytes: Uint8Array, strings: Map<string, string>): TaskOutcome {
  return JSON.parse(decoder.decode(bytes), (key, value: unknown) => {
    if (typeof value !== 'string' || unshared.has(key)) return value;
    const known = strings.get(value);
    if (known !== undefined) return known;
    if (strings.size < maxShared) strings.set(value, value);
    return value;
  }) as TaskOutcome;
}

/** Strings that differ in every finding, never worth sharing. */
const unshared = new Set(['excerpt', 'fingerprint', 'path']);
/** The most strings kept for sharing, so a streamed run over any number of files stays bounded. */
const maxShared = 20_000;

/**
 * The built worker script, `dist/src/worker.js` (scripts/build.mjs). Workers always run the built
 * code (the CLI does too): from the bundle, the one beside this chunk; from source, the built one
 * in the package. When widen runs from source and nothing is built, there is none and runs stay in
 * one thread.
 */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.js') ? join(dirname(here), 'worker.js') : join(packageRoot, 'dist', 'src', 'worker.js');
  return existsSync(script) ? script : undefined;
}

/** Past the time limit, a worker gets this long to notice by itself (between rules) before it is stopped. */
const graceMs = 1000;
/** How long a worker may take to start up and begin its first file, on a loaded machine. */
const startUpMs = 10_000;

/**
 * Each worker's heap, in MB. A hostile 10 MB file can make the sentence parser use several GB;
 * past this its worker stops with that file's error, instead of the machine killing the whole run.
 * A real advert needs a few MB, and 5 MB of prose (about what the time limit allows) fits. V8
 * also collects garbage sooner below a lower limit: with 2 GB, two workers on the hostile inputs
 * held 1.1–1.2 GB between them, with 1 GB under 0.9 GB.
 */
export const workerHeapMb = 1024;
/**
 * A small young generation: a worker's garbage is short-lived (one document's trees), and V8's
 * default lets each thread's heap grow far past what it keeps alive, which on runs over thousands
 * of files is most of widen's memory.
 */
const workerYoungMb = 32;

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, in order; it lints them one at a time, so the first is the one running. */
  queue: number[];
  timer?: NodeJS.Timeout;
  stopped: boolean;
}

/**
 * Lints files on up to `jobs` worker threads, calling `onResult` as each one finishes (in any
 * order). A worker whose file runs past the time limit is stopped and replaced, and that file
 * gets an error; so does the file of a worker that crashes (out of memory, say). Files it had
 * been sent but not started go to another worker.
 */
export function lintInWorkers(
  tasks: readonly Task[],
  jobs: number,
  onResult: (index: number, outcome: TaskOutcome) => void,
  /** The worker script (tests give one that crashes or hangs on purpose). */
  script = workerScript(),
): Promise<void> {
  if (!script) return Promise.reject(new Error('widen is not built: no worker script in dist/'));
  if (tasks.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const slots = new Set<Slot>();
    const strings = new Map<string, string>();
    const again: number[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (): void => {
      settled = true;
      for (const slot of slots) retire(slot);
      resolve();
    };
    const complete = (id: number, outcome: TaskOutcome): void => {
      onResult(id, outcome);
      if (++done === tasks.length) finish();
    };
    const retire = (slot: Slot): void => {
      slot.stopped = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      void slot.worker.terminate();
    };
    /**
     * Starts the clock on a file: when the worker says it has started it, or (with time to start
     * up) when it is sent to an idle worker, so a worker that never gets going is stopped too.
     */
    const arm = (slot: Slot, id: number, startUpMs = 0): void => {
      clearTimeout(slot.timer);
      const limitMs = limitsOf(tasks[id]!.settings).timeoutMs;
      slot.timer = setTimeout(() => stop(slot, () => timeLimit(limitMs).message), limitMs + graceMs + startUpMs);
    };
    const feed = (slot: Slot): void => {
      const id = again.length > 0 ? again.shift() : next < tasks.length ? next++ : undefined;
      if (id === undefined) return;
      const task = tasks[id]!;
      const message: TaskMessage = { id, task };
      slot.queue.push(id);
      slot.worker.postMessage(message);
      if (slot.queue.length === 1) arm(slot, id, startUpMs);
    };
    /** Stops a worker: its running file gets `reason`, the files waiting for it go to a new one. */
    const stop = (slot: Slot, reason: () => string, stack?: string): void => {
      if (slot.stopped) return;
      retire(slot);
      const [running, ...waiting] = slot.queue;
      again.push(...waiting);
      if (running !== undefined) {
        const task = tasks[running]!;
        const result = errorResult(task.path, reason(), task.settings.format);
        complete(running, { result: task.settings.debug && stack ? { ...result, debug: [`${task.path}: ${stack}`] } : result });
      }
      if (!settled && (again.length > 0 || next < tasks.length)) spawn();
    };
    const spawn = (): void => {
      const slot: Slot = { worker: new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: workerYoungMb } }), queue: [], stopped: false };
      slots.add(slot);
      slot.worker.on('message', (reply: Reply) => {
        if (slot.stopped) return;
        if ('started' in reply) {
          arm(slot, reply.id);
          return;
        }
        clearTimeout(slot.timer);
        const at = slot.queue.indexOf(reply.id);
        if (at !== -1) slot.queue.splice(at, 1);
        const task = tasks[reply.id]!;
        complete(reply.id, 'outcome' in reply ? parseOutcome(reply.outcome, strings) : { result: errorResult(task.path, `widen could not read it: ${reply.error}`, task.settings.format) });
        if (settled) return;
        feed(slot);
      });
      slot.worker.on('error', (error: Error & { code?: string }) => {
        const reason =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `widen stopped: reading it took more than the ${workerHeapMb / 1024} GB of memory a worker thread may use; to lint it alone in the main thread, without that limit, use --jobs 1`
            : `widen could not read it: its worker thread crashed (${crashCause(error)})`;
        stop(slot, () => reason, error.stack);
      });
      slot.worker.on('exit', (code) => stop(slot, () => `widen could not read it: its worker thread stopped (exit code ${code})`));
      // Two files in flight per worker, so it never waits on the main thread between files.
      feed(slot);
      feed(slot);
    };
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) spawn();
  });
}
