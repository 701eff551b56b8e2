import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusNotice } from './corpus.js';

const root = join(import.meta.dirname, '..', '..');
const stamp = join(root, 'dist', '.inputs-sha256');

/**
 * Before the suite: build (the CLI tests run the built `bin/widen.js`, the package tests pack
 * what the build wrote), and say once whether the real-document corpus was found. The build is
 * skipped when dist/ was built from exactly these sources (a hash of every input, not times), so
 * that one rule's tests start in a second or two.
 */
export default function setup(): void {
  const inputs = inputsHash();
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== inputs) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    writeFileSync(stamp, inputs);
  }
  const notice = corpusNotice();
  if (notice) process.stdout.write(`\n${notice}\n\n`);
}

/** What the build reads: the TypeScript of src/ and rules/ (not tests), the build script, the manifests. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const files = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', join('scripts', 'build.mjs')];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(path);
    }
  };
  walk('src');
  walk('rules');
  for (const file of files.sort()) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}
