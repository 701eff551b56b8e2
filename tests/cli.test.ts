import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import outputSchema from '../schemas/widen-output.schema.json' with { type: 'json' };
import { root, runCli, runCliInProcess } from './helpers/lint.js';

const validateOutput = new Ajv2020({ strict: false }).compile(outputSchema);

describe('widen CLI', () => {
  test('JSON for the poor advert validates against the shipped schema and has all four categories', async () => {
    const { stdout, code } = await runCliInProcess(['--format', 'json', '--profile', 'advert', 'examples/poor-advert.md']);
    const output = JSON.parse(stdout);
    expect(validateOutput(output), JSON.stringify(validateOutput.errors)).toBe(true);
    const categories = new Set(output.files[0].diagnostics.map((d: { category: string }) => d.category));
    expect([...categories].sort()).toEqual(['inclusive-language', 'plain-language', 'readability', 'required-information']);
    expect(output.files[0].stats.words).toBeGreaterThan(100);
    // “able-bodied”, “no gaps” and no pay are errors: the poor advert fails by default.
    expect(code).toBe(1);
  });

  test('every excerpt is the source text at its offsets', async () => {
    const { stdout } = await runCliInProcess(['--format', 'json', 'examples/poor-advert.md']);
    const output = JSON.parse(stdout);
    const source = readFileSync(join(root, 'examples/poor-advert.md'), 'utf8');
    for (const diagnostic of output.files[0].diagnostics) {
      expect(source.slice(diagnostic.location.offset, diagnostic.location.endOffset)).toBe(diagnostic.excerpt);
    }
  });

  test('a missing file gives exit 2 and a one-line error naming it, and the other files are still reported', async () => {
    const { stdout, stderr, code } = await runCliInProcess(['--format', 'json', 'no-such-advert.md', 'examples/poor-advert.md']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['widen: no-such-advert.md: no such file or folder']);
    const output = JSON.parse(stdout);
    expect(output.files.map((file: { path: string }) => file.path)).toEqual(['no-such-advert.md', 'examples/poor-advert.md']);
    expect(output.files[1].diagnostics.length).toBeGreaterThan(0);
  });

  // A child process, so that its real standard input, a pipe, is what is read.
  test('reads standard input with "-" and with --stdin --stdin-filename', () => {
    const text = 'You will utilise the hoist.\n';
    const dash = runCli(['-', '--format', 'json'], { input: text });
    expect(JSON.parse(dash.stdout).files[0].path).toBe('<stdin>');
    const named = runCli(['--stdin', '--stdin-filename', 'advert.md', '--format', 'json'], { input: text });
    const file = JSON.parse(named.stdout).files[0];
    expect(file.path).toBe('advert.md');
    expect(file.diagnostics.some((d: { excerpt: string }) => d.excerpt === 'utilise')).toBe(true);
  });

  test('exit code 1 for an error-severity finding, 0 when only warnings, 1 past --max-warnings', async () => {
    // One warning (health-jargon); a snippet has no pay, so missing-information is off.
    const text = 'You will work on an acute ward.\n';
    const only = ['--rule', 'missing-information=off'];
    expect((await runCliInProcess(['-', ...only, '--rule', 'health-jargon=error'], { input: text })).code).toBe(1);
    expect((await runCliInProcess(['-', ...only], { input: text })).code).toBe(0);
    expect((await runCliInProcess(['-', ...only, '--max-warnings', '0'], { input: text })).code).toBe(1);
    expect((await runCliInProcess(['-'], { input: text })).code).toBe(1);
  });

  test('the poor examples fail and the good ones pass with the default configuration', async () => {
    for (const name of ['poor-advert.md', 'poor-advert.txt', 'poor-advert.html', 'poor-advert.docx']) {
      expect((await runCliInProcess([`examples/${name}`])).code, name).toBe(1);
    }
    for (const name of ['good-advert.md', 'good-event.md', 'good-interview-invite.md']) {
      expect((await runCliInProcess([`examples/${name}`])).code, name).toBe(0);
    }
  });

  test('--quiet shows errors only', async () => {
    const { stdout } = await runCliInProcess(['--quiet', '--format', 'json', 'examples/poor-advert.md']);
    const severities = JSON.parse(stdout).files[0].diagnostics.map((d: { severity: string }) => d.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  test('stylish output groups by file with line:column, message and rule id, and a summary', async () => {
    const { stdout } = await runCliInProcess(['examples/poor-advert.md']);
    expect(stdout).toMatch(/^examples\/poor-advert\.md$/m);
    expect(stdout).toMatch(/^\s+\d+:\d+\s+info\s+“utilise” is a formal word.*\s+simpler-words$/m);
    expect(stdout).toMatch(/^ {2}Inclusive language \(\d+\)$/m);
    expect(stdout).toMatch(/✖ \d+ problems \([1-9]\d* errors, \d+ warnings, \d+ infos\) in 1 file/);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  test('a bad config names the file and the key, with exit 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-config-'));
    writeFileSync(join(folder, 'widen.config.json'), JSON.stringify({ rules: { 'simpler-words': 'loud' } }));
    writeFileSync(join(folder, 'advert.md'), 'Hello.\n');
    const bad = await runCliInProcess([join(folder, 'advert.md')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('widen.config.json');
    expect(bad.stderr).toContain('rules.simpler-words');

    writeFileSync(join(folder, 'widen.config.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    expect((await runCliInProcess([join(folder, 'advert.md')])).stderr).toContain('unknown rule "no-such-rule"');

    writeFileSync(join(folder, 'widen.config.json'), JSON.stringify({ profiel: 'event' }));
    expect((await runCliInProcess([join(folder, 'advert.md')])).stderr).toContain('unknown key "profiel"');
  });

  test('config found by walking up: rule severity, options, overrides and ignore', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-config-'));
    mkdirSync(join(folder, 'events', 'drafts'), { recursive: true });
    writeFileSync(
      join(folder, '.widenrc.json'),
      JSON.stringify({
        rules: { 'simpler-words': ['error', { ignore: ['commence'] }] },
        ignore: ['events/drafts/**'],
        overrides: [{ files: ['events/**'], profile: 'event' }],
      }),
    );
    writeFileSync(join(folder, 'events', 'fair.md'), 'We commence at noon and utilise the hall.\n');
    writeFileSync(join(folder, 'events', 'drafts', 'draft.md'), 'We utilise.\n');
    const { stdout, code } = await runCliInProcess(['--format', 'json', folder]);
    const output = JSON.parse(stdout);
    expect(output.files.map((file: { path: string }) => file.path)).toEqual([join(folder, 'events', 'fair.md')]);
    const [file] = output.files;
    expect(file.profile).toBe('event');
    expect(file.diagnostics.map((d: { excerpt: string; severity: string }) => `${d.excerpt}:${d.severity}`)).toContain('utilise:error');
    expect(file.diagnostics.map((d: { excerpt: string }) => d.excerpt)).not.toContain('commence');
    expect(code).toBe(1);
  });

  test('a "widen" key in package.json is configuration too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-config-'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'x', widen: { rules: { 'simpler-words': 'off' } } }));
    writeFileSync(join(folder, 'a.md'), 'We utilise.\n');
    const output = JSON.parse((await runCliInProcess(['--format', 'json', join(folder, 'a.md')])).stdout);
    expect(output.files[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'simpler-words')).toEqual([]);
  });

  test('rules lists every rule and explain prints its doc', async () => {
    const list = await runCliInProcess(['rules']);
    expect(list.stdout).toMatch(/^simpler-words\s+plain-language\s+info\s+Prefer/m);
    const explain = await runCliInProcess(['explain', 'simpler-words', '--markdown']);
    expect(explain.stdout).toContain('# `simpler-words`');
    const unknown = await runCliInProcess(['explain', 'nope']);
    expect(unknown.code).toBe(2);
  });

  test('--help and --version work; a bad option is a usage error', async () => {
    expect((await runCliInProcess(['--help'])).stdout).toContain('Usage: widen');
    expect((await runCliInProcess(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await runCliInProcess(['--format', 'nope', 'x.md'])).code).toBe(2);
    expect((await runCliInProcess(['--rule', 'simpler-words=loud', 'x.md'])).code).toBe(2);
  });
});
