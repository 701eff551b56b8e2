import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { version } from '../src/index.js';
import { readReportMarker, reportMarker } from '../src/report/html/marker.js';
import { root, runCliInProcess } from './helpers/lint.js';

/** widen never lints a report it wrote: the mark in the page's head says what it is. */
describe('widen and its own reports', () => {
  const folder = mkdtempSync(join(tmpdir(), 'widen-own-'));
  const advert = readFileSync(join(root, 'examples', 'poor-advert.md'), 'utf8');
  writeFileSync(join(folder, 'advert.md'), advert);
  const report = join(folder, 'report.html');
  let written: Awaited<ReturnType<typeof runCliInProcess>>;
  beforeAll(async () => {
    written = await runCliInProcess(['--format', 'html', '--output', report, join(folder, 'advert.md')]);
  });
  const what = `widen ${version} co-review report`;

  test('every report carries the mark, and only a page that starts like one is taken for one', () => {
    expect(written.stderr).toBe('');
    const page = readFileSync(report);
    expect(page.toString('utf8').slice(0, 300)).toContain(reportMarker(version));
    expect(readReportMarker(page)).toBe(what);
    // A page that only mentions the mark further down is an ordinary page.
    const other = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs</title></head><body><p>${reportMarker(version)}</p></body></html>`;
    expect(readReportMarker(Buffer.from(other))).toBeUndefined();
  });

  test('in a folder, a report is skipped with a note, and the documents beside it are linted', async () => {
    const run = await runCliInProcess(['--format', 'json', folder]);
    expect(run.stderr).toBe(`widen: ${join(folder, 'report.html')}: skipped, a ${what} that widen wrote (widen never lints its own reports)\n`);
    const files = JSON.parse(run.stdout).files as Array<{ path: string; diagnostics: unknown[] }>;
    expect(files.map((file) => file.path)).toEqual([join(folder, 'advert.md')]);
    expect(files[0]!.diagnostics.length).toBeGreaterThan(10);
    const stylish = (await runCliInProcess([folder])).stdout;
    expect(stylish).not.toContain('report.html');
    expect(stylish).not.toContain('</mark>');
  });

  test('named on the command line, a report is said to be one, with no findings', async () => {
    const run = await runCliInProcess(['--format', 'json', report]);
    expect(run.code).toBe(0);
    const [file] = JSON.parse(run.stdout).files;
    expect(file).toMatchObject({ path: report, diagnostics: [], note: `this is a ${what} that widen wrote, not a document, so widen did not lint it` });
    expect((await runCliInProcess([report])).stdout).toContain(`note  this is a ${what} that widen wrote`);
  });
});
