/**
 * widen's benchmark (`npm run bench`): every figure is a ratio of two things measured side by
 * side in this run, because the machines are noisy. Writes bench/results.json and exits 1 when
 * a target is missed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { Linter } from '../src/index.js';
import { docx as makeDocx, type Paragraph } from '../scripts/make-example-docx.js';
import { advert, random, realAdverts, writeCorpus } from './corpus.js';

const root = join(import.meta.dirname, '..');
const work = join(tmpdir(), 'widen-bench');
const widenBin = join(root, 'bin', 'widen.js');
const alexBin = join(root, 'node_modules', 'alex', 'cli.js');
const only = process.argv.slice(2);

interface Figure {
  name: string;
  value: number;
  target: string;
  met: boolean;
  detail: string;
}
const figures: Figure[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Runs a command and returns its wall time in ms. */
function timeCommand(args: string[], options: { cwd?: string } = {}): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: options.cwd ?? root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

/** Alternates two commands `rounds` times and returns the median of each. */
function alternate(a: () => number, b: () => number, rounds: number): [number, number] {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(a());
    bs.push(b());
  }
  return [median(as), median(bs)];
}

function record(name: string, value: number, target: string, met: boolean, detail: string): void {
  figures.push({ name, value: Math.round(value * 1000) / 1000, target, met, detail });
  console.log(`${met ? '✓' : '✗'} ${name.padEnd(28)} ${value.toFixed(3).padStart(8)}  target ${target.padEnd(10)} ${detail}`);
}

function wanted(name: string): boolean {
  return only.length === 0 || only.includes(name);
}

const linter = new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json') });
/** The parse floor: Markdown to nlcst with remark-parse, remark-retext and retext-english, and nothing else. */
const floor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish) as never);

async function parseFloor(text: string): Promise<void> {
  await floor.run(floor.parse(text), text);
}

async function ruleOverhead(): Promise<void> {
  const next = random(7);
  const texts = [
    ...Array.from({ length: 150 }, () => advert(next, 200 + Math.floor(next() * 1800))),
    ...realAdverts(root).filter((doc) => doc.path.endsWith('.md')).map((doc) => doc.text),
  ];
  const lintAll = async () => {
    for (const text of texts) await linter.lintText(text, 'bench.md', 'markdown');
  };
  const parseAll = async () => {
    for (const text of texts) await parseFloor(text);
  };
  await lintAll();
  await parseAll();
  const lints: number[] = [];
  const parses: number[] = [];
  for (let i = 0; i < 5; i++) {
    parses.push(await timeAsync(parseAll));
    lints.push(await timeAsync(lintAll));
  }
  const ratio = median(lints) / median(parses);
  record('rule overhead (lint/parse)', ratio, '≤ 3×', ratio <= 3, `lint ${median(lints).toFixed(0)} ms, parse ${median(parses).toFixed(0)} ms, ${texts.length} documents`);
}

function againstAlex(): void {
  const paths = writeCorpus(join(work, 'alex'), 200, 11, [200, 300]);
  const words = paths.reduce((sum, path) => sum + readFileSync(path, 'utf8').split(/\s+/).length, 0);
  const [widen, alex] = alternate(
    () => timeCommand([widenBin, '--format', 'json', '--output', '/dev/null', join(work, 'alex')]),
    () => timeCommand([alexBin, ...paths.map((path) => basename(path))], { cwd: join(work, 'alex') }),
    3,
  );
  const ratio = widen / alex;
  record('widen vs alex, 200 files', ratio, '≤ 0.25×', ratio <= 0.25, `widen ${widen.toFixed(0)} ms, alex ${alex.toFixed(0)} ms, ${words} words`);
}

function coldStart(): void {
  mkdirSync(work, { recursive: true });
  const path = join(work, 'cold.md');
  writeFileSync(path, advert(random(3), 500));
  const [widen, alex] = alternate(
    () => timeCommand([widenBin, '--output', '/dev/null', path]),
    () => timeCommand([alexBin, path]),
    7,
  );
  const ratio = widen / alex;
  record('cold start vs alex', ratio, '≤ 0.5×', ratio <= 0.5, `widen ${widen.toFixed(0)} ms, alex ${alex.toFixed(0)} ms`);
}

async function scaling(): Promise<void> {
  const small = advert(random(5), 500);
  const large = advert(random(6), 50_000);
  const perWord = async (text: string, rounds: number) => {
    const words = text.split(/\s+/).length;
    await linter.lintText(text, 'scale.md', 'markdown');
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(await timeAsync(() => linter.lintText(text, 'scale.md', 'markdown')));
    return median(times) / words;
  };
  const smallPerWord = await perWord(small, 40);
  const largePerWord = await perWord(large, 5);
  const ratio = largePerWord / smallPerWord;
  record('scaling (50k vs 500 words)', ratio, '≤ 1.3×', ratio <= 1.3, `${(largePerWord * 1000).toFixed(2)} µs/word vs ${(smallPerWord * 1000).toFixed(2)} µs/word`);
}

/** Runs two commands at once and returns the wall time until both have finished, in ms. */
function timeTogether(a: string[], b: string[]): Promise<number> {
  const start = performance.now();
  const run = (args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
    });
  return Promise.all([run(a), run(b)]).then(() => performance.now() - start);
}

/**
 * --jobs 2 against --jobs 1 on 2,000 files, and beside it the machine's own ceiling: two
 * separate one-thread processes, each on half the files, run at once. No thread pool can beat
 * that, so the detail says how far from it widen is.
 */
async function parallel(): Promise<void> {
  const folder = join(work, 'parallel');
  const paths = writeCorpus(folder, 2000, 13, [200, 600]);
  const lint = (jobs: number, files: string[]) => [widenBin, '--jobs', String(jobs), '--format', 'json', '--output', '/dev/null', ...files];
  const halves = [paths.filter((_, i) => i % 2 === 0), paths.filter((_, i) => i % 2 === 1)] as const;
  const ones: number[] = [];
  const twos: number[] = [];
  const apart: number[] = [];
  for (let round = 0; round < 3; round++) {
    ones.push(timeCommand(lint(1, [folder])));
    twos.push(timeCommand(lint(2, [folder])));
    apart.push(await timeTogether(lint(1, [...halves[0]]), lint(1, [...halves[1]])));
  }
  const [one, two, ceiling] = [median(ones), median(twos), median(apart)];
  const speedup = one / two;
  record('--jobs 2 speed-up, 2,000 files', speedup, '≥ 1.7×', speedup >= 1.7, `jobs 1 ${one.toFixed(0)} ms, jobs 2 ${two.toFixed(0)} ms; two processes on halves at once ${(one / ceiling).toFixed(2)}× (the machine's ceiling)`);
}

/** Peak resident memory, in MB, of one run of widen (its worker threads included). */
function peakMb(format: string, folder: string): number {
  const result = spawnSync(process.execPath, [join(root, 'bench', 'peak-rss.mjs'), widenBin, '--format', format, '--output', '/dev/null', folder], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  const match = /peak-rss-kb=(\d+)/.exec(result.stderr);
  if (!match) throw new Error(`memory run (${format}) failed: ${result.stderr}`);
  return Number(match[1]) / 1024;
}

/**
 * Every format but HTML is written file by file, so its peak should not grow with the files:
 * each at 10,000 adverts, then stylish (which once peaked at 2 GB) at 30,000 against 10,000.
 */
function memory(): void {
  const folder = join(work, 'memory');
  writeCorpus(folder, 10_000, 17, [200, 600]);
  const peaks: Record<string, number> = {};
  for (const format of ['json', 'stylish', 'sarif', 'github', 'junit', 'markdown']) {
    const mb = (peaks[format] = peakMb(format, folder));
    record(`peak memory, 10,000 files, ${format}`, mb, '≤ 250 MB', mb <= 250, `${mb.toFixed(0)} MB resident at peak`);
  }
  const large = join(work, 'memory-30000');
  writeCorpus(large, 30_000, 23, [200, 600]);
  const ratio = peakMb('stylish', large) / peaks.stylish!;
  record('peak memory, 30,000 against 10,000 files', ratio, '≤ 1.2×', ratio <= 1.2, `stylish: ${(ratio * peaks.stylish!).toFixed(0)} MB at 30,000 files, ${peaks.stylish!.toFixed(0)} MB at 10,000`);
}

/** The generated Markdown advert as Word paragraphs: headings, bullets and plain paragraphs. */
function toParagraphs(markdown: string): Paragraph[] {
  return markdown
    .split('\n')
    .filter((line) => line.trim())
    .map((line): Paragraph => {
      const heading = /^(#{1,3}) (.*)$/.exec(line);
      if (heading) return { heading: heading[1]!.length as 1 | 2 | 3, text: heading[2]! };
      if (line.startsWith('- ')) return { bullet: line.slice(2) };
      return { text: line };
    });
}

function docx(): void {
  const folder = join(work, 'docx');
  mkdirSync(folder, { recursive: true });
  const text = advert(random(19), 40_000);
  const markdown = join(folder, 'long.md');
  const word = join(folder, 'long.docx');
  writeFileSync(markdown, text);
  writeFileSync(word, makeDocx(toParagraphs(text)));
  const [md, dx] = alternate(
    () => timeCommand([widenBin, '--format', 'json', '--output', '/dev/null', markdown]),
    () => timeCommand([widenBin, '--format', 'json', '--output', '/dev/null', word]),
    3,
  );
  const ratio = dx / md;
  record('DOCX vs Markdown, 40k words', ratio, '≤ 2×', ratio <= 2, `docx ${dx.toFixed(0)} ms, markdown ${md.toFixed(0)} ms`);
}

/**
 * The HTML co-review report at 5, 30 and 300 documents: its size, and how long Debian's Chromium
 * takes to open it (navigation start to the load event, median of 3), with the page's script run.
 */
async function report(): Promise<void> {
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no browser at ${executablePath}`);
  const { chromium } = await import('playwright-core');
  const { html } = await import('../src/report/html/html.js');
  const { htmlContext, manyResults } = await import('../tests/helpers/many-results.js');
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    mkdirSync(work, { recursive: true });
    for (const count of [5, 30, 300]) {
      const page = html(await manyResults(count), htmlContext);
      const path = join(work, `report-${count}.html`);
      writeFileSync(path, page);
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const tab = await context.newPage();
        await tab.goto(pathToFileURL(path).href);
        times.push(Number(await tab.evaluate('performance.getEntriesByType("navigation")[0].loadEventEnd')));
        await context.close();
      }
      const mb = Buffer.byteLength(page) / 1024 / 1024;
      record(`HTML report, ${count} documents`, median(times) / 1000, '< 2 s', median(times) < 2000, `opens in ${median(times).toFixed(0)} ms; ${mb.toFixed(1)} MB`);
      record(`HTML report size, ${count} docs`, mb, 'figure', true, `${(mb * 1024 / count).toFixed(0)} KB a document`);
    }
  } finally {
    await browser.close();
  }
}

const steps: Array<[string, () => unknown]> = [
  ['overhead', ruleOverhead],
  ['alex', againstAlex],
  ['cold', coldStart],
  ['scaling', scaling],
  ['parallel', parallel],
  ['memory', memory],
  ['docx', docx],
  ['report', report],
];
for (const [name, step] of steps) {
  if (!wanted(name)) continue;
  try {
    await step();
  } catch (error) {
    record(name, Number.NaN, 'runs', false, `failed: ${(error as Error).message.split('\n')[0]}`);
  }
}
const results = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, figures };
if (only.length === 0) writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exitCode = figures.every((figure) => figure.met) ? 0 : 1;
