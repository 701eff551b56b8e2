import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lint.js';

/** The user the tests run widen as when they run as root, who may read anything. */
export const nobody = { uid: 65534, gid: 65534 };

let reachable: string | undefined;

/**
 * A widen package folder the user nobody may read: the checkout itself, or, when it sits in a
 * folder only root may open (a clone in /root, or in `mktemp -d`), a copy of what the built CLI
 * reads (bin, dist, the rule docs, the schemas, the test fixtures), made once a process.
 */
export function packageForNobody(): string {
  if (reachable) return reachable;
  const probe = spawnSync(process.execPath, ['-e', 'require("node:fs").accessSync(process.argv[1])', join(root, 'dist', 'src', 'cli.js')], nobody);
  if (probe.status === 0) return (reachable = root);
  const copy = mkdtempSync(join(tmpdir(), 'widen-for-nobody-'));
  for (const part of ['bin', 'dist', 'rules', 'schemas', 'package.json', join('tests', 'fixtures')]) cpSync(join(root, part), join(copy, part), { recursive: true });
  chmodSync(copy, 0o755);
  return (reachable = copy);
}
