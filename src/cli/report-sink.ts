import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

interface Target {
  write(text: string): unknown;
}

export interface ReportSink {
  write(text: string): void;
  /** Writes the head (when the report has one), every file's text, then the end. */
  finish(head: string, end: string): void;
  discard(): void;
}

/**
 * Where the report goes as the files come in. Most reports go straight to their target; one whose
 * head is known only at the end (JUnit's totals) has its files' text kept in a file of its own
 * until then, so that memory holds none of it.
 */
export function reportSink(target: Target | undefined, needsHead: boolean): ReportSink {
  if (!needsHead) {
    return {
      write: (text) => void (text && target?.write(text)),
      finish: (_head, end) => void (end && target?.write(end)),
      discard: () => undefined,
    };
  }
  let spool: { folder: string; fd: number } | undefined;
  const remove = (): void => {
    if (!spool) return;
    closeSync(spool.fd);
    rmSync(spool.folder, { recursive: true, force: true });
    spool = undefined;
  };
  return {
    write: (text) => {
      if (!text || !target) return;
      if (!spool) {
        const folder = mkdtempSync(join(tmpdir(), 'widen-report-'));
        spool = { folder, fd: openSync(join(folder, 'files'), 'w+') };
      }
      writeSync(spool.fd, text);
    },
    finish: (head, end) => {
      if (!target) return;
      if (head) target.write(head);
      if (spool) copyOut(spool.fd, target);
      remove();
      if (end) target.write(end);
    },
    discard: remove,
  };
}

function copyOut(fd: number, target: Target): void {
  const chunk = Buffer.alloc(1 << 20);
  // The decoder keeps a character split across two chunks whole.
  const decoder = new StringDecoder('utf8');
  for (let position = 0; ; ) {
    const read = readSync(fd, chunk, 0, chunk.length, position);
    if (read === 0) break;
    position += read;
    const text = decoder.write(chunk.subarray(0, read));
    if (text) target.write(text);
  }
  const rest = decoder.end();
  if (rest) target.write(rest);
}
