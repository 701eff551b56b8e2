import { spawnSync } from 'node:child_process';
import { describe, test } from 'vitest';
import { inCi } from './corpus.js';

/** Whether a program answers on PATH (`<name> --version`). */
export function hasProgram(name: string): boolean {
  const run = spawnSync(name, ['--version'], { stdio: 'ignore' });
  return !run.error && run.status === 0;
}

/**
 * A `describe` block that needs programs outside Node.js (git, pre-commit). Without them it is
 * skipped on a contributor's machine, with the reason in its name, and fails in CI, where
 * .ci/run installs them.
 */
export function describeWithPrograms(name: string, programs: readonly string[], body: () => void): void {
  const missing = programs.filter((program) => !hasProgram(program));
  if (missing.length === 0) describe(name, body);
  else if (inCi()) {
    describe(name, () => {
      test(`needs ${missing.join(' and ')}`, () => {
        throw new Error(`CI is set, and ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not installed (.ci/run installs them)`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${missing.join(' and ')} not installed)`, () => {
      test.skip('needs programs that are not installed', () => {});
    });
  }
}
