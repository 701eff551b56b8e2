import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { docsUrlFor, Linter, requirements, version } from '../src/index.js';
import type { FileResult } from '../src/model/diagnostic.js';
import { reportSink } from '../src/cli/report-sink.js';
import { loadReporter, loadWriter, type ReporterName } from '../src/report/index.js';
import type { ReportContext } from '../src/report/shared.js';
import { root, runCliInProcess } from './helpers/lint.js';
import { sampleDiagnostic } from './helpers/sample.js';

const streamingFormats = ['json', 'stylish', 'sarif', 'github', 'junit', 'markdown'] as const satisfies readonly ReporterName[];

/** The context the CLI gives a reporter when its output is not a terminal and no option changes it. */
const cliContext: ReportContext = { color: false, width: 80, version, requirements, docsBase: docsUrlFor(undefined, undefined, root), failOn: 'error', rules: rules.map((rule) => rule.meta) };

function syntheticFile(index: number): FileResult {
  const diagnostics = [0, 1, 2].map((n) =>
    sampleDiagnostic({ severity: n === 0 ? 'error' : n === 1 ? 'warning' : 'info', location: { line: n + 1, column: 1, endLine: n + 1, endColumn: 5, offset: n * 10, endOffset: n * 10 + 4 } }),
  );
  return { path: `adverts/${String(index).padStart(5, '0')}.md`, format: 'markdown', profile: 'advert', stats: { words: 300, sentences: 20, readingAge: 13 }, diagnostics };
}

/** What a writer gives at the end after `count` files: what it kept for the end, in text. */
async function endAfter(format: ReporterName, count: number): Promise<string> {
  const writer = (await loadWriter(format))(cliContext);
  for (let index = 0; index < count; index++) writer.file(syntheticFile(index));
  return writer.end() + (writer.head?.() ?? '');
}

describe('reports written as the files come in', () => {
  const examples = new Linter().lintPaths(['examples']);

  test.each(streamingFormats)('%s: the CLI writes, file by file, exactly the whole report of the same results', async (format) => {
    const cwd = process.cwd();
    process.chdir(root);
    const results = await examples.finally(() => process.chdir(cwd));
    const expected = (await loadReporter(format))(results, cliContext);
    const { stdout } = await runCliInProcess(['--format', format, 'examples']);
    expect(stdout).toBe(expected);
    expect(results.length).toBeGreaterThan(3);
  });

  // What a writer keeps for its end does not grow with the files: counts, GitHub's few
  // annotations, the Markdown comment's bounded table.
  test.each(streamingFormats)('%s: what is left for the end is the same size after 20,000 files as after 2,000', async (format) => {
    const few = await endAfter(format, 2_000);
    const many = await endAfter(format, 20_000);
    // Only the counts' digits may differ.
    expect(Math.abs(many.length - few.length)).toBeLessThan(200);
    expect(many.length).toBeLessThan(70_000);
  });

  const spoolRoot = mkdtempSync(join(tmpdir(), 'widen-spool-test-'));
  afterAll(() => rmSync(spoolRoot, { recursive: true, force: true }));

  test('JUnit, whose totals head the report, keeps the files’ text on disk until the end, and leaves nothing there', async () => {
    const output = join(spoolRoot, 'report.xml');
    const temporary = join(spoolRoot, 'tmp');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(temporary);
    const toStdout = await runCliInProcess(['--format', 'junit', 'examples'], { env: { TMPDIR: temporary } });
    await runCliInProcess(['--format', 'junit', '--output', output, 'examples'], { env: { TMPDIR: temporary } });
    expect(readFileSync(output, 'utf8')).toBe(toStdout.stdout);
    expect(toStdout.stdout).toMatch(/^<\?xml[^]*<testsuites [^>]*tests="\d+"/);
    expect(readdirSync(temporary)).toEqual([]);
  });

  test('the kept text comes back whole, a character split across two reads included, and the spool is removed', () => {
    const temporary = mkdtempSync(join(spoolRoot, 'sink-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    try {
      let written = '';
      const sink = reportSink({ write: (text: string) => (written += text) }, true);
      // The euro sign's three bytes straddle the first 1 MiB read.
      const first = `${'x'.repeat((1 << 20) - 1)}€`;
      sink.write(first);
      sink.write('second');
      expect(written).toBe('');
      expect(readdirSync(temporary)).toHaveLength(1);
      sink.finish('<head>', '<end>');
      expect(written).toBe(`<head>${first}second<end>`);
      expect(readdirSync(temporary)).toEqual([]);
      const discarded = reportSink({ write: () => undefined }, true);
      discarded.write('text');
      discarded.discard();
      expect(readdirSync(temporary)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
