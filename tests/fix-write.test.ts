/**
 * How `--fix` writes a file back: through a symbolic link, keeping hard links, owner and mode,
 * refusing a read-only file, and leaving nothing behind when the disk is full.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { writeAtomically } from '../src/fix/fix.js';
import { root, runCliInProcess } from './helpers/lint.js';
import { nobody, packageForNobody } from './helpers/unprivileged.js';

/** Makes the next `writeSync` (or `fsyncSync`) calls fail as on a full disk, when set. */
const failures = vi.hoisted(() => ({ write: 0, fsync: 0, writeAfter: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const full = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const writeSync = ((...args: Parameters<typeof actual.writeSync>) => {
    if (failures.writeAfter > 0) failures.writeAfter--;
    else if (failures.write > 0) {
      failures.write--;
      throw full();
    }
    return (actual.writeSync as (...a: unknown[]) => number)(...args);
  }) as typeof actual.writeSync;
  const fsyncSync = ((fd: number) => {
    if (failures.fsync > 0) {
      failures.fsync--;
      throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    }
    return actual.fsyncSync(fd);
  }) as typeof actual.fsyncSync;
  return { ...actual, writeSync, fsyncSync, default: { ...actual, writeSync, fsyncSync } };
});

afterEach(() => {
  failures.write = 0;
  failures.fsync = 0;
  failures.writeAfter = 0;
});

const asRoot = process.getuid?.() === 0;
const work = mkdtempSync(join(tmpdir(), 'widen-fix-write-'));
const advert = '# Job\n\nPlease utilise the portal. You will commence on Monday.\n';
const fixed = '# Job\n\nPlease use the portal. You will start on Monday.\n';
const config = join(root, 'tests', 'fixtures', 'empty.widenrc.json');
let count = 0;
/** Whether this machine lets the tests mount a small tmpfs (root, with the right to mount). */
const canMount = ((): boolean => {
  if (!asRoot || process.platform !== 'linux') return false;
  const probe = mkdtempSync(join(tmpdir(), 'widen-mount-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', probe]).status !== 0) return false;
  spawnSync('umount', [probe]);
  return true;
})();
const folder = (): string => {
  const dir = join(work, `case-${count++}`);
  mkdirSync(dir);
  return dir;
};
/** What widen left beside the file: temporary files and copies of originals. */
const leftovers = (dir: string): string[] => readdirSync(dir).filter((name) => name.includes('.widen-'));

describe('--fix writes the file a careful editor would', () => {
  test('through a symbolic link: the file it points to is fixed, and the link stays a link', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'target.md'), advert);
    symlinkSync('target.md', join(dir, 'link.md'));
    const cli = await runCliInProcess(['--config', config, '--fix', join(dir, 'link.md')]);
    expect(cli.stderr).toMatch(/fixed 2 problems/);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.md'), 'utf8')).toBe(fixed);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a file with another hard link is written in place, so both names see the fix', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.md'), advert);
    linkSync(join(dir, 'a.md'), join(dir, 'b.md'));
    const inode = statSync(join(dir, 'a.md')).ino;
    const cli = await runCliInProcess(['--config', config, '--fix', join(dir, 'a.md')]);
    // Exit code 1: the fixed file still gives no pay or closing date (errors); the fix itself went through.
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/fixed 2 problems/);
    expect(statSync(join(dir, 'a.md')).ino).toBe(inode);
    expect(statSync(join(dir, 'a.md')).nlink).toBe(2);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(fixed);
    expect(leftovers(dir)).toEqual([]);
  });

  test.runIf(asRoot)("another user's file keeps its owner, group and mode (widen running as root)", async () => {
    const dir = folder();
    const path = join(dir, 'theirs.md');
    writeFileSync(path, advert);
    chownSync(path, 1234, 2345);
    chmodSync(path, 0o640);
    const cli = await runCliInProcess(['--config', config, '--fix', path]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/fixed 2 problems/);
    const after = statSync(path);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([1234, 2345, 0o640]);
    expect(readFileSync(path, 'utf8')).toBe(fixed);
  });

  test.runIf(asRoot)('a file widen may write but whose owner it cannot give back is written in place, keeping the owner', () => {
    // Run as the unprivileged user nobody, fixing root's world-writable file in a shared folder:
    // a rename would hand the file to nobody.
    const dir = folder();
    chmodSync(work, 0o755);
    chmodSync(dir, 0o777);
    const path = join(dir, 'shared.md');
    writeFileSync(path, advert);
    chmodSync(path, 0o666);
    const widen = packageForNobody();
    const result = spawnSync(process.execPath, [join(widen, 'bin', 'widen.js'), '--config', join(widen, 'tests', 'fixtures', 'empty.widenrc.json'), '--fix', path], { encoding: 'utf8', ...nobody, env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).toMatch(/fixed 2 problems/);
    const after = statSync(path);
    expect([after.uid, after.gid, after.mode & 0o777]).toEqual([0, 0, 0o666]);
    expect(readFileSync(path, 'utf8')).toBe(fixed);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a read-only file is refused with one line and exit code 2, and left as it was', async () => {
    const dir = folder();
    const path = join(dir, 'locked.md');
    writeFileSync(path, advert);
    chmodSync(path, 0o444);
    const cli = await runCliInProcess(['--config', config, '--fix', path]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/locked\.md: could not write it \(it is read-only, so widen did not change it; make it writable \(chmod u\+w\) to let widen fix it\)\n/);
    expect(readFileSync(path, 'utf8')).toBe(advert);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  test('the copy of an original left by an interrupted in-place write stops the next fix until someone checks it', async () => {
    const dir = folder();
    const path = join(dir, 'a.md');
    writeFileSync(path, advert);
    linkSync(path, join(dir, 'b.md'));
    // A process id that cannot be running.
    writeFileSync(join(dir, '.a.md.widen-99999999-0badcafe.bak'), advert);
    const cli = await runCliInProcess(['--config', config, '--fix', path]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/a\.md: could not write it \(an earlier --fix was stopped while writing it, and left its original in \.a\.md\.widen-99999999-0badcafe\.bak; check the file, then remove that copy\)/);
    expect(readFileSync(path, 'utf8')).toBe(advert);
  });
});

describe('a write that fails leaves the original and nothing else', () => {
  test.each([
    ['the write', () => (failures.write = 1)],
    ['the flush', () => (failures.fsync = 1)],
  ])('when %s fails (a full disk), the temporary file is removed', (_what, fail) => {
    const dir = folder();
    const path = join(dir, 'a.md');
    writeFileSync(path, advert);
    fail();
    expect(() => writeAtomically(path, Buffer.from(fixed), Buffer.from(advert))).toThrow(/ENOSPC|EIO/);
    expect(readFileSync(path, 'utf8')).toBe(advert);
    expect(leftovers(dir)).toEqual([]);
  });

  test('in place: a failed write is undone from memory, and the copy of the original is removed', () => {
    const dir = folder();
    const path = join(dir, 'a.md');
    writeFileSync(path, advert);
    linkSync(path, join(dir, 'b.md'));
    // The copy of the original is written; the first write of the new content fails.
    failures.writeAfter = 1;
    failures.write = 1;
    expect(() => writeAtomically(path, Buffer.from(fixed), Buffer.from(advert))).toThrow(/ENOSPC/);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(advert);
    expect(leftovers(dir)).toEqual([]);
  });

  test('in place: when the original cannot be written back either, its copy stays and the error names it', async () => {
    const dir = folder();
    const path = join(dir, 'a.md');
    writeFileSync(path, advert);
    linkSync(path, join(dir, 'b.md'));
    failures.writeAfter = 1;
    failures.write = 2;
    expect(() => writeAtomically(path, Buffer.from(fixed), Buffer.from(advert))).toThrow(/^ENOSPC while writing it in place; its original is kept in \.a\.md\.widen-\d+-[0-9a-f]{8}\.bak$/);
    const [copy] = leftovers(dir);
    expect(readFileSync(join(dir, copy!), 'utf8')).toBe(advert);
  });

  test.runIf(canMount)('on a really full disk (a small tmpfs), every file gets a one-line error and no temporary file is left', async () => {
    const dir = folder();
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir]).status).toBe(0);
      try {
        const body = `# Job\n\nPlease utilise the portal. ${'We help people to live well. '.repeat(100)}\n`;
        writeFileSync(join(dir, 'a.md'), body);
        writeFileSync(join(dir, 'b.md'), body);
        spawnSync('sh', ['-c', `head -c 20000 /dev/zero > ${join(dir, 'fill')}`]);
        const cli = await runCliInProcess(['--config', config, '--fix', join(dir, 'a.md'), join(dir, 'b.md')]);
        expect(cli.code).toBe(2);
        expect(cli.stderr).toMatch(/a\.md: could not write it \(ENOSPC\)\n/);
        expect(cli.stderr).toMatch(/b\.md: could not write it \(ENOSPC\)\n/);
        expect(leftovers(dir)).toEqual([]);
        expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(body);
      } finally {
        spawnSync('umount', [dir]);
      }
  });
});
