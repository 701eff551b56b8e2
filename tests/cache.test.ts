/**
 * The cache folder is a trust boundary (src/run/cache.ts): a shared `--cache-location`, a cache
 * restored in CI, or a `.widencache` committed to the repository being linted. Nothing planted in
 * it may make widen write elsewhere, hide findings, crash or hang.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Linter } from '../src/index.js';
import type { FileResult } from '../src/model/diagnostic.js';
import { defaultCacheLocation, LintCache } from '../src/run/cache.js';
import { root, runCliInProcess } from './helpers/lint.js';

const config = join(root, 'tests', 'fixtures', 'empty.widenrc.json');
const advert = '# Care assistant\n\nYou will utilise the hoist. You must be a native English speaker.\n';
let count = 0;

/** A folder with an advert, and a cache for it, warmed by one run. */
async function warmed(): Promise<{ dir: string; cache: string; path: string; findings: number }> {
  const dir = mkdtempSync(join(tmpdir(), `widen-cache-${count++}-`));
  const path = join(dir, 'advert.md');
  writeFileSync(path, advert);
  const cache = join(dir, 'cache');
  const [result] = await lint(cache, path);
  expect(existsSync(join(cache, 'results.json'))).toBe(true);
  return { dir, cache, path, findings: result!.diagnostics.length };
}

async function lint(cache: string, path: string): Promise<FileResult[]> {
  return new Linter({ configPath: config, cacheLocation: cache, jobs: 1 }).lintPaths([path]);
}

const stored = (cache: string) => JSON.parse(readFileSync(join(cache, 'results.json'), 'utf8')) as { stamp: string; entries: Record<string, Record<string, unknown>> };

describe('the cache as a trust boundary', () => {
  test('a link planted where widen writes its temporary file is never followed', async () => {
    const { cache, path } = await warmed();
    const victim = join(cache, '..', 'victim.txt');
    writeFileSync(victim, 'precious');
    // The names the old code used (results.json.<pid>.tmp) for this and nearby processes.
    for (let pid = process.pid - 50; pid < process.pid + 50; pid++) symlinkSync(victim, join(cache, `results.json.${pid}.tmp`));
    writeFileSync(path, `${advert}\nWe will endeavour to reply.\n`);
    const opened = LintCache.open(cache);
    opened.set(path, 'changed', { path, format: 'markdown', profile: 'advert', stats: { words: 1, sentences: 1, readingAge: null }, diagnostics: [] });
    opened.save();
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(cache, 'results.json')).isFile()).toBe(true);
    // Nothing but the key and the results, besides the planted links.
    expect(readdirSync(cache).filter((name) => !lstatSync(join(cache, name)).isSymbolicLink()).sort()).toEqual(['key', 'results.json']);
  });

  test('a tampered entry with no findings does not hide the file’s findings, and is noted', async () => {
    const { cache, path, findings } = await warmed();
    const data = stored(cache);
    for (const entry of Object.values(data.entries)) (entry.result as FileResult).diagnostics = [];
    writeFileSync(join(cache, 'results.json'), JSON.stringify(data));
    const opened = LintCache.open(cache);
    const [result] = await new Linter({ configPath: config, jobs: 1 }).lintPaths([path]);
    expect(result!.diagnostics).toHaveLength(findings);
    // Through the cache: the tampered entry is not believed.
    const [again] = await lint(cache, path);
    expect(again!.diagnostics).toHaveLength(findings);
    const key = Object.values(data.entries)[0]!.key as string;
    expect(opened.get(path, key)).toBeUndefined();
    expect(opened.notes).toEqual(['a cache entry did not verify (changed by something other than widen, or written under another key), so its file was linted again']);
  });

  test.each([
    ['null', null],
    ['a string', 'x'],
    ['an array', []],
    ['an entry whose result is null', 'result-null'],
    ['an entry whose findings are null', 'diagnostics-null'],
  ])('a malformed entry (%s) is ignored, never a crash', async (_name, value) => {
    const { cache, path, findings } = await warmed();
    const data = stored(cache);
    for (const [file, entry] of Object.entries(data.entries)) {
      data.entries[file] = value === 'result-null' ? { ...entry, result: null } : value === 'diagnostics-null' ? { ...entry, result: { ...(entry.result as object), diagnostics: null } } : (value as never);
    }
    writeFileSync(join(cache, 'results.json'), JSON.stringify(data));
    const [result] = await lint(cache, path);
    expect(result!.error).toBeUndefined();
    expect(result!.diagnostics).toHaveLength(findings);
    // And through the CLI, which crashed with "Cannot read properties of null". In this process its
    // code stamp is the library's, so it reads the malformed entry, and says it did not trust it.
    writeFileSync(join(cache, 'results.json'), JSON.stringify(data));
    const cli = await runCliInProcess(['--config', config, '--cache-location', cache, '--format', 'json', path]);
    expect(cli.stderr).toBe('widen: a cache entry did not verify (changed by something other than widen, or written under another key), so its file was linted again\n');
    expect((JSON.parse(cli.stdout) as { files: FileResult[] }).files[0]!.diagnostics).toHaveLength(findings);
  });

  test.each([
    ['a link to /dev/zero', (file: string) => symlinkSync('/dev/zero', file)],
    ['a FIFO', (file: string) => execFileSync('mkfifo', [file])],
    ['a link to a regular file elsewhere', (file: string) => symlinkSync(config, file)],
    ['not JSON', (file: string) => writeFileSync(file, '{"version": 2, "entr')],
  ])('results.json that is %s is not used, with a note, at once', async (_name, make) => {
    const { cache, path, findings } = await warmed();
    rmSync(join(cache, 'results.json'));
    make(join(cache, 'results.json'));
    const opened = LintCache.open(cache);
    expect(opened.notes.join('\n')).toMatch(/^the cache file .*results\.json could not be used \(.+\), so the cache starts afresh$/);
    const [result] = await lint(cache, path);
    expect(result!.diagnostics).toHaveLength(findings);
    // The next save replaces it with a regular file (a rename replaces a link, not its target).
    expect(lstatSync(join(cache, 'results.json')).isFile()).toBe(true);
    expect(readFileSync(config, 'utf8')).toMatch(/^\{/);
  });

  test('a key that is a link, readable by others, or of the wrong form is replaced, and every entry signed with it fails', async () => {
    for (const spoil of [
      (key: string) => chmodSync(key, 0o644),
      (key: string) => {
        const elsewhere = `${key}.planted`;
        writeFileSync(elsewhere, readFileSync(key));
        chmodSync(elsewhere, 0o600);
        rmSync(key);
        symlinkSync(elsewhere, key);
      },
      (key: string) => writeFileSync(key, 'short'),
    ]) {
      const { cache, path } = await warmed();
      const key = join(cache, 'key');
      const before = readFileSync(key, 'latin1');
      spoil(key);
      const opened = LintCache.open(cache);
      const entry = Object.values(stored(cache).entries)[0]!;
      expect(opened.get(path, entry.key as string)).toBeUndefined();
      expect(lstatSync(key).isFile()).toBe(true);
      expect(statSync(key).mode & 0o777).toBe(0o600);
      expect(readFileSync(key, 'latin1')).not.toBe(before);
    }
  });

  test('a cache folder that is a link is not used, and nothing is written through it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'widen-cache-link-'));
    const target = join(dir, 'elsewhere');
    mkdirSync(target);
    const link = join(dir, 'cache');
    symlinkSync(target, link);
    const path = join(dir, 'advert.md');
    writeFileSync(path, advert);
    const opened = LintCache.open(link);
    expect(opened.notes).toEqual([`the cache in ${link} was not used: it is a symbolic link (widen does not follow links for its cache)`]);
    const [result] = await lint(link, path);
    expect(result!.diagnostics.length).toBeGreaterThan(0);
    expect(readdirSync(target)).toEqual([]);
  });

  test('an entry is used only for the same bytes, settings and widen: a valid one comes back', async () => {
    const { cache, path } = await warmed();
    const opened = LintCache.open(cache);
    const entry = Object.values(stored(cache).entries)[0]!;
    expect(opened.get(path, entry.key as string)?.path).toBe(path);
    expect(opened.get(path, 'another key')).toBeUndefined();
    expect(opened.notes).toEqual([]);
  });

  test('--cache keeps its results in .widencache in the working folder by default', async () => {
    expect(defaultCacheLocation).toBe('.widencache');
    const dir = mkdtempSync(join(tmpdir(), 'widen-cache-default-'));
    writeFileSync(join(dir, 'advert.md'), advert);
    await runCliInProcess(['--config', config, '--cache', 'advert.md'], { cwd: dir });
    expect(readdirSync(join(dir, '.widencache')).sort()).toEqual(['key', 'results.json']);
    expect(statSync(join(dir, '.widencache', 'key')).mode & 0o777).toBe(0o600);
  });

  test('what the cache did not trust is said on standard error, one line, and the file is linted', async () => {
    const { dir, cache, findings } = await warmed();
    const args = ['--config', config, '--cache-location', 'cache', '--format', 'json', 'advert.md'];
    // The CLI in this process has the library's code stamp, so it trusts the entries the library wrote.
    expect((await runCliInProcess(args, { cwd: dir })).stderr).toBe('');
    const data = stored(cache);
    for (const entry of Object.values(data.entries)) (entry.result as FileResult).diagnostics = [];
    writeFileSync(join(cache, 'results.json'), JSON.stringify(data));
    const { stderr, stdout } = await runCliInProcess(args, { cwd: dir });
    expect(stderr).toBe('widen: a cache entry did not verify (changed by something other than widen, or written under another key), so its file was linted again\n');
    expect((JSON.parse(stdout) as { files: FileResult[] }).files[0]!.diagnostics).toHaveLength(findings);
  });

  test('the audience is part of the key: a result for registered staff is not reused for new entrants', async () => {
    const { cache, path } = await warmed();
    const linter = (audience: 'registered' | 'new-entrant') => new Linter({ configPath: config, cacheLocation: cache, jobs: 1, audience });
    const [registered] = await linter('registered').lintPaths([path]);
    const [newEntrant] = await linter('new-entrant').lintPaths([path]);
    expect(registered!.stats.audience).toBe('registered');
    expect(newEntrant!.stats.audience).toBe('new-entrant');
  });
});
