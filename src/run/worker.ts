import { parentPort } from 'node:worker_threads';
import { lintFile } from './lint-file.js';
import type { TaskMessage } from './pool.js';

/**
 * A pool worker: lints the files it is sent one at a time, in order, one message back per file.
 * One at a time, so the pool knows which file is running when it has to stop a worker.
 */
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (message: TaskMessage) => {
  queue = queue.then(() =>
    lintFile(message.path, message.settings, message.bytes).then(
      (result) => parentPort!.postMessage({ id: message.id, result }),
      (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});
