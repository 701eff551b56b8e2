import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { resolveConfig } from '../src/config/config.js';
import { Linter } from '../src/index.js';
import { progressBar, progressWanted } from '../src/cli/progress.js';
import { inShard, parseShard } from '../src/run/shard.js';
import { lintFile } from '../src/run/lint-file.js';
import { lintInWorkers, workerScript } from '../src/run/pool.js';
import { runCli, runCliInProcess } from './helpers/lint.js';

const sentences = [
  'You will help people with washing, dressing and eating.',
  'The successful candidate will utilise their skills within the team.',
  'We will train you and you will work alongside an experienced colleague.',
  'The pay is £24,071 a year for 37.5 hours a week.',
  'You will liaise with colleagues in order to facilitate person-centred care.',
  'Tell us if you need any changes to the way we interview you.',
  'The closing date is Friday 5 March 2027.',
  'Please ensure documentation is completed in a timely manner.',
];

/** `count` small adverts, different from each other, in nested folders. */
function corpus(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'widen-parallel-'));
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const path = join(folder, `team-${i % 4}`, `advert-${String(i).padStart(3, '0')}.md`);
    mkdirSync(join(path, '..'), { recursive: true });
    const body = Array.from({ length: 3 + Math.floor(next() * 6) }, () => sentences[Math.floor(next() * sentences.length)]).join(' ');
    writeFileSync(path, `# Advert ${i}\n\n${body}\n`);
  }
  return folder;
}

/** Runs the CLI with the report written to a file (reports of many files outgrow a pipe buffer). */
async function report(args: string[]): Promise<{ text: string; code: number | null; stderr: string }> {
  const output = join(mkdtempSync(join(tmpdir(), 'widen-report-')), 'report');
  const { code, stderr } = await runCliInProcess([...args, '--output', output]);
  return { text: readFileSync(output, 'utf8'), code, stderr };
}

let folder: string;
beforeAll(() => {
  folder = corpus(64);
});

describe('worker threads', () => {
  test('the built worker script exists (workers always run dist/)', () => {
    expect(workerScript()).toMatch(/dist[\\/]src[\\/]worker\.js$/);
  });

  test('--jobs 2 gives byte-identical output to --jobs 1', async () => {
    for (const format of ['json', 'stylish', 'sarif']) {
      const one = await report(['--format', format, '--jobs', '1', folder]);
      const two = await report(['--format', format, '--jobs', '2', folder]);
      expect(one.code).toBe(two.code);
      expect(two.stderr).toBe('');
      expect(two.text.length).toBeGreaterThan(1000);
      expect(two.text === one.text, format).toBe(true);
    }
  });

  test('the pool gives the same results as linting in this thread, whatever order files finish in', async () => {
    const linter = new Linter({ jobs: 1 });
    const expected = await linter.lintPaths([folder]);
    const tasks = expected.map((result) => ({
      path: result.path,
      settings: { format: 'markdown' as const, config: resolveConfig(rules, undefined, result.path, {}), includeBlocks: false },
    }));
    const fromWorkers = new Array(tasks.length);
    const order: number[] = [];
    await lintInWorkers(tasks, 2, (index, outcome) => {
      fromWorkers[index] = outcome.result;
      order.push(index);
    });
    expect(fromWorkers).toEqual(expected);
    expect(order).toHaveLength(tasks.length);
    expect(await lintFile(tasks[0]!.path, tasks[0]!.settings)).toEqual(expected[0]);
  });
});

describe('cache', () => {
  test('a warm run gives the same output as a cold one, and reads results instead of linting', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'widen-cache-'));
    const plain = await report(['--format', 'json', folder]);
    const cold = await report(['--format', 'json', '--cache-location', cache, folder]);
    const warm = await report(['--format', 'json', '--cache', '--cache-location', cache, folder]);
    expect(cold.text === plain.text).toBe(true);
    expect(warm.text === plain.text).toBe(true);

    // Prove the warm run lints nothing: a result planted in the cache (signed with the cache's
    // key, as widen signs its entries: src/run/cache.ts) comes back as it is.
    const file = join(cache, 'results.json');
    const secret = Buffer.from(readFileSync(join(cache, 'key'), 'latin1'), 'hex');
    type Entry = { key: string; mac: string; result: { diagnostics: Array<{ message: string }> } };
    const plant = (stored: { stamp: string; entries: Record<string, Entry> }, path: string): void => {
      const entry = stored.entries[path]!;
      entry.result.diagnostics[0]!.message = 'FROM THE CACHE';
      entry.mac = createHmac('sha256', secret).update(`${stored.stamp}\0${path}\0${entry.key}\0`).update(JSON.stringify(entry.result)).digest('hex');
      writeFileSync(file, JSON.stringify(stored));
    };
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    const [key] = Object.keys(stored.entries).sort();
    plant(stored, key!);
    expect((await report(['--format', 'json', '--cache-location', cache, folder])).text).toContain('FROM THE CACHE');

    // Changing the file, or the configuration, lints it again.
    writeFileSync(key!, `${readFileSync(key!, 'utf8')}\nWe will endeavour to reply.\n`);
    const edited = (await report(['--format', 'json', '--cache-location', cache, folder])).text;
    expect(edited).not.toContain('FROM THE CACHE');
    expect(edited).toContain('endeavour');
    stored.entries[key!] = JSON.parse(readFileSync(file, 'utf8')).entries[key!];
    plant(stored, key!);
    expect((await report(['--format', 'json', '--cache-location', cache, folder])).text).toContain('FROM THE CACHE');
    expect((await report(['--format', 'json', '--cache-location', cache, '--rule', 'simpler-words=error', folder])).text).not.toContain('FROM THE CACHE');
  });

  test('--cache keeps results in .widencache of the working folder', async () => {
    const cwd = corpus(3);
    const run = await runCliInProcess(['--cache', '.'], { cwd });
    expect(run.stderr).toBe('');
    expect(() => readFileSync(join(cwd, '.widencache', 'results.json'))).not.toThrow();
  });
});

describe('shards', () => {
  test('shards 1/3, 2/3 and 3/3 together lint exactly the files of an unsharded run, with the same findings', async () => {
    type Output = { files: Array<{ path: string; diagnostics: unknown[] }> };
    const all = JSON.parse((await report(['--format', 'json', folder])).text) as Output;
    const shards: Output[] = [];
    for (const i of [1, 2, 3]) shards.push(JSON.parse((await report(['--format', 'json', '--shard', `${i}/3`, folder])).text) as Output);
    for (const shard of shards) expect(shard.files.length).toBeGreaterThan(5);
    const paths = shards.flatMap((shard) => shard.files.map((file) => file.path));
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual(all.files.map((file) => file.path).sort());
    const byPath = new Map(shards.flatMap((shard) => shard.files.map((file) => [file.path, file] as const)));
    expect(all.files.map((file) => byPath.get(file.path))).toEqual(all.files);
  });

  test('the split depends only on each path, so adding files moves none', () => {
    const shard = parseShard('2/5');
    const before = Array.from({ length: 200 }, (_, i) => `adverts/${i}.md`);
    const after = [...before, ...Array.from({ length: 100 }, (_, i) => `adverts/new-${i}.md`)];
    const chosen = before.filter((path) => inShard(path, shard));
    expect(after.filter((path) => inShard(path, shard)).slice(0, chosen.length)).toEqual(chosen);
    expect(chosen.length).toBeGreaterThan(20);
    expect(inShard('./adverts/1.md', shard)).toBe(inShard('adverts/1.md', shard));
  });

  test('a bad shard is a usage error', async () => {
    expect(() => parseShard('0/3')).toThrow();
    expect(() => parseShard('4/3')).toThrow();
    expect((await runCliInProcess(['--shard', 'x', 'examples/'])).code).toBe(2);
  });
});

describe('progress', () => {
  const tty = { isTTY: true, write: () => true };
  const pipe = { isTTY: false, write: () => true };

  test('only on a terminal: never when CI is set or the report is piped', () => {
    expect(progressWanted(tty, tty, false, {})).toBe(true);
    expect(progressWanted(tty, pipe, true, {})).toBe(true);
    expect(progressWanted(tty, pipe, false, {})).toBe(false);
    expect(progressWanted(pipe, tty, false, {})).toBe(false);
    expect(progressWanted(tty, tty, false, { CI: 'true' })).toBe(false);
  });

  test('draws files done / total and the time taken, then clears its line', () => {
    const written: string[] = [];
    let now = 0;
    const bar = progressBar({ isTTY: true, columns: 60, write: (text: string) => written.push(text) }, () => now);
    bar.update(1, 5);
    expect(written).toEqual([]);
    now = 200;
    bar.update(10, 40);
    now = 250;
    bar.update(11, 40);
    now = 1500;
    bar.update(40, 40);
    bar.clear();
    expect(written).toEqual([
      '\r\u001b[2K[#####---------------] 10/40 files  0.2s',
      '\r\u001b[2K[####################] 40/40 files  1.5s',
      '\r\u001b[2K',
    ]);
  });

  // A child process, so that its standard output and error are real pipes, not terminals.
  test('nothing on standard error when the output is piped', () => {
    const { stderr } = runCli(['--format', 'json', folder], { env: { CI: '' } });
    expect(stderr).toBe('');
  });
});
