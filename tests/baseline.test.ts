import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyBaseline, createBaseline, readBaseline } from '../src/suppress/baseline.js';
import type { Diagnostic, FileResult } from '../src/model/diagnostic.js';
import { runCliInProcess } from './helpers/lint.js';

const adverts: Record<string, string> = {
  'care/support-worker.md': '# Support worker\n\nYou will utilise your skills to help people at home.\n\nSuccessful applicants will commence in January.\n',
  'care/nurse.md': '# Staff nurse\n\nYou will facilitate training for the team.\n',
  'office/clerk.txt': 'Ward clerk\n\nYou will liaise with the ward team.\n',
};

function repository(): string {
  const folder = mkdtempSync(join(tmpdir(), 'widen-baseline-'));
  for (const [path, text] of Object.entries(adverts)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

interface Output {
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; excerpt: string }> }>;
}

function findings(stdout: string): string[] {
  const output = JSON.parse(stdout) as Output;
  return output.files.flatMap((file) => file.diagnostics.map((d) => `${file.path}: ${d.ruleId} “${d.excerpt}”`));
}

describe('baseline', () => {
  test('round trip: baseline a folder, change one file, and only the new finding is reported', async () => {
    const folder = repository();
    const written = await runCliInProcess(['baseline', '.'], { cwd: folder });
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/^widen: wrote widen-baseline\.json: \d+ findings in 3 files\n$/);

    const clean = await runCliInProcess(['--format', 'json', '--baseline', 'widen-baseline.json', '.'], { cwd: folder });
    expect(findings(clean.stdout)).toEqual([]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toMatch(/known findings not shown/);
    expect(clean.stderr).not.toMatch(/no longer/);

    // A new finding in one file; an unrelated edit above the old ones in another.
    writeFileSync(join(folder, 'care', 'nurse.md'), '# Staff nurse\n\nWe are a small ward.\n\nYou will facilitate training for the team.\n\nWe will endeavour to reply.\n');
    const after = await runCliInProcess(['--format', 'json', '--baseline', 'widen-baseline.json', '.'], { cwd: folder });
    expect(findings(after.stdout)).toEqual(['care/nurse.md: simpler-words “endeavour”']);
  });

  test('entries that no longer occur are counted, including those of deleted files', async () => {
    const folder = repository();
    await runCliInProcess(['baseline', '.'], { cwd: folder });
    writeFileSync(join(folder, 'care', 'support-worker.md'), adverts['care/support-worker.md']!.replace('utilise', 'use'));
    const fixed = await runCliInProcess(['--baseline', 'widen-baseline.json', '.'], { cwd: folder });
    expect(fixed.stderr).toMatch(/widen-baseline\.json: \d+ known findings not shown; 1 entry no longer occurs \(run "widen baseline" to tidy it\)/);

    const entries = readBaseline(join(folder, 'widen-baseline.json')).findings.filter((entry) => entry.path === 'office/clerk.txt').length;
    rmSync(join(folder, 'office', 'clerk.txt'));
    const deleted = await runCliInProcess(['--baseline', 'widen-baseline.json', 'care'], { cwd: folder });
    expect(deleted.stderr).toContain(`${entries + 1} entries no longer occur`);
  });

  test('the file is sorted, one finding per line, with paths relative to it', async () => {
    const folder = repository();
    mkdirSync(join(folder, 'ci'));
    await runCliInProcess(['baseline', '--output', 'ci/baseline.json', 'care', 'office'], { cwd: folder });
    const text = readFileSync(join(folder, 'ci', 'baseline.json'), 'utf8');
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', '  "version": 1,', '  "findings": [']);
    const entryLines = lines.filter((line) => line.startsWith('    {'));
    const entries = entryLines.map((line) => JSON.parse(line.replace(/,$/, '')) as { path: string; fingerprint: string });
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.every((entry) => entry.path.startsWith('../care/') || entry.path.startsWith('../office/'))).toBe(true);
    const keys = entries.map((entry) => `${entry.path}\u0000${entry.fingerprint}`);
    expect(keys).toEqual([...keys].sort());
    expect(JSON.parse(text).findings).toEqual(entries.map((entry) => expect.objectContaining(entry)));
    // The same findings give the same file, byte for byte.
    await runCliInProcess(['baseline', '--output', 'ci/again.json', 'office', 'care'], { cwd: folder });
    expect(readFileSync(join(folder, 'ci', 'again.json'), 'utf8')).toBe(text);
    // Used from another folder, the paths still resolve against the baseline's own folder.
    const check = await runCliInProcess(['--format', 'json', '--baseline', join(folder, 'ci', 'baseline.json'), join(folder, 'care')]);
    expect(findings(check.stdout)).toEqual([]);
  });

  test('a missing or malformed baseline is an input error', async () => {
    const folder = repository();
    expect((await runCliInProcess(['--baseline', 'nope.json', '.'], { cwd: folder })).code).toBe(2);
    writeFileSync(join(folder, 'bad.json'), '{"findings": 3}');
    const bad = await runCliInProcess(['--baseline', 'bad.json', '.'], { cwd: folder });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json: not a widen baseline');
  });

  test('applyBaseline matches by path and fingerprint only', () => {
    const d = (fingerprint: string, excerpt: string): Diagnostic => ({
      ruleId: 'simpler-words',
      category: 'plain-language',
      severity: 'warning',
      message: 'm',
      excerpt,
      location: { offset: 0, endOffset: 0 },
      suggestions: [],
      docs: '',
      fingerprint,
    });
    const result = (path: string, ...diagnostics: Diagnostic[]): FileResult => ({ path, format: 'markdown', profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics });
    const file = join(tmpdir(), 'widen-baseline.json');
    const baseline = JSON.parse(createBaseline([result(join(tmpdir(), 'a.md'), d('1', 'x'), d('2', 'y'))], file));
    const applied = applyBaseline([result(join(tmpdir(), 'a.md'), d('1', 'changed words, same fingerprint'), d('3', 'z')), result(join(tmpdir(), 'b.md'), d('1', 'x'))], baseline, file);
    expect(applied.results.map((r) => r.diagnostics.map((x) => x.fingerprint))).toEqual([['3'], ['1']]);
    expect(applied.suppressed).toBe(1);
    expect(applied.stale).toBe(1);
  });
});
