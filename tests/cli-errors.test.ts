import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blankComments, parseJsonc, pointerPlaces } from '../src/config/json-text.js';
import { didYouMean } from '../src/kit/did-you-mean.js';
import { runCliInProcess } from './helpers/lint.js';

/** A folder with a configuration and an advert; the output with the folder's path made stable. */
function withConfig(config: string): { run: (...args: string[]) => Promise<{ stdout: string; stderr: string; code: number | null }> } {
  const folder = mkdtempSync(join(tmpdir(), 'widen-errors-'));
  writeFileSync(join(folder, 'widen.config.json'), config);
  writeFileSync(join(folder, 'advert.md'), 'We help people to live well at home.\n');
  return {
    run: async (...args) => {
      const out = await runCliInProcess([...args, 'advert.md'], { cwd: folder });
      const stable = (text: string) => text.split(folder).join('<folder>');
      return { ...out, stdout: stable(out.stdout), stderr: stable(out.stderr) };
    },
  };
}

describe('errors as a user expects them', () => {
  test.each([
    [['--formt', 'json', 'x.md'], "widen: unknown option '--formt' (did you mean --format?)"],
    [['-f', 'jsno', 'x.md'], "widen: option '-f, --format <name>' argument 'jsno' is invalid: expected one of stylish, json, html, sarif, github, junit, markdown (did you mean \"json\"?)"],
    [['--profile', 'advrt', 'x.md'], "widen: option '-p, --profile <profile>' argument 'advrt' is invalid: expected one of advert, event, interview-invite (did you mean \"advert\"?)"],
    [['--rule', 'simpler-word=error', 'x.md'], 'widen: option \'--rule <id=severity>\' argument \'simpler-word=error\' is invalid: no rule called "simpler-word" (did you mean "simpler-words"?); run "widen rules" to list them'],
    [['--rule', 'simpler-words=eror', 'x.md'], 'widen: option \'--rule <id=severity>\' argument \'simpler-words=eror\' is invalid: expected <rule-id>=<off|error|warning|info>, got "simpler-words=eror" (did you mean "error"?)'],
    [['--fix-category', 'plain', 'x.md'], "widen: option '--fix-category <category>' argument 'plain' is invalid: expected one of plain-language, readability, inclusive-language, required-information, got \"plain\" (did you mean \"plain-language\"?)"],
  ])('a bad option is one line and a pointer to the help: %j', async (args, line) => {
    const { stdout, stderr, code } = await runCliInProcess(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${line}\nRun widen --help for usage\n`);
  });

  test('an unknown rule for explain, with a did-you-mean', async () => {
    const { stderr, code } = await runCliInProcess(['explain', 'simpler-word']);
    expect(code).toBe(2);
    expect(stderr).toBe('widen: no rule called "simpler-word" (did you mean "simpler-words"?); run "widen rules" to list them\n');
  });

  test('--help shows no empty defaults', async () => {
    const { stdout } = await runCliInProcess(['--help']);
    expect(stdout).toContain('--ignore-pattern <glob>');
    expect(stdout).not.toMatch(/default: (\[\]|\{\})/);
  });

  test('every mistake in a configuration at once, each with its line and column and a did-you-mean', async () => {
    const config = [
      '{',
      '  "profiel": "event",',
      '  // comments are allowed',
      '  "profile": "advrt",',
      '  "rules": {',
      '    "simpler-words": "warnin",',
      '    "simpler-word": "off",',
      '    "reading-age": ["warning", { "targetAge": 3, "nope": 1 }]',
      '  }',
      '}',
    ].join('\n');
    const { stderr, code } = await withConfig(config).run();
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        'widen: advert.md: <folder>/widen.config.json:2:3: unknown key "profiel" (did you mean "profile"?)',
        'widen: advert.md: <folder>/widen.config.json:4:3: profile: expected one of "advert", "event", "interview-invite", got "advrt" (did you mean "advert"?)',
        'widen: advert.md: <folder>/widen.config.json:6:5: rules.simpler-words: expected "off", "info", "warning", "error" or [severity, options] with valid options, got "warnin" (did you mean "warning"?)',
        'widen: advert.md: <folder>/widen.config.json:7:5: unknown rule "simpler-word" in rules (did you mean "simpler-words"?)',
        'widen: advert.md: <folder>/widen.config.json:8:34: rules.reading-age.1.targetAge: must be >= 6',
        'widen: advert.md: <folder>/widen.config.json:8:50: unknown option "nope" in rules.reading-age.1',
        '',
      ].join('\n'),
    );
  });

  test('a configuration that is not JSON says where', async () => {
    const { stderr, code } = await withConfig('{\n  "profile": "advert",\n  "rules": { "simpler-words": "off", }\n}\n').run();
    expect(code).toBe(2);
    expect(stderr).toBe('widen: advert.md: <folder>/widen.config.json:3:38: not valid JSON: expected double-quoted property name\n');
  });

  test('--output into a folder that does not exist is one clear line, before any work', async () => {
    const { stderr, code } = await runCliInProcess(['--output', 'no-such-folder/report.html', '--format', 'html', 'examples/good-advert.md']);
    expect(code).toBe(2);
    expect(stderr).toBe('widen: --output no-such-folder/report.html: the folder no-such-folder does not exist\n');
  });

  test("a configuration's errors are said in full once, then in one line for each other file it stops", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-config-once-'));
    writeFileSync(join(folder, 'widen.config.json'), '{ "profil": "advert", "rules": { "passive-voice": "of" } }');
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(folder, name), 'We utilise hoists.\n');
    const { stdout, stderr, code } = await runCliInProcess(['a.md', 'b.md', 'c.md'], { cwd: folder });
    expect(code).toBe(2);
    const config = join(folder, 'widen.config.json');
    const again = `not linted: its configuration, ${config}, has the errors shown for a.md`;
    expect(stderr.split('\n')).toEqual([
      `widen: a.md: ${config}:1:3: unknown key "profil" (did you mean "profile"?)`,
      `widen: a.md: ${config}:1:34: rules.passive-voice: expected "off", "info", "warning", "error" or [severity, options] with valid options, got "of" (did you mean "off"?)`,
      `widen: b.md: ${again}`,
      `widen: c.md: ${again}`,
      '',
    ]);
    expect(stdout.match(/unknown key/g)).toHaveLength(1);
    expect(stdout).toContain(`c.md\n  error  ${again}\n`);
  });

  test('a .doc file: save it as .docx in Word', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-doc-'));
    writeFileSync(join(folder, 'advert.doc'), 'old Word');
    const { stderr, code } = await runCliInProcess(['advert.doc'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toBe('widen: advert.doc: widen does not read .doc (Word 97–2003) files: save it as .docx in Word (File › Save As), then lint that\n');
  });
});

describe('the helpers behind them', () => {
  test('did you mean: the nearest name, a unique beginning, or nothing', () => {
    expect(didYouMean('profiel', ['profile', 'rules', 'ignore'])).toBe('profile');
    expect(didYouMean('plain', ['plain-language', 'readability'])).toBe('plain-language');
    expect(didYouMean('sarif', ['stylish', 'json'])).toBeUndefined();
    expect(didYouMean('eror', ['off', 'info', 'warning', 'error'])).toBe('error');
  });

  test('comments are blanked without moving anything, and places are found by pointer', () => {
    const text = '{\n  // note: "x"\n  "a": { "b": [1, /* two */ 2] },\n  "c": "//not a comment"\n}';
    expect(blankComments(text)).toHaveLength(text.length);
    expect(parseJsonc(text)).toEqual({ a: { b: [1, 2] }, c: '//not a comment' });
    const places = pointerPlaces(text);
    expect(places.get('/a')).toEqual({ line: 3, column: 3 });
    expect(places.get('/a/b/1')).toEqual({ line: 3, column: 29 });
    expect(places.get('/c')).toEqual({ line: 4, column: 3 });
  });
});
