/**
 * Measures widen's CI speed-ups in one run, side by side: `--jobs 2` against `--jobs 1`, and a
 * warm `--cache` run against a cold one, on a generated corpus (2,000 adverts by default).
 *
 *   npm run build && npx tsx scripts/measure-ci.ts [--files 2000] [--words 200-800] [--runs 1] [--json out.json]
 *
 * `measureCi()` is exported for the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCorpus } from '../bench/corpus.js';
import { packageRoot } from '../src/io/package-root.js';

export interface CiFigures {
  files: number;
  words: [number, number];
  cpus: number;
  /** Median milliseconds. */
  jobs1: number;
  jobs2: number;
  speedup: number;
  cold: number;
  warm: number;
  /** Warm time as a fraction of cold. */
  warmRatio: number;
}

/** Times one CLI run in milliseconds; throws if widen fails for a reason other than findings. */
export function timeWiden(args: string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(packageRoot, 'bin', 'widen.js'), ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`widen ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Builds the corpus in a temporary folder and measures; alternates runs so drift hits both sides. */
export function measureCi(options: { files?: number; words?: [number, number]; runs?: number; log?: (line: string) => void } = {}): CiFigures {
  const files = options.files ?? 2000;
  const words = options.words ?? [200, 800];
  const runs = options.runs ?? 1;
  const log = options.log ?? (() => {});
  const work = mkdtempSync(join(tmpdir(), 'widen-measure-'));
  try {
    const corpus = join(work, 'adverts');
    writeCorpus(corpus, files, 1, words);
    log(`corpus: ${files} adverts of ${words[0]}–${words[1]} words in ${corpus}`);
    const report = ['--format', 'json', '--output', join(work, 'report.json')];
    const one: number[] = [];
    const two: number[] = [];
    for (let run = 0; run < runs; run++) {
      one.push(timeWiden([...report, '--jobs', '1', corpus]));
      log(`--jobs 1: ${one.at(-1)!.toFixed(0)} ms`);
      two.push(timeWiden([...report, '--jobs', '2', corpus]));
      log(`--jobs 2: ${two.at(-1)!.toFixed(0)} ms`);
    }
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < runs; run++) {
      const cache = join(work, `cache-${run}`);
      cold.push(timeWiden([...report, '--cache-location', cache, corpus]));
      log(`cold cache: ${cold.at(-1)!.toFixed(0)} ms`);
      warm.push(timeWiden([...report, '--cache-location', cache, corpus]));
      log(`warm cache: ${warm.at(-1)!.toFixed(0)} ms`);
    }
    const figures = { jobs1: median(one), jobs2: median(two), cold: median(cold), warm: median(warm) };
    return { files, words, cpus: availableParallelism(), ...figures, speedup: figures.jobs1 / figures.jobs2, warmRatio: figures.warm / figures.cold };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const range = option('words')?.split('-').map(Number) as [number, number] | undefined;
  const figures = measureCi({
    files: Number(option('files') ?? 2000),
    ...(range ? { words: range } : {}),
    runs: Number(option('runs') ?? 1),
    log: (line) => console.error(line),
  });
  console.log(`files ${figures.files} (${figures.words[0]}–${figures.words[1]} words), ${figures.cpus} CPUs`);
  console.log(`--jobs 1   ${figures.jobs1.toFixed(0).padStart(7)} ms`);
  console.log(`--jobs 2   ${figures.jobs2.toFixed(0).padStart(7)} ms   speed-up ${figures.speedup.toFixed(2)}×`);
  console.log(`cold cache ${figures.cold.toFixed(0).padStart(7)} ms`);
  console.log(`warm cache ${figures.warm.toFixed(0).padStart(7)} ms   ${(figures.warmRatio * 100).toFixed(1)}% of cold`);
  const json = option('json');
  if (json) writeFileSync(json, `${JSON.stringify(figures, null, 2)}\n`);
}
