import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'vitest';

/**
 * The real-document corpus (NHS Jobs adverts, judged adverts, careers pages): documents with no
 * licence to copy, so they are never in this repository. It is found at `$WIDEN_CORPUS`, or at
 * `../shared/corpus` beside the repository. Every test that reads it goes through this file:
 *
 * - found: the block runs;
 * - not found, `CI` unset: the block is skipped, and the test run says once where to put it;
 * - not found, `CI` set (or `WIDEN_CORPUS` names a folder that is not there): the block fails.
 *
 * What tests need that is not corpus (our examples, fixtures, and public test documents whose
 * licence allows copying: tests/fixtures/SOURCES.md) is in the repository and always runs.
 */
const root = join(import.meta.dirname, '..', '..');

/** The corpus folder, found or not. */
export const corpusRoot: string = resolve(root, process.env.WIDEN_CORPUS || join('..', 'shared', 'corpus'));

/** Whether the corpus folder is there. */
export const hasCorpus: boolean = existsSync(corpusRoot);

/** Whether CI is running (`CI` set to anything but "", "0" or "false"). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/**
 * What a corpus block does: run when the corpus is there; when it is not, fail in CI or when
 * WIDEN_CORPUS names it (someone meant it to be there), and otherwise skip.
 */
export function corpusState(found: boolean, env: NodeJS.ProcessEnv = process.env): 'run' | 'skip' | 'fail' {
  if (found) return 'run';
  return inCi(env) || Boolean(env.WIDEN_CORPUS) ? 'fail' : 'skip';
}

const state = corpusState(hasCorpus);

/** A path inside the corpus. Use it only inside a `describeWithCorpus` block. */
export function corpusPath(...parts: string[]): string {
  return join(corpusRoot, ...parts);
}

function missing(): string {
  return `the real-document corpus is not at ${corpusRoot}: put it at ../shared/corpus beside the repository, or set WIDEN_CORPUS to its folder`;
}

/**
 * The one line the test run prints when the corpus is not found and its tests are skipped
 * (tests/helpers/build.ts prints it); undefined when they run, or fail.
 */
export function corpusNotice(): string | undefined {
  if (state !== 'skip') return undefined;
  return `widen: the real-document corpus is not at ${corpusRoot}, so the tests that need it are skipped: put it at ../shared/corpus beside the repository, or set WIDEN_CORPUS to its folder.`;
}

/**
 * A `describe` block that needs the corpus. Its body runs only when the corpus is found (so it
 * may list the corpus's files while collecting tests); otherwise it is one skipped test, or, in
 * CI, one failing test.
 */
export function describeWithCorpus(name: string, body: () => void): void {
  if (state === 'run') {
    describe(name, body);
  } else if (state === 'fail') {
    describe(name, () => {
      test('needs the corpus', () => {
        throw new Error(`${inCi() ? 'CI is set, and ' : ''}${missing()}`);
      });
    });
  } else {
    describe.skip(name, () => {
      test.skip('needs the corpus (not found)', () => {});
    });
  }
}
