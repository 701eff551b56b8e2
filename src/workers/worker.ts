import { parentPort } from 'node:worker_threads';
import { lintFile } from './lint-file.js';
import type { TaskMessage } from './pool.js';

/** A pool worker: lints the files it is sent, one message back per file. */
parentPort!.on('message', (message: TaskMessage) => {
  lintFile(message.path, message.settings, message.bytes).then(
    (result) => parentPort!.postMessage({ id: message.id, result }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
