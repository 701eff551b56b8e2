/** A stream the progress bar may draw on. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Runs over fewer files than this finish before a bar would help. */
const minFiles = 20;

/**
 * Whether to draw a progress bar: only for people watching a terminal, never in CI logs or
 * when the report goes down a pipe.
 */
export function progressWanted(stderr: ProgressStream, stdout: ProgressStream, writesToFile: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.CI || env.WIDEN_NO_PROGRESS || env.TERM === 'dumb') return false;
  return Boolean(stderr.isTTY) && (writesToFile || Boolean(stdout.isTTY));
}

/** A one-line bar on stderr: files done / total and time elapsed, redrawn at most ten times a second. */
export function progressBar(stream: ProgressStream, now: () => number = Date.now): { update(done: number, total: number): void; clear(): void } {
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (total < minFiles) return;
      const time = now();
      if (done < total && time - last < 100) return;
      last = time;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
      const filled = Math.round((done / total) * width);
      const seconds = ((time - started) / 1000).toFixed(1);
      stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files  ${seconds}s`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
