import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { corpusNotice } from './corpus.js';

/**
 * Before the suite: build once (the CLI tests run the built `bin/widen.js`, the package tests
 * pack what the build wrote), and say once whether the real-document corpus was found.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const notice = corpusNotice();
  if (notice) process.stdout.write(`\n${notice}\n\n`);
}
