import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic, FileResult } from '../src/model/diagnostic.js';
import { stylish } from '../src/report/stylish.js';
import { collapse, fixFirst, repeats } from '../src/report/summary.js';
import type { ReportContext } from '../src/report/shared.js';
import { root, runCli, runCliInProcess, runMain } from './helpers/lint.js';

const context: ReportContext = { color: false, version: '0.1.0', width: 80 };

function finding(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'simpler-words',
    category: 'plain-language',
    severity: 'info',
    message: '“post holder” is a formal phrase; “you” is plainer',
    excerpt: 'post holder',
    location: { line: 4, column: 5, offset: 40, endOffset: 51 },
    suggestions: [{ text: 'Use “you”', replacement: 'you', safe: false }],
    docs: 'rules/simpler-words/simpler-words.md',
    fingerprint: '0000000000000000',
    ...overrides,
  };
}

function file(diagnostics: Diagnostic[], overrides: Partial<FileResult> = {}): FileResult {
  return { path: 'advert.md', format: 'markdown', profile: 'advert', stats: { words: 200, sentences: 12, readingAge: 13 }, diagnostics, ...overrides };
}

const ableBodied = finding({ ruleId: 'exclusionary-wording', category: 'inclusive-language', severity: 'error', message: '“able-bodied” shuts out disabled people', excerpt: 'able-bodied', location: { line: 9, column: 3, offset: 90, endOffset: 101 } });
const noPay = finding({ ruleId: 'missing-information', category: 'required-information', severity: 'error', message: 'No pay in pounds', excerpt: '', requirement: 'salary', location: { line: 1, column: 1, offset: 0, endOffset: 0 } });
const jargon = finding({ ruleId: 'health-jargon', category: 'plain-language', severity: 'warning', message: '“pro rata” is jargon', excerpt: 'pro rata', location: { line: 12, column: 1, offset: 120, endOffset: 128 } });

describe('stylish: summary first', () => {
  test('the examples, as a terminal 80 columns wide shows them without colour', async () => {
    const examples = readdirSync(join(root, 'examples')).sort();
    expect(examples.length).toBeGreaterThan(3);
    for (const name of examples) {
      const { stdout } = await runCliInProcess([`examples/${name}`]);
      // Paths are relative to the working folder already; the snapshot must not depend on the machine.
      expect(stdout.includes(root)).toBe(false);
      expect(stdout).not.toMatch(/\u001b\[/);
      await expect(stdout).toMatchFileSnapshot(join(root, 'tests', 'snapshots', 'stylish', `${name}.txt`));
    }
  });

  test('the first 24 lines of the poor advert say its reading age, what is missing and what to fix first', async () => {
    const first = (await runCliInProcess(['examples/poor-advert.md'])).stdout.split('\n').slice(0, 24).join('\n');
    expect(first).toMatch(/Reading age {2}14, 3 years above the target of 11/);
    expect(first).toMatch(/Information people need: 0 of 10 given\n {4}✗ Pay in pounds {2}✗ Closing date/);
    expect(first).toMatch(/Fix first\n {4}✖ 16:3 +“Native English speaker”/);
    expect(first).toContain('“able-bodied” shuts out disabled people');
    expect(first.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  test("the README's 80×24 screenshot is the report's first screen today", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shot = /<!-- terminal:start -->[\s\S]*?```text\n([\s\S]*?)```\n<!-- terminal:end -->/.exec(readme)?.[1];
    expect(shot?.split('\n')).toHaveLength(25);
    const first = (await runCliInProcess(['examples/poor-advert.md'])).stdout.split('\n').slice(0, 24).join('\n');
    expect(shot).toBe(`${first}\n`);
  });

  test('fix first: errors before warnings, inclusive language before required information, no infos', () => {
    const problems = collapse([finding(), jargon, noPay, ableBodied]);
    expect(fixFirst(problems).map((problem) => problem.first.excerpt)).toEqual(['able-bodied', '', 'pro rata']);
  });

  test('repeats of one problem in one file are one line with every line number', () => {
    const again = [finding(), finding({ location: { line: 9, column: 2, offset: 90, endOffset: 101 } }), finding({ message: '“Post holder” is a formal phrase; “you” is plainer', location: { line: 17, column: 1, offset: 170, endOffset: 181 } })];
    const problems = collapse(again);
    expect(problems).toHaveLength(1);
    expect(repeats(problems[0]!)).toBe(' ×3: lines 4, 9, 17');
    const out = stylish([file(again)], context);
    expect(out.replace(/\s+/g, ' ')).toContain('4:5 info “post holder” is a formal phrase; “you” is plainer ×3: lines 4, 9, 17 simpler-words');
    expect(out).toMatch(/Plain language \(3\)/);
  });

  test('categories come in a fixed order, whatever the order of the findings', () => {
    const out = stylish([{ ...file([finding(), jargon, noPay, ableBodied]), requirements: [{ id: 'salary', status: 'missing' }] }], context);
    const order = ['Inclusive language', 'Required information', 'Plain language'].map((title) => out.indexOf(`  ${title} (`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(out.indexOf('Fix first')).toBeLessThan(order[0]!);
    expect(out).toMatch(/Reading age {2}13, 2 years above the target of 11/);
    expect(out).toMatch(/Information people need: 0 of 1 given\n {4}✗ Pay in pounds\n/);
  });

  test('-q with warnings hidden does not claim there are no problems; it counts what it hid', () => {
    const out = stylish([file([])], { ...context, hidden: { quiet: { warnings: 42, infos: 3 } } });
    expect(out).not.toContain('No problems');
    expect(out.trim()).toBe('✓ No errors (0 errors, 0 warnings, 0 infos) in 1 file; 42 warnings and 3 infos hidden by --quiet');
  });

  test('the baseline and a review are counted as hidden', () => {
    const reviewed = [{ ...finding(), review: { decision: 'disagree' as const, reviewer: 'Sam', comment: '', date: '2026-01-01T00:00:00.000Z' } }];
    const out = stylish([file([ableBodied], { reviewed })], { ...context, hidden: { baseline: 4 } });
    expect(out.trim().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file; 4 known findings hidden by the baseline, 1 finding set aside by review');
  });

  test('--max-warnings failing the run says so', () => {
    const out = stylish([file([jargon, jargon])], { ...context, maxWarnings: 1 });
    expect(out.trim().split('\n').slice(-2)).toEqual(['✖ 2 problems (0 errors, 2 warnings, 0 infos) in 1 file', '✖ too many warnings (2, max 1)']);
    expect(out).toContain('“pro rata” is jargon ×2: line 12');
  });

  test('a file that could not be read: its error once on a terminal, and no tick', async () => {
    const { stdout, stderr, code } = await runMain(['no-such-advert.md', 'examples/good-advert.md'], { tty: 80 });
    expect(code).toBe(2);
    expect(`${stdout}${stderr}`.match(/no such file or folder/g)).toHaveLength(1);
    expect(stdout).not.toContain('✓');
    expect(stdout.trim().split('\n').slice(-2)).toEqual(['No problems (0 errors, 0 warnings, 0 infos) in the other file', '✖ 1 file could not be read']);
    const alone = await runMain(['no-such-advert.md'], { tty: 80 });
    expect(alone.stdout).toBe('no-such-advert.md\n  error  no such file or folder\n\n✖ 1 file could not be read\n');
    // Down a pipe, standard error says it too, for whoever reads only that (a child process, whose output is a real pipe).
    const piped = runCli(['no-such-advert.md']);
    expect(piped.stderr).toBe('widen: no-such-advert.md: no such file or folder\n');
  });

  test('lines fit the width asked for', () => {
    const out = stylish([file([finding(), jargon, noPay, ableBodied])], { ...context, width: 50 });
    // All but the last line, which counts everything in one line however long.
    const lines = out.trim().split('\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((line) => line.length > 50)).toEqual([]);
  });
});
