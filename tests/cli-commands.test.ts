import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PassThrough } from 'node:stream';
import { askProfile } from '../src/cli/init.js';
import { useColour } from '../src/cli/main.js';
import { ruleDoc } from '../src/index.js';
import { rules } from '../rules/index.js';
import { root, runCliInProcess } from './helpers/lint.js';

describe('commands a newcomer reaches for', () => {
  test('widen init writes a commented starter, asking nothing off a terminal; then widen runs clean', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-init-'));
    // Standard input is not a terminal and has nothing in it: a question would hang or fail.
    const init = await runCliInProcess(['init'], { cwd: folder });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toBe('widen: wrote widen.config.json; run "widen" to lint the documents in this folder\n');
    const written = readFileSync(join(folder, 'widen.config.json'), 'utf8');
    expect(written).toMatch(/^\s*\/\/ /m);
    expect(written).toContain('"$schema": "./node_modules/widen/schemas/widen.config.schema.json"');
    expect(written).toContain('"profile": "advert"');

    const empty = await runCliInProcess([], { cwd: folder });
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stderr).toBe('');
    copyFileSync(join(root, 'examples', 'good-advert.md'), join(folder, 'advert.md'));
    const clean = await runCliInProcess([], { cwd: folder });
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toBe('✓ No problems (0 errors, 0 warnings, 0 infos) in 1 file\n');
  });

  test('widen init never overwrites a configuration, and takes --profile', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-init-'));
    writeFileSync(join(folder, 'widen.config.json'), '{}\n');
    const again = await runCliInProcess(['init'], { cwd: folder });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('widen: widen.config.json: it is there already; widen does not overwrite it\n');
    expect(readFileSync(join(folder, 'widen.config.json'), 'utf8')).toBe('{}\n');
    const other = mkdtempSync(join(tmpdir(), 'widen-init-'));
    expect((await runCliInProcess(['--profile', 'event', 'init'], { cwd: other })).code).toBe(0);
    expect(readFileSync(join(other, 'widen.config.json'), 'utf8')).toContain('"profile": "event"');
    expect(existsSync(join(other, 'widen.config.json'))).toBe(true);
  });

  test('on a terminal, widen init asks what the documents are, until the answer is a profile', async () => {
    const ask = async (typed: string) => {
      const input = new PassThrough();
      const output = new PassThrough();
      let said = '';
      output.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')));
      const answer = askProfile(input, output);
      input.end(typed);
      return { profile: await answer, said };
    };
    expect((await ask('\n')).profile).toBe('advert');
    expect((await ask('ev\n')).profile).toBe('event');
    const wrong = await ask('job\ninterview\n');
    expect(wrong.profile).toBe('interview-invite');
    expect(wrong.said).toContain('What are the documents: advert, event, interview-invite? (advert) ');
    expect(wrong.said).toContain('widen: "job" is not one of them');
    // Ctrl+D before an answer writes nothing.
    expect((await ask('')).profile).toBeNull();
  });

  test('widen help and widen help <command>', async () => {
    expect((await runCliInProcess(['help'])).stdout).toMatch(/^Usage: widen \[options\] \[command\] \[paths\.\.\.\]/);
    const explain = await runCliInProcess(['help', 'explain']);
    expect(explain.stdout).toMatch(/^Usage: widen explain \[options\] <rule-id>/);
    expect(explain.stdout).toContain('--markdown');
    const wrong = await runCliInProcess(['help', 'explian']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('widen: no command called "explian" (did you mean "explain"?)\nRun widen --help for usage\n');
  });

  test.each(rules.map((rule) => rule.meta.id))('widen explain %s is laid out for an 80-column terminal', async (id) => {
    const { stdout, code } = await runCliInProcess(['explain', id]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${id}\\n=+\\n`));
    expect(stdout).not.toContain('<!--');
    expect(stdout).not.toMatch(/^\|/m);
    expect(stdout).toMatch(/^Why\n---\n/m);
    // Only examples (indented four spaces, kept as written) may be wider.
    expect(stdout.split('\n').filter((line) => line.length > 80 && !line.startsWith('    '))).toEqual([]);
  });

  test('widen explain --markdown prints the page as written', async () => {
    expect((await runCliInProcess(['explain', 'reading-age', '--markdown'])).stdout).toBe(ruleDoc('reading-age'));
  });

  test('colour: --color and --no-color first, then FORCE_COLOR and NO_COLOR, then the terminal', async () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(useColour({}, tty, {})).toBe(true);
    expect(useColour({}, pipe, {})).toBe(false);
    expect(useColour({}, tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({}, pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColour({}, tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColour({ color: true }, pipe, { NO_COLOR: '1' })).toBe(true);
    expect(useColour({ color: false }, tty, { FORCE_COLOR: '1' })).toBe(false);
    expect(useColour({ output: 'report.txt' }, tty, {})).toBe(false);
    // And from the command line: runCli sets NO_COLOR, which --color overrides.
    expect((await runCliInProcess(['--color', 'examples/poor-advert.md'])).stdout).toMatch(/\u001b\[31m/);
    expect((await runCliInProcess(['examples/poor-advert.md'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
  });
});
