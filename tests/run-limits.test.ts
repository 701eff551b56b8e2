import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Linter, UsageError } from '../src/index.js';
import { root, runCliInProcess } from './helpers/lint.js';

/** Issue 13: limits are validated, so no timer overflows into “stop every file at once”. */
describe('limits', () => {
  const advert = join(root, 'examples', 'poor-advert.md');

  test('a time limit past what a timer can wait is one clear line, exit code 2', async () => {
    const { code, stderr } = await runCliInProcess(['--timeout', '2147484', advert]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')[0]).toMatch(/--timeout.*expected a time in seconds, more than 0 and at most 2147483/);
    expect((await runCliInProcess(['--timeout', '2147483', '--format', 'json', advert])).code).not.toBe(2);
  });

  test('so is one in a configuration file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-limits-'));
    writeFileSync(join(folder, 'widen.config.json'), JSON.stringify({ limits: { timeout: 1e300 } }));
    writeFileSync(join(folder, 'advert.md'), 'We utilise hoists.\n');
    const { code, stderr } = await runCliInProcess([join(folder, 'advert.md')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/widen\.config\.json:1:12: limits\.timeout: must be <= 2147483/);
  });

  test('and in the API', () => {
    expect(() => new Linter({ timeoutMs: 1e300 })).toThrow(UsageError);
    expect(() => new Linter({ maxFileBytes: -1 })).toThrow(/maxFileBytes must be more than 0/);
    expect(() => new Linter({ timeoutMs: 30_000 })).not.toThrow();
  });
});
