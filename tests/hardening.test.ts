/**
 * Hardening: limits with clear one-line errors, fault isolation (a crashing rule, parser or
 * worker costs one finding or one file, never the run), and one CLI run over every hostile input.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { rules } from '../rules/index.js';
import { resolveConfig } from '../src/config/config.js';
import type { FileResult } from '../src/model/diagnostic.js';
import { lintDoc } from '../src/engine/engine.js';
import { toDoc } from '../src/load/prose.js';
import { Linter } from '../src/index.js';
import { LimitError } from '../src/io/limits.js';
import { parseHtml } from '../src/load/html.js';
import { parseMarkdown } from '../src/load/markdown.js';
import { defineRule, type Rule } from '../src/model/rule.js';
import { lintInWorkers } from '../src/run/pool.js';
import { zip } from '../scripts/make-example-docx.js';
import { docxWithBody, makeHostile, manySmallFiles } from './hostile/make-hostile.js';
import { root, runCliInProcess } from './helpers/lint.js';

const emptyConfig = join(root, 'tests', 'fixtures', 'empty.widenrc.json');
const work = mkdtempSync(join(tmpdir(), 'widen-hardening-'));
const write = (name: string, data: string | Buffer): string => {
  const path = join(work, name);
  writeFileSync(path, data);
  return path;
};
const advert = '# Care assistant\n\nYou will utilise the hoist. The pay is £12.60 an hour.\n';
/**
 * The hostile inputs, made once for the file (their two zip bombs take seconds to write): the
 * time-limit test reads two of them, the run over every hostile input all of them, and neither
 * changes the folder.
 */
const hostileFolder = join(work, 'hostile');
let hostileMade: Record<string, string> | undefined;
const hostileInputs = (): Record<string, string> => (hostileMade ??= makeHostile(hostileFolder));
/** No line of widen's output may be part of a stack trace unless --debug asks for one. */
const stackLine = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

describe('limits', () => {
  test('a file over the size limit is refused before it is read, naming the limit and how to raise it', async () => {
    const big = write('big.md', `${advert}${'We help people to live well at home.\n\n'.repeat(30_000)}`);
    const [result] = await new Linter({ configPath: emptyConfig, maxFileBytes: 1024 * 1024 }).lintPaths([big]);
    expect(result!.error).toMatch(/^the file is 1\.\d MB, more than the 1 MB limit, so widen did not read it; to lint it, raise the limit with --max-file-size 2 \(or "limits": \{ "maxFileSize": 2 \} in the configuration\)$/);
    expect(result!.diagnostics).toEqual([]);

    const cli = await runCliInProcess(['--max-file-size', '1', big]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/^widen: .*big\.md: the file is 1\.\d MB, more than the 1 MB limit.*--max-file-size 2 .*\n$/);
    // Raised, the size limit lets it through (a time limit to spare: this is not the test of time).
    expect((await runCliInProcess(['--max-file-size', '2', '--timeout', '300', '--rule', 'missing-information=off', big])).code).not.toBe(2);
  });

  test('the size limit comes from configuration too, and the command line wins', async () => {
    const folder = join(work, 'configured');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '.widenrc.json'), JSON.stringify({ limits: { maxFileSize: 0.001, timeout: 5 } }));
    writeFileSync(join(folder, 'advert.md'), `${advert}${'More words about the job. '.repeat(100)}`);
    const refused = await runCliInProcess([join(folder, 'advert.md')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/: the file is \d KB, more than the 1 KB limit.*--max-file-size 1 /);
    expect((await runCliInProcess(['--max-file-size', '1', join(folder, 'advert.md')])).stderr).not.toMatch(/limit/);

    writeFileSync(join(folder, '.widenrc.json'), JSON.stringify({ limits: { maxFileSize: 'big' } }));
    const bad = await runCliInProcess([join(folder, 'advert.md')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/limits\.maxFileSize/);
  });

  test('a device or pipe named like a document is never read', async () => {
    const link = join(work, 'zero.md');
    symlinkSync('/dev/zero', link);
    // Were it read, this would never finish: the test's own time limit is the check.
    const [result] = await new Linter({ configPath: emptyConfig }).lintPaths([link]);
    expect(result!.error).toBe('this is a device, not a regular file, so widen did not read it');
  });

  test('standard input is held to the size limit too', async () => {
    const result = await new Linter({ configPath: emptyConfig, maxFileBytes: 100 }).lintText(advert.repeat(10), 'stdin.md');
    expect(result.error).toMatch(/^the file is \d+ bytes, more than the 100 bytes limit/);
  });

  test('a Word document over the unpacked-size limit gets the same kind of message', async () => {
    const bomb = zip([{ name: 'word/document.xml', data: Buffer.alloc(3 * 1024 * 1024, 0x20) }, { name: '_rels/.rels', data: Buffer.from('<x/>') }]);
    const path = write('bomb.docx', bomb);
    const [result] = await new Linter({ configPath: emptyConfig, maxDocxBytes: 1024 * 1024 }).lintPaths([path]);
    expect(result!.error).toMatch(/^the document would unpack to 3 MB, more than the 1 MB limit, so widen did not open it; if you trust the file, raise the limit with --max-docx-size 4 \(or "limits": \{ "maxDocxSize": 4 \} in the configuration\)$/);
  });

  test('HTML nested deeper than 512 elements is flattened, keeping its text where it is, with a note', () => {
    const html = `<!doctype html><body>${'<div><span>'.repeat(2000)}We utilise hoists.${'</span></div>'.repeat(2000)}<p>After.</p></body>`;
    const parsed = parseHtml(html);
    expect(parsed.note).toMatch(/nests elements more than 512 deep/);
    const texts = parsed.blocks.map((block) => block.text.trim());
    expect(texts).toEqual(['We utilise hoists.', 'After.']);
    for (const block of parsed.blocks) expect(html.slice(block.start, block.end)).toBe(block.text);
    // Pages of ordinary depth are untouched.
    expect(parseHtml(`<body>${'<div>'.repeat(300)}Deep enough.${'</div>'.repeat(300)}</body>`).note).toBeUndefined();
  });

  test('deep HTML inside Markdown is flattened too; deep Markdown quotes are bounded, with a note, and still read', async () => {
    const parsed = parseMarkdown(`Intro.\n\n${'<div>'.repeat(5000)}We utilise hoists.${'</div>'.repeat(5000)}\n`);
    expect(parsed.note).toMatch(/512 deep/);
    expect(parsed.blocks.map((block) => block.text.trim())).toContain('We utilise hoists.');

    const result = await new Linter({ configPath: emptyConfig }).lintText(`${'> '.repeat(20_000)}We utilise hoists.\n`, 'quotes.md');
    expect(result.error).toBeUndefined();
    expect(result.note).toMatch(/^the document nests lists or block quotes more than 32 deep on a line; widen read the markers past that as spaces/);
    expect(result.diagnostics.some((d) => d.excerpt === 'utilise')).toBe(true);
  });
});

test('a Word document nested too deeply for mammoth is one clear error', async () => {
  const cell = '<w:tbl><w:tr><w:tc>';
  const path = write('deep.docx', docxWithBody(`${cell.repeat(20_000)}<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(20_000)}`));
  const [result] = await new Linter({ configPath: emptyConfig, jobs: 1 }).lintPaths([path]);
  expect(result!.error).toBe('the Word document nests tables or other elements too deeply for widen to follow (maximum call stack size exceeded)');
});

describe('the time limit', () => {
  const config = resolveConfig(rules, undefined, 'doc.md', {});
  const busy = (ms: number): void => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };
  const slowRule: Rule = defineRule({
    meta: { ...rules[0]!.meta, id: 'slow-rule', description: 'Takes its time', defaultOptions: {} },
    check: () => busy(150),
  });
  config.rules.set('slow-rule', { severity: 'warning', options: {} });

  test('in one thread, it is checked after reading and after each rule', () => {
    const parsed = parseMarkdown(advert);
    const deadline = { at: performance.now() + 100, limitMs: 100 };
    expect(() => lintDoc(toDoc(parsed, 'doc.md', 'advert'), [slowRule, ...rules], config, { deadline })).toThrow(LimitError);
    try {
      lintDoc(toDoc(parsed, 'doc.md', 'advert'), [slowRule, ...rules], config, { deadline: { at: performance.now() + 100, limitMs: 100 } });
    } catch (error) {
      expect((error as Error).message).toMatch(/^widen stopped after 0\.1 s, the time limit for one file \(while checking it: 1 of 17 rules run\); to lint it, raise the limit with --timeout 1 \(or "limits": \{ "timeout": 1 \} in the configuration\)$/);
    }
    // Without a deadline the same rules run to the end.
    expect(lintDoc(toDoc(parsed, 'doc.md', 'advert'), [slowRule, ...rules], config).diagnostics.length).toBeGreaterThan(0);
  });

  test('through the API, a file over the limit gets the error and the next file is linted', async () => {
    const slow = write('slow.md', advert.repeat(200));
    const good = write('good.md', advert);
    const linter = new Linter({ configPath: emptyConfig, jobs: 1, timeoutMs: 1 });
    const [first] = await linter.lintPaths([slow]);
    expect(first!.error).toMatch(/^widen stopped after 0\.001 s, the time limit for one file \(while (reading|checking) it/);
    const [, second] = await new Linter({ configPath: emptyConfig, jobs: 1 }).lintPaths([slow, good]);
    expect(second!.diagnostics.some((d) => d.excerpt === 'utilise')).toBe(true);
  });

  test('in a worker, a file that overruns is stopped mid-stage and the run goes on', async () => {
    const folder = hostileFolder;
    const files = hostileInputs();
    expect(files['huge.md']).toBeDefined();
    // Parsing 20 MB of Markdown is one stage of well over 10 s. A stop between stages would say
    // “(while reading it)”; the message without a stage is the worker stopped mid-stage.
    const cli = await runCliInProcess(['--max-file-size', '30', '--timeout', '1', '--format', 'json', join(folder, 'huge.md'), join(folder, 'good.md')]);
    const report = JSON.parse(cli.stdout) as { files: FileResult[] };
    expect(report.files[0]!.error).toMatch(/^widen stopped after 1 s, the time limit for one file; to lint it, raise the limit with --timeout 3 /);
    expect(report.files[1]!.diagnostics.some((d) => d.excerpt === 'utilise')).toBe(true);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/^widen: .*huge\.md: widen stopped after 1 s/);
  });
});

describe('the worker pool survives its workers', () => {
  /** A stand-in worker: hangs, exits or throws on files named so, and answers the rest at once. */
  const script = write(
    'fake-worker.mjs',
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (m) => {
  parentPort.postMessage({ id: m.id, started: true });
  const name = m.task.path.split('/').pop();
  if (name.startsWith('hang')) for (;;);
  if (name.startsWith('exit')) process.exit(3);
  if (name.startsWith('throw')) throw new Error('boom\\nsecond line');
  parentPort.postMessage({ id: m.id, outcome: new TextEncoder().encode(JSON.stringify({ result: { path: m.task.path, format: 'text', profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [], note: 'linted' } })) });
});
`,
  );

  test('a hung, exiting or crashing worker costs one file; the files queued behind it are linted', async () => {
    const names = ['a.txt', 'hang.txt', 'b.txt', 'exit.txt', 'c.txt', 'throw.txt', 'd.txt', 'e.txt', 'f.txt'];
    // Only the hanging file has a short limit: on a loaded machine a worker can be descheduled
    // between saying it started a file and answering, and a 0.2 s limit on every file failed one.
    const settings = (timeoutMs: number) => ({ format: 'text' as const, config: { rules: new Map() }, includeBlocks: false, limits: { timeoutMs }, debug: true });
    const results = new Map<string, FileResult>();
    await lintInWorkers(
      names.map((name) => ({ path: `/fake/${name}`, settings: settings(name === 'hang.txt' ? 200 : 60_000) })),
      2,
      (index, outcome) => results.set(names[index]!, outcome.result),
      script,
    );
    expect(results.size).toBe(names.length);
    for (const name of names.filter((name) => /^[a-f]\./.test(name))) expect(results.get(name)).toMatchObject({ note: 'linted' });
    expect(results.get('hang.txt')!.error).toMatch(/^widen stopped after 0\.2 s, the time limit for one file/);
    expect(results.get('exit.txt')!.error).toBe('widen could not read it: its worker thread stopped (exit code 3)');
    expect(results.get('throw.txt')!.error).toBe('widen could not read it: its worker thread crashed (boom)');
    expect(results.get('throw.txt')!.debug?.[0]).toMatch(/Error: boom/);
  });
});

describe('fault isolation', () => {
  const config = resolveConfig(rules, undefined, 'doc.md', {});
  const broken = (id: string, check: Rule['check']): Rule =>
    defineRule({ meta: { ...rules[0]!.meta, id, description: 'Broken on purpose', defaultOptions: {} }, check });
  for (const id of ['throws', 'reports-outside', 'reports-backwards']) config.rules.set(id, { severity: 'warning', options: {} });

  test('a rule that throws becomes one internal-error finding; every other rule still reports', () => {
    const parsed = parseMarkdown(advert);
    const alone = lintDoc(toDoc(parsed, 'doc.md', 'advert'), rules, config);
    const rule = broken('throws', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.js:1:1)");
    });
    const result = lintDoc(toDoc(parsed, 'doc.md', 'advert'), [rule, ...rules], config, { debug: true });
    const internal = result.diagnostics.filter((d) => d.ruleId === 'internal-error');
    expect(internal.map((d) => d.message)).toEqual(["Rule throws failed on this file: Cannot read properties of undefined (reading 'x')"]);
    expect(internal[0]!.severity).toBe('error');
    expect(result.diagnostics.filter((d) => d.ruleId !== 'internal-error')).toEqual(alone.diagnostics);
    expect(result.debug?.[0]).toMatch(/^throws on doc\.md: TypeError: Cannot read/);
    expect(lintDoc(toDoc(parsed, 'doc.md', 'advert'), [rule], config).debug).toBeUndefined();
  });

  test('a rule that reports a place outside the document is an internal error, not a bad location', () => {
    const parsed = parseMarkdown(advert);
    const outside = broken('reports-outside', (_doc, context) => context.report({ message: 'x', start: 5, end: 10_000 }));
    const backwards = broken('reports-backwards', (_doc, context) => context.report({ message: 'x', start: 9, end: 3 }));
    const result = lintDoc(toDoc(parsed, 'doc.md', 'advert'), [outside, backwards], config);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      `Rule reports-outside failed on this file: it reported a place outside the document (5–10000 of ${advert.length} characters)`,
      `Rule reports-backwards failed on this file: it reported a place outside the document (9–3 of ${advert.length} characters)`,
    ]);
  });

  test('the CLI exits with 2 on an internal error, keeps the other findings, and shows a stack trace only with --debug', async () => {
    vi.resetModules();
    vi.doMock('../rules/index.js', async (original) => {
      const actual = await original<typeof import('../rules/index.js')>();
      const rule = defineRule({
        meta: { ...actual.rules[0]!.meta, id: 'zz-broken', description: 'Broken on purpose', defaultOptions: {} },
        check: () => {
          throw new Error('the rule broke\nwith a second line');
        },
      });
      return { rules: [...actual.rules, rule] };
    });
    const { main } = await import('../src/cli/main.js');
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const io = {
        stdout: { write: (text: string) => ((stdout += text), true) },
        stderr: { write: (text: string) => ((stderr += text), true) },
        stdin: process.stdin,
      } as unknown as Parameters<typeof main>[1];
      const code = await main(args, io);
      return { code, stdout, stderr };
    };
    const path = write('isolated.md', advert);
    const plain = await run(['--no-color', '--config', emptyConfig, '--format', 'json', path]);
    vi.doUnmock('../rules/index.js');
    vi.resetModules();
    expect(plain.code).toBe(2);
    const report = JSON.parse(plain.stdout) as { files: FileResult[] };
    const diagnostics = report.files[0]!.diagnostics;
    expect(diagnostics.find((d) => d.ruleId === 'internal-error')!.message).toBe('Rule zz-broken failed on this file: the rule broke');
    expect(diagnostics.some((d) => d.ruleId === 'simpler-words')).toBe(true);
    expect(plain.stderr).not.toMatch(stackLine);
    expect(plain.stdout).not.toMatch(stackLine);
    expect(report.files[0]).not.toHaveProperty('debug');

    vi.doMock('../rules/index.js', async (original) => {
      const actual = await original<typeof import('../rules/index.js')>();
      const rule = defineRule({
        meta: { ...actual.rules[0]!.meta, id: 'zz-broken', description: 'Broken on purpose', defaultOptions: {} },
        check: () => {
          throw new Error('the rule broke');
        },
      });
      return { rules: [...actual.rules, rule] };
    });
    const { main: debugMain } = await import('../src/cli/main.js');
    let stderr = '';
    const io = {
      stdout: { write: () => true },
      stderr: { write: (text: string) => ((stderr += text), true) },
      stdin: process.stdin,
    } as unknown as Parameters<typeof main>[1];
    expect(await debugMain(['--config', emptyConfig, '--debug', path], io)).toBe(2);
    vi.doUnmock('../rules/index.js');
    vi.resetModules();
    expect(stderr).toMatch(/^widen: zz-broken on .*isolated\.md: Error: the rule broke\n\s+at /m);
  });

  test('a parser crash is one line for that file; the other files are still linted', async () => {
    // No Markdown crashes the reader any more (deep nesting is bounded before parsing), so the
    // crash is made: the Markdown reader throws a stack overflow for files named deep.md.
    vi.resetModules();
    vi.doMock('../src/load/markdown.js', async (original) => {
      const actual = await original<typeof import('../src/load/markdown.js')>();
      return {
        ...actual,
        parseMarkdown: (source: string) => {
          if (source.startsWith('> > >')) throw new RangeError('Maximum call stack size exceeded');
          return actual.parseMarkdown(source);
        },
      };
    });
    const { main } = await import('../src/cli/main.js');
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const io = {
        stdout: { write: (text: string) => ((stdout += text), true) },
        stderr: { write: (text: string) => ((stderr += text), true) },
        stdin: process.stdin,
      } as unknown as Parameters<typeof main>[1];
      return { code: await main(args, io), stdout, stderr };
    };
    const deep = write('deep.md', `${'> '.repeat(20)}We utilise hoists.\n`);
    const good = write('fine.md', advert);
    try {
      const cli = await run(['--no-color', '--jobs', '1', '--config', emptyConfig, deep, good]);
      expect(cli.code).toBe(2);
      expect(cli.stderr).toMatch(/^widen: .*deep\.md: widen could not read it: it nests too deeply.*\n$/);
      expect(cli.stdout).toMatch(/utilise/);
      expect(cli.stderr).not.toMatch(stackLine);
      expect((await run(['--no-color', '--jobs', '1', '--config', emptyConfig, '--debug', deep])).stderr).toMatch(/RangeError: Maximum call stack size exceeded\n\s+at /);
    } finally {
      vi.doUnmock('../src/load/markdown.js');
      vi.resetModules();
    }
  });

  test('a reader that stops early (widen … | head) gets no stack trace', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${join(root, 'bin', 'widen.js')}" --format json examples/ | head -c 10 >/dev/null`], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
  });
});

describe('one run over every hostile input', () => {
  const folder = hostileFolder;
  const malformed = join(root, 'tests', 'fixtures', 'docx', 'malformed');
  const out = join(work, 'hostile.json');
  const cache = join(work, 'hostile-cache');
  /** Named on the command line besides the folders: special files, and the good file twice more. */
  const pagemap = join(work, 'pagemap.md');
  const fifo = join(work, 'fifo.md');
  let made: Record<string, string>;
  let run: { code: number | null; stderr: string; seconds: number; peakMb: number; files: FileResult[] };

  beforeAll(() => {
    made = hostileInputs();
    symlinkSync(existsSync('/proc/self/pagemap') ? '/proc/self/pagemap' : '/dev/zero', pagemap);
    execFileSync('mkfifo', [fifo]);
    // A cache whose results file is a link to /dev/zero.
    mkdirSync(cache, { mode: 0o700 });
    symlinkSync('/dev/zero', join(cache, 'results.json'));
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'bench', 'peak-rss.mjs'),
        join(root, 'bin', 'widen.js'),
        '--format', 'json', '--jobs', '2', '--output', out, '--cache-location', cache,
        '--ignore-pattern', '**/a*a*a*a*a*a*a*a*a*a*a*a*b',
        folder, malformed, pagemap, fifo, join(folder, 'good.md'), join(folder, '.', 'sub', '..', 'good.md'),
      ],
      // Not a time limit on widen (the outcomes below are what is checked): only a guard, so a hang fails the run rather than the suite.
      { cwd: root, encoding: 'utf8', timeout: 180_000, env: { ...process.env, NO_COLOR: '1' } },
    );
    const seconds = (performance.now() - started) / 1000;
    const peak = /peak-rss-kb=(\d+)/.exec(result.stderr);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { files: FileResult[] };
    run = { code: result.status, stderr: result.stderr, seconds, peakMb: peak ? Number(peak[1]) / 1024 : NaN, files: report.files };
  }, 200_000);

  afterAll(() => {
    if (!run) return;
    // The table for the issue's resolution: each hostile input and what widen says about it.
    const rows = run.files.map((file) => {
      const said = file.error ? `error: ${file.error}` : file.note ? `note: ${file.note}${file.diagnostics.length ? ` (and ${file.diagnostics.length} findings)` : ''}` : `${file.diagnostics.length} findings`;
      return `| ${shown(file.path)} | ${said.replace(/\|/g, '\\|')} |`;
    });
    const table = [`Hostile run: ${run.seconds.toFixed(1)} s, peak memory ${Math.round(run.peakMb)} MB`, '', '| File | What widen says |', '|---|---|', ...rows, ''].join('\n');
    mkdirSync(join(root, 'tests', '.artefacts'), { recursive: true });
    writeFileSync(join(root, 'tests', '.artefacts', 'hostile-run.md'), table);
  });

  /** A path as the table shows it: relative to the hostile folder, or its base name. */
  const shown = (path: string): string => (path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : basename(path));
  const byName = (name: string): FileResult => {
    const file = run.files.find((candidate) => shown(candidate.path) === name);
    if (!file) throw new Error(`no result for ${name}`);
    return file;
  };
  const utilise = (file: FileResult): boolean => file.diagnostics.some((d) => d.ruleId === 'simpler-words' && d.excerpt === 'utilise');

  test('finishes with exit code 2 in bounded memory, every input reported once', () => {
    expect(run.code).toBe(2);
    // The issue asks for 60 s and 1 GB on two cores. Time is measured and written to
    // tests/.artefacts/hostile-run.md, not asserted; memory is not noise, and is held to 1 GB.
    expect(run.peakMb).toBeLessThan(1024);
    const expected = Object.keys(made).length + readdirSync(malformed).length + 2;
    expect(run.files.map((file) => shown(file.path)).sort()).toHaveLength(expected);
    // The good file, named three ways, is one input.
    expect(run.files.filter((file) => shown(file.path) === 'good.md')).toHaveLength(1);
  });

  test("reports the good file's findings, and reads the odd encodings", () => {
    for (const name of ['good.md', 'utf16le.md', 'utf16be.txt', 'windows-1252.txt']) {
      expect(byName(name).error).toBeUndefined();
      expect(utilise(byName(name))).toBe(true);
    }
  });

  test('gives each bad file a clear one-line error or note', () => {
    const expected: Record<string, { error?: RegExp; note?: RegExp }> = {
      'zip-bomb.docx': { error: /^the document would unpack to 200 MB, more than the 50 MB limit, so widen did not open it; .*--max-docx-size 201/ },
      'lying-zip-bomb.docx': { error: /^the file is damaged or hostile: its part word\/document\.xml unpacks to more than the 1000 bytes its zip directory declares/ },
      'renamed.docx': { error: /^this is an old Word \.doc file; open it in Word and save it as \.docx$/ },
      'truncated.docx': { error: /^the file is damaged: its zip archive is truncated or corrupt/ },
      'random-bytes.md': { error: /^this is not a text file \(it holds binary data\)$/ },
      'empty.md': { note: /^the document has no prose to check$/ },
      'blank.txt': { note: /^the document has no prose to check$/ },
      'nested-divs.html': { note: /^the page nests elements more than 512 deep/ },
      'huge.md': { error: /^the file is 20 MB, more than the 10 MB limit, so widen did not read it; to lint it, raise the limit with --max-file-size 21/ },
      'mammoth-empty-zip.docx': { error: /^this is an empty zip archive, not a Word document$/ },
      'poi-ExternalEntityInText.docx': { note: /XML entities.*fetched nothing/ },
      'poi-bug53475-password-is-pass.docx': { error: /^the document is password-protected/ },
      'poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-6442791109263360.docx': { error: /^the file is damaged/ },
      'poi-crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx': { error: /^the file is damaged/ },
      'poi-truncated62886.docx': { error: /^the file is damaged/ },
      'poi-zero-length.docx': { note: /^the document has no prose to check$/ },
      // Issue 13.
      'md-list-50k.md': { note: /^the document nests lists or block quotes more than 32 deep on a line/ },
      'md-quotes-100k.md': { note: /^the document nests lists or block quotes more than 32 deep on a line/ },
      'md-list-20kb.md': { note: /^the document nests lists or block quotes more than 32 deep on a line/ },
      'md-list-10kb.md': { note: /^the document nests lists or block quotes more than 32 deep on a line/ },
      'md-emphasis-200kb.md': { note: /^the document has more than 1,000 emphasis marks or brackets in one paragraph/ },
      'doctype-unclosed.docx': { error: /^the Word document is damaged: its XML has a document type declaration that never ends$/ },
      'duplicate-parts.docx': { error: /^the file is damaged or hostile: its zip archive holds two parts named word\/document\.xml/ },
      '.gitignore': { error: /^cannot read this ignore file: this is a device, not a regular file, so widen did not read it$/ },
      'fifo-ignore/.gitignore': { error: /^cannot read this ignore file: this is a named pipe \(FIFO\), not a regular file/ },
      'endless-config/advert.md': { error: /widen\.config\.json: cannot read configuration: (it holds more than the 1 MB widen reads of it|this is a device)/ },
      'pagemap.md': { error: /^(the file holds more than the 10 MB limit, though its size on disk says less|this is not a regular file)/ },
      'fifo.md': { error: /^this is a named pipe \(FIFO\), not a regular file, so widen did not read it$/ },
    };
    for (const [name, { error, note }] of Object.entries(expected)) {
      const file = byName(name);
      if (error) expect(file.error, name).toMatch(error);
      else expect(file.error, name).toBeUndefined();
      if (note) expect(file.note, name).toMatch(note);
    }
    // The text 200,000 elements deep, or past the Markdown bounds, is still read.
    for (const name of ['nested-divs.html', 'md-list-50k.md', 'md-quotes-100k.md', 'md-list-20kb.md', 'md-list-10kb.md', 'md-emphasis-200kb.md', 'fifo-ignore/advert.md']) {
      expect(byName(name).error, name).toBeUndefined();
    }
    for (const name of ['nested-divs.html', 'md-list-50k.md', 'md-emphasis-200kb.md', 'fifo-ignore/advert.md']) expect(utilise(byName(name)), name).toBe(true);
    // The glob that backtracks for ever (in configuration and as --ignore-pattern) matched nothing, at once.
    expect(utilise(byName(`glob-bomb/${'a'.repeat(200)}.md`))).toBe(true);
    // Hidden wording is found.
    const exclusionary = (name: string) => byName(name).diagnostics.filter((d) => d.ruleId === 'exclusionary-wording').map((d) => d.message.split('”')[0]);
    expect(exclusionary('invisible.html')).toEqual(['“native English speaker', '“native English speaker']);
    expect(exclusionary('invisible.md')).toEqual(['“native English speaker', '“nаtive English speaker']);
    // The 2 MB line is read; the parser's worst inputs end in an error or within the time limit.
    expect(byName('long-line.md').error).toBeUndefined();
    for (const name of ['hyphen-line.md', 'abbreviations.txt', 'deep-tables.docx', 'md-nested-lines.md']) {
      const file = byName(name);
      if (file.error) {
        expect(file.error, name).toMatch(/^(widen could not read it: it nests too deeply, or has too long a run|widen stopped after 10 s, the time limit for one file|the Word document nests tables or other elements too deeply)/);
      }
    }
    for (const file of run.files) {
      for (const text of [file.error, file.note]) if (text) expect(text).not.toMatch(/[\r\n]/);
      if (file.error) expect(run.stderr).toContain(`widen: ${file.path}: ${file.error}\n`);
    }
    expect(run.stderr).not.toMatch(stackLine);
  });
});

describe('30,000 small files for one HTML report', () => {
  test('are refused before linting, in one line that says how to split the run; one folder of them is a report', async () => {
    const folder = join(work, 'thirty-thousand');
    manySmallFiles(folder, 30_000);
    const report = join(work, 'thirty-thousand.html');
    const refused = await runCliInProcess(['--format', 'html', '--output', report, folder]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'widen: 30,000 documents are too many for one HTML report (it holds at most 1,000); lint them in parts, a folder at a time, or with --shard 1/60 to --shard 60/60, each with its own --output (--format json has no limit)\n',
    );
    expect(refused.stderr).not.toMatch(/Invalid string length|RangeError/);
    expect(existsSync(report)).toBe(false);
    // One folder of the run is a report (exit code 1: each small advert gives no pay, an error).
    const part = await runCliInProcess(['--format', 'html', '--output', report, join(folder, 'part-007')]);
    expect(part.stderr).toBe('');
    expect(part.code).toBe(1);
    expect(readFileSync(report, 'utf8')).toContain('<title>widen co-review report: 1000 documents</title>');
  }, 240_000);
});
