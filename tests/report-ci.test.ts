import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { sampleDiagnostic } from './helpers/sample.js';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { rules } from '../rules/index.js';
import type { Diagnostic, FileResult } from '../src/model/diagnostic.js';
import { extensions } from '../src/run/discover.js';
import { escapeData, escapeProperty, github } from '../src/report/github.js';
import { junit } from '../src/report/junit.js';
import { cell, markdown } from '../src/report/markdown.js';
import { sarif } from '../src/report/sarif.js';
import type { ReportContext } from '../src/report/shared.js';
import { root, runCliInProcess } from './helpers/lint.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const context: ReportContext = { color: false, version: '0.1.0', rules: rules.map((rule) => rule.meta) };

/**
 * The SARIF 2.1.0 JSON Schema as Microsoft's SARIF SDK ships it beside its validator (MIT; a
 * devDependency, so the check needs nothing outside the repository). It is JSON Schema 2020-12.
 */
const validateSarif = (() => {
  const path = createRequire(import.meta.url).resolve(`@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
})();

/** Runs Microsoft's SARIF validator and returns the problems it reports at error level. */
function multitoolErrors(file: string): string[] {
  const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // npm does not always run the package's postinstall (`chmod u+x`).
    chmodSync(binary, statSync(binary).mode | 0o100);
  }
  const out = `${file}.validation.sarif`;
  const run = spawnSync(binary, ['validate', file, '--output', out, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8').replace(/^\uFEFF/, '')) as { runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string } }> }> };
  return (log.runs[0]?.results ?? []).filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message.text ?? ''}`);
}

function finding(overrides: Partial<Diagnostic>): Diagnostic {
  return sampleDiagnostic(overrides);
}

/** Results that exercise every corner: escaping, DOCX, document-level findings, a file not read. */
const sample: FileResult[] = [
  {
    path: 'adverts/care, support: 100%.md',
    format: 'markdown',
    profile: 'advert',
    stats: { words: 120, sentences: 8, readingAge: 12 },
    diagnostics: [
      finding({
        ruleId: 'missing-information',
        category: 'required-information',
        message: 'No pay in pounds: say what the job pays',
        excerpt: '',
        location: { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 },
        suggestions: [{ text: 'Add a sentence such as this one', replacement: 'The pay is £[amount] a year.', safe: false }],
        requirement: 'salary',
        fingerprint: 'aaaaaaaaaaaaaaaa',
      }),
      finding({ severity: 'error', message: 'Say “100% | <b>bold</b>” plainly,\r\nnot *so* @team', fingerprint: 'bbbbbbbbbbbbbbbb' }),
      finding({ severity: 'info', ruleId: 'hard-sentence', category: 'readability', message: 'A long sentence', note: undefined, suggestions: [], fingerprint: 'cccccccccccccccc' }),
    ],
  },
  {
    path: 'word/job description.docx',
    format: 'docx',
    profile: 'advert',
    stats: { words: 300, sentences: 20, readingAge: 14 },
    diagnostics: [
      finding({
        location: { offset: 120, endOffset: 127, block: 12, heading: 'About the role', context: '…will be expected to utilise their skills…' },
        fingerprint: 'dddddddddddddddd',
      }),
    ],
  },
  { path: 'broken.md', format: 'markdown', profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [], error: 'this is not a text file (it holds binary data)' },
  { path: 'clean.txt', format: 'text', profile: 'advert', stats: { words: 50, sentences: 4, readingAge: 9 }, diagnostics: [] },
];

describe('SARIF', () => {
  test('the report for examples/ is valid against the SARIF 2.1.0 schema and passes Microsoft’s validator', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-sarif-'));
    const file = join(folder, 'examples.sarif');
    const { code, stderr } = await runCliInProcess(['--format', 'sarif', '--output', file, 'examples/']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const log = JSON.parse(readFileSync(file, 'utf8'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(10);
    expect(multitoolErrors(file)).toEqual([]);
  });

  test('synthetic results with DOCX, document-level findings and a file not read are valid too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-sarif-'));
    const file = join(folder, 'sample.sarif');
    const text = sarif(sample, { ...context, sarifCategory: 'widen/shard-2-of-3' });
    writeFileSync(file, text);
    const log = JSON.parse(text);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(multitoolErrors(file)).toEqual([]);
    // Written in pieces (a large log is longer than a string may be), it is still one JSON text, indented as a whole.
    expect(text).toBe(`${JSON.stringify(log, null, 2)}\n`);
    const empty = sarif([], context);
    expect(empty).toBe(`${JSON.stringify(JSON.parse(empty), null, 2)}\n`);
    expect(JSON.parse(empty).runs[0].results).toEqual([]);
  });

  test('rules come from metadata; results carry regions, fingerprints, logical locations and the category', () => {
    const log = JSON.parse(sarif(sample, { ...context, sarifCategory: 'widen/shard-2-of-3' }));
    const [run] = log.runs;
    expect(run.automationDetails).toEqual({ id: 'widen/shard-2-of-3/' });
    const simpler = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'simpler-words');
    expect(simpler.shortDescription.text).toMatch(/^Prefer a short everyday word/);
    expect(simpler.fullDescription.text).toMatch(/Formal words/);
    expect(simpler.help.markdown).toContain('## Why');
    expect(simpler.helpUri).toBe('https://github.com/widen-lint/widen/blob/main/rules/simpler-words/simpler-words.md');
    expect(simpler.defaultConfiguration.level).toBe('note');
    expect(simpler.properties.category).toBe('plain-language');
    expect(simpler.properties.tags).toContain('plain-language');

    const [documentLevel, error, info, docx] = run.results;
    expect(documentLevel.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'adverts/care%2C%20support%3A%20100%25.md', uriBaseId: '%SRCROOT%' } });
    expect(documentLevel.properties.requirement).toBe('salary');
    expect(error.level).toBe('error');
    expect(error.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 10, endLine: 3, endColumn: 17, snippet: { text: 'utilise' } });
    expect(error.partialFingerprints).toEqual({ 'widen/v1': 'bbbbbbbbbbbbbbbb' });
    expect(run.tool.driver.rules[error.ruleIndex].id).toBe('simpler-words');
    expect(info.level).toBe('note');
    expect(docx.locations[0].logicalLocations).toEqual([{ name: 'block 12', fullyQualifiedName: 'About the role > block 12', kind: 'element' }]);
    expect(docx.locations[0].message.text).toContain('…will be expected to utilise their skills…');
    expect(docx.properties.excerpt).toBe('utilise');
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('broken.md');
  });

  test('--shard gives each shard its own category unless --sarif-category names one', async () => {
    const sharded = JSON.parse((await runCliInProcess(['--format', 'sarif', '--shard', '2/3', 'examples/'])).stdout);
    expect(sharded.runs[0].automationDetails.id).toBe('widen/shard-2-of-3/');
    const named = JSON.parse((await runCliInProcess(['--format', 'sarif', '--sarif-category', 'adverts', 'examples/'])).stdout);
    expect(named.runs[0].automationDetails.id).toBe('adverts/');
    const plain = JSON.parse((await runCliInProcess(['--format', 'sarif', 'examples/good-advert.md'])).stdout);
    expect(plain.runs[0].automationDetails).toBeUndefined();
  });
});

describe('GitHub annotations', () => {
  test('golden output', async () => {
    await expect(github(sample, context)).toMatchFileSnapshot('golden/github.txt');
  });

  test('escaping follows @actions/core: data escapes % CR LF; properties also : and ,', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    const out = github(sample, context);
    expect(out).toContain('::warning file=adverts/care%2C support%3A 100%25.md,title=widen(missing-information)::No pay in pounds: say what the job pays%0A');
    expect(out).toContain('::error file=adverts/care%2C support%3A 100%25.md,line=3,col=10,endLine=3,endColumn=17,title=widen(simpler-words)::Say “100%25 | <b>bold</b>” plainly,%0D%0Anot *so* @team%0A');
    expect(out).toContain('::notice file=');
    // Every line is one command (or the summary): no raw line break inside a message.
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^(::(error|warning|notice) file=|widen: )/);
  });
});

describe('JUnit', () => {
  test('golden output', async () => {
    await expect(junit(sample, context)).toMatchFileSnapshot('golden/junit.xml');
  });

  test('one test case per file, one failure per finding at or above --fail-on, XML escaped', () => {
    const out = junit(sample, context);
    expect(out.match(/<testcase /g)).toHaveLength(4);
    expect(out.match(/<failure /g)).toHaveLength(1);
    expect(out).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(out).toContain('&#13;&#10;');
    expect(out).not.toMatch(/<b>/);
    expect(out).toContain('<error message="this is not a text file (it holds binary data)" type="file-error">');
    const strict = junit(sample, { ...context, failOn: 'info' });
    expect(strict.match(/<failure /g)).toHaveLength(4);
    expect(junit([{ ...sample[3]!, diagnostics: [finding({ message: 'bad \u0000 char \uD800' })] }], { ...context, failOn: 'warning' })).toContain('bad \uFFFD char \uFFFD');
  });
});

describe('Markdown summary', () => {
  test('golden output', async () => {
    await expect(markdown(sample, context)).toMatchFileSnapshot('golden/markdown.md');
  });

  test('cells escape pipes, HTML, Markdown and mentions, and stay on one line', () => {
    expect(cell('a | b')).toBe('a \\| b');
    expect(cell('<script>x</script>')).toBe('&lt;script&gt;x&lt;/script&gt;');
    expect(cell('*bold* _it_ `code` [link](x) ~~s~~')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~');
    expect(cell('ask @team')).toBe('ask &#64;team');
    expect(cell('one\r\ntwo\nthree')).toBe('one two three');
    const out = markdown(sample, context);
    const findingRows = out.split('\n').filter((line) => /^\| adverts\/.*(error|warning|info) \|/.test(line));
    expect(findingRows).toHaveLength(3);
    for (const row of findingRows) {
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
    }
  });

  test('no findings: a one-line headline', () => {
    expect(markdown([sample[3]!], context)).toBe('### widen: ✓ no problems (0 errors, 0 warnings, 0 infos) in 1 file\n');
  });
});

describe('thresholds', () => {
  // One warning (health-jargon); a snippet has no pay, so missing-information is off.
  const text = 'You will work on an acute ward.\n';
  const only = ['--rule', 'missing-information=off'];
  test('--fail-on sets the lowest severity that fails the run', async () => {
    expect((await runCliInProcess(['-', ...only], { input: text })).code).toBe(0);
    expect((await runCliInProcess(['-', ...only, '--fail-on', 'warning'], { input: text })).code).toBe(1);
    expect((await runCliInProcess(['-', ...only, '--fail-on', 'info'], { input: text })).code).toBe(1);
    expect((await runCliInProcess(['-', ...only, '--fail-on', 'warning', '--rule', 'health-jargon=info'], { input: text })).code).toBe(0);
    expect((await runCliInProcess(['-', ...only, '--fail-on', 'info', '--rule', 'health-jargon=info'], { input: text })).code).toBe(1);
    expect((await runCliInProcess(['-', ...only, '--fail-on', 'loud'], { input: text })).code).toBe(2);
  });

  test('every CI format runs from the command line', async () => {
    for (const format of ['github', 'junit', 'markdown', 'sarif']) {
      const { code, stdout } = await runCliInProcess(['--format', format, 'examples/poor-advert.md']);
      expect(code, format).toBe(1);
      expect(stdout.length, format).toBeGreaterThan(100);
    }
  });
});

describe('integrations', () => {
  // action.yml and its scripts: tests/action.test.ts.
  test('.pre-commit-hooks.yaml runs the widen command on the files widen reads', () => {
    const hooks = parseYaml(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    const hook = hooks.find((entry) => entry.id === 'widen')!;
    expect(hook.language).toBe('node');
    // The machine's Node.js, never one pre-commit downloads (installing it: tests/install.test.ts).
    expect(hook.language_version).toBe('system');
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Object.keys(packageJson.bin)).toContain(String(hook.entry).split(' ')[0]);
    const files = new RegExp(String(hook.files));
    for (const extension of Object.keys(extensions)) expect(files.test(`adverts/x${extension}`), extension).toBe(true);
    expect(files.test('adverts/x.json')).toBe(false);
  });

  test('the README documents the exit codes, the CI workflow with a shard matrix, the pre-commit hook and the baseline', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/### Exit codes[\s\S]*\| 0 \|[\s\S]*\| 1 \|[\s\S]*\| 2 \|/);
    const workflow = /```yaml\n(name: widen[\s\S]*?)```/.exec(readme)?.[1];
    expect(workflow).toBeTruthy();
    const parsed = parseYaml(workflow!);
    const job = Object.values(parsed.jobs as Record<string, { strategy?: { matrix?: { shard?: number[] } }; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>)[0]!;
    expect(job.strategy?.matrix?.shard?.length).toBeGreaterThan(1);
    expect(JSON.stringify(job.steps)).toContain('--shard');
    expect(readme).toContain('.pre-commit-hooks.yaml');
    expect(readme).toContain('widen baseline');
  });
});
