/**
 * Every file widen reads goes through src/io/read.ts: opened once, a regular file only, read with a
 * cap that does not trust `stat`. A hostile repository (a fork's pull request in CI) can name a
 * device, a FIFO or `/proc/self/pagemap` as its `.gitignore`, configuration, review or baseline.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NotRegularFileError, readFileCapped, readFileCappedAsync, readTextCapped, TooLargeError } from '../src/io/read.js';
import { root, runCliInProcess } from './helpers/lint.js';

const work = mkdtempSync(join(tmpdir(), 'widen-read-'));
const advert = '# Care assistant\n\nYou will utilise the hoist. The pay is £12.60 an hour.\n';
const fifo = (path: string): string => {
  execFileSync('mkfifo', [path]);
  return path;
};
/** A "regular" file of size 0 that reads gigabytes, on Linux. */
const pagemap = '/proc/self/pagemap';
const hasPagemap = existsSync(pagemap);

describe('readFileCapped', () => {
  test('reads a regular file whole, and strips a UTF-8 byte order mark from text', async () => {
    const path = join(work, 'plain.json');
    writeFileSync(path, '\uFEFF{"a":1}');
    expect(readTextCapped(path, { maxBytes: 100 })).toBe('{"a":1}');
    expect((await readFileCappedAsync(path, { maxBytes: 100 })).toString()).toBe('\uFEFF{"a":1}');
    expect(readFileCapped(path, { maxBytes: 10 }).length).toBe(10);
  });

  test('refuses a device, a FIFO and a folder without reading (a FIFO would block for ever)', async () => {
    const pipe = fifo(join(work, 'pipe'));
    for (const [path, kind] of [
      ['/dev/zero', 'a device'],
      [pipe, 'a named pipe (FIFO)'],
      [work, 'a folder'],
    ] as const) {
      expect(() => readFileCapped(path, { maxBytes: 100 })).toThrow(new NotRegularFileError(kind));
      await expect(readFileCappedAsync(path, { maxBytes: 100 })).rejects.toThrow(`this is ${kind}, not a regular file, so widen did not read it`);
    }
    const link = join(work, 'zero-link');
    symlinkSync('/dev/zero', link);
    expect(() => readFileCapped(link, { maxBytes: 100 })).toThrow(/^this is a device, not a regular file/);
  });

  test('a file larger than the cap is refused by its size, before reading', () => {
    const path = join(work, 'big.txt');
    writeFileSync(path, 'x'.repeat(2000));
    expect(() => readFileCapped(path, { maxBytes: 1000 })).toThrow(TooLargeError);
    expect(() => readFileCapped(path, { maxBytes: 1000 })).toThrow('it is 2 KB, more than the 1000 bytes widen reads of it');
  });

  test.runIf(hasPagemap)('a file that reads more than its size says is cut off one chunk past the cap', async () => {
    const error = (() => {
      try {
        readFileCapped(pagemap, { maxBytes: 1024 * 1024 });
      } catch (caught) {
        return caught as TooLargeError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error!.grew).toBe(true);
    expect(error!.message).toBe('it holds more than the 1 MB widen reads of it, though its size on disk says 0 bytes, so widen stopped reading it');
    await expect(readFileCappedAsync(pagemap, { maxBytes: 1024 * 1024 })).rejects.toThrow(/^it holds more than the 1 MB/);
  });

  test('a missing file is a system error with its code, for the caller to word', () => {
    expect(() => readFileCapped(join(work, 'none'), { maxBytes: 10 })).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('every file widen reads, through the CLI', () => {
  const config = join(root, 'tests', 'fixtures', 'empty.widenrc.json');
  /** A repository folder with one advert and `name` (under it) made by `make`. */
  const repository = (label: string, name: string, make: (path: string) => void): string => {
    const folder = join(work, label);
    mkdirSync(join(folder, '.git', 'info'), { recursive: true });
    writeFileSync(join(folder, 'advert.md'), advert);
    make(join(folder, name));
    return folder;
  };
  const toZero = (path: string): void => symlinkSync('/dev/zero', path);

  type Case = [name: string, make: (path: string) => void, message: RegExp];
  const ignoreCases: Case[] = [
    ['.gitignore', toZero, /^widen: .*\.gitignore: cannot read this ignore file: this is a device, not a regular file, so widen did not read it$/m],
    ['.gitignore', (path: string) => void fifo(path), /^widen: .*\.gitignore: cannot read this ignore file: this is a named pipe \(FIFO\), not a regular file/m],
    ['.git/info/exclude', toZero, /^widen: .*\.git\/info\/exclude: cannot read this ignore file: this is a device/m],
    ...(hasPagemap ? [['.gitignore', (path: string) => symlinkSync(pagemap, path), /^widen: .*\.gitignore: cannot read this ignore file: it holds more than the 1 MB widen reads of it/m] as Case] : []),
  ];
  test.each(ignoreCases)('an ignore file %s that is hostile is an error naming it; the advert is still linted', async (name, make, message) => {
    const folder = repository(`ignore-${name.replace(/\W/g, '')}-${Math.random().toString(36).slice(2)}`, name, make);
    const cli = await runCliInProcess(['--config', config, '--format', 'json', folder]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(message);
    const files = (JSON.parse(cli.stdout) as { files: Array<{ path: string; error?: string; diagnostics: unknown[] }> }).files;
    expect(files.find((file) => file.path.endsWith('advert.md'))!.diagnostics.length).toBeGreaterThan(0);
  });

  const configCases: Case[] = [
    ['widen.config.json', toZero, /widen\.config\.json: cannot read configuration: this is a device, not a regular file/],
    ['.widenrc.json', (path: string) => void fifo(path), /\.widenrc\.json: cannot read configuration: this is a named pipe \(FIFO\)/],
    ['package.json', toZero, /package\.json: cannot read configuration: this is a device/],
    ...(hasPagemap
      ? ([
          ['package.json', (path: string) => symlinkSync(pagemap, path), /package\.json: cannot read configuration: it holds more than the 1 MB widen reads of it/],
          ['widen.config.json', (path: string) => symlinkSync(pagemap, path), /widen\.config\.json: cannot read configuration: it holds more than the 1 MB/],
        ] as Case[])
      : []),
  ];
  test.each(configCases)('a configuration file %s that is hostile is an error for the files it would govern', async (name, make, message) => {
    const folder = repository(`config-${name.replace(/\W/g, '')}-${Math.random().toString(36).slice(2)}`, name, make);
    const cli = await runCliInProcess([folder]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(message);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--config, --review and --baseline naming a FIFO or a device are one-line errors, at once', async () => {
    const pipe = fifo(join(work, 'options-pipe'));
    const good = join(work, 'good.md');
    writeFileSync(good, advert);
    for (const [option, what] of [
      ['--config', 'cannot read configuration'],
      ['--review', 'cannot read the review file'],
      ['--baseline', 'cannot read the baseline'],
    ] as const) {
      for (const [path, kind] of [
        [pipe, 'a named pipe \\(FIFO\\)'],
        ['/dev/zero', 'a device'],
      ] as const) {
        const cli = await runCliInProcess([option, path, good]);
        expect(cli.code, `${option} ${path}`).toBe(2);
        expect(cli.stderr).toMatch(new RegExp(`^widen: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ${what}: this is ${kind}, not a regular file, so widen did not read it\\n$`));
      }
    }
  });

  test('a configuration over 1 MB is a clear error, not an out-of-memory abort', async () => {
    const big = join(work, 'big.widenrc.json');
    // 27 MB of valid configuration: read whole, it took 4 GB and V8 aborted.
    writeFileSync(big, `{"ignore":[${Array.from({ length: 2_600_000 }, (_, i) => `"x${i}"`).join(',')}]}`);
    const cli = await runCliInProcess(['--config', big, join(root, 'examples', 'poor-advert.md')]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/^widen: .*big\.widenrc\.json: cannot read configuration: it is 2\d MB, more than the 1 MB widen reads of it \(configuration may be at most 1 MB\)\n$/);
  });

  test('configuration with a UTF-8 byte order mark is read, as review and baseline files are', async () => {
    const folder = join(work, 'bom');
    mkdirSync(folder);
    writeFileSync(join(folder, '.widenrc.json'), `\uFEFF${JSON.stringify({ rules: { 'simpler-words': 'error' } })}`);
    writeFileSync(join(folder, 'advert.md'), advert);
    const cli = await runCliInProcess(['--format', 'json', join(folder, 'advert.md')]);
    expect(cli.stderr).toBe('');
    const [file] = (JSON.parse(cli.stdout) as { files: Array<{ diagnostics: Array<{ ruleId: string; severity: string }> }> }).files;
    expect(file!.diagnostics.find((d) => d.ruleId === 'simpler-words')!.severity).toBe('error');
  });

  test.runIf(hasPagemap)('a document that is a link to /proc/self/pagemap is cut off at the size limit', async () => {
    const link = join(work, 'pagemap.md');
    symlinkSync(pagemap, link);
    const good = join(work, 'good-beside.md');
    writeFileSync(good, advert);
    const cli = await runCliInProcess(['--config', config, '--format', 'json', link, good]);
    expect(cli.code).toBe(2);
    const files = (JSON.parse(cli.stdout) as { files: Array<{ path: string; error?: string; diagnostics: unknown[] }> }).files;
    expect(files[0]!.error).toMatch(/^the file holds more than the 10 MB limit, though its size on disk says less, so widen stopped reading it/);
    expect(files[1]!.diagnostics.length).toBeGreaterThan(0);
  });
});
