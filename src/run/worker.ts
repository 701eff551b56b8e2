import { parentPort } from 'node:worker_threads';
import { lintTask } from './lint-file.js';
import type { Reply, TaskMessage } from './pool.js';

/**
 * A pool worker: runs the pipeline of the files it is sent one at a time, in order. It says when
 * it starts each one (the pool's clock for that file starts then, so time spent queued is not the
 * file's) and sends one reply per file. One at a time, so the pool knows which file is running
 * when it has to stop a worker.
 */
let queue: Promise<void> = Promise.resolve();
const send = (reply: Reply): void => parentPort!.postMessage(reply);
const encoder = new TextEncoder();
parentPort!.on('message', (message: TaskMessage) => {
  queue = queue.then(async () => {
    send({ id: message.id, started: true });
    try {
      const outcome = encoder.encode(JSON.stringify(await lintTask(message.task, undefined, () => send({ id: message.id, started: true }))));
      parentPort!.postMessage({ id: message.id, outcome } satisfies Reply, [outcome.buffer]);
    } catch (error) {
      send({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
