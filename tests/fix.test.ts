import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeFixes } from '../src/cli/fix.js';
import type { FileResult } from '../src/model/diagnostic.js';
import { unifiedDiff } from '../src/fix/diff.js';
import { exitCode, Linter, type RunReport } from '../src/index.js';
import { fixPaths, root, runCli, runCliInProcess } from './helpers/lint.js';

const emptyConfig = join(root, 'tests', 'fixtures', 'empty.widenrc.json');

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'widen-fix-'));
}

/** Copies example files into a new folder and returns their new paths. */
function copies(...names: string[]): string[] {
  const dir = folder();
  return names.map((name) => {
    const path = join(dir, name);
    copyFileSync(join(root, 'examples', name), path);
    return path;
  });
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(folder(), name);
  writeFileSync(path, content);
  return path;
}

function json(stdout: string): { files: FileResult[] } {
  return JSON.parse(stdout) as { files: FileResult[] };
}

const safeCount = (result: FileResult): number => result.diagnostics.filter((d) => d.excerpt && d.suggestions.some((s) => s.safe)).length;

describe('widen --fix on the poor advert', () => {
  test('removes every safe finding, reports the rest with their suggestions, and a second run changes nothing', async () => {
    for (const name of ['poor-advert.md', 'poor-advert.txt', 'poor-advert.html']) {
      const [path] = copies(name);
      const before = json((await runCliInProcess(['--format', 'json', path!])).stdout).files[0]!;
      expect(safeCount(before)).toBeGreaterThan(0);

      const first = await runCliInProcess(['--fix', '--format', 'json', path!]);
      const after = json(first.stdout).files[0]!;
      expect(first.stderr).toMatch(new RegExp(`${basename(path!)}: fixed ${safeCount(before)} problems \\(acronym-first-use 2, simpler-words 4\\)`));
      expect(safeCount(after)).toBe(0);
      expect(after.diagnostics.length).toBe(before.diagnostics.length - safeCount(before));
      expect(after.diagnostics.every((d) => d.suggestions.length > 0 && d.suggestions[0]!.text !== '')).toBe(true);
      const fixed = readFileSync(path!, 'utf8');
      expect(fixed).toContain('within the multidisciplinary team (MDT)');
      expect(fixed).toContain('an enhanced Disclosure and Barring Service (DBS)');
      expect(fixed).not.toMatch(/utilise their|in order to|commence|remunerated/);

      // The report of the fix run is the report of the fixed file.
      expect(json((await runCliInProcess(['--format', 'json', path!])).stdout).files[0]!.diagnostics).toEqual(after.diagnostics);
      const second = await runCliInProcess(['--fix', path!]);
      expect(second.stderr).toContain('nothing to fix');
      expect(readFileSync(path!, 'utf8')).toBe(fixed);
    }
  });

  test('--fix-dry-run prints the diff and writes nothing', async () => {
    const [path] = copies('poor-advert.md');
    const original = readFileSync(path!);
    const { stdout, stderr, code } = await runCliInProcess(['--fix-dry-run', path!]);
    expect(stdout).toMatch(/^--- .*poor-advert\.md\n\+\+\+ .*poor-advert\.md\n@@ /);
    expect(stdout).toContain('+You will start employment');
    expect(stderr).toContain('would fix 6 problems');
    // The advert's errors (“able-bodied”, no pay) are still there: a dry run changes nothing.
    expect(code).toBe(1);
    expect(readFileSync(path!)).toEqual(original);
  });

  test('--fix-category limits the fixes to those categories', async () => {
    const path = write('a.md', 'We utilise his/her skills.\n');
    const inclusive = await runCliInProcess(['--fix', '--fix-category', 'inclusive-language', path]);
    expect(inclusive.stderr).toContain('fixed 1 problem (insensitive-wording 1)');
    expect(readFileSync(path, 'utf8')).toBe('We utilise their skills.\n');
    await runCliInProcess(['--fix', '--fix-category', 'plain-language', '--fix-category', 'readability', path]);
    expect(readFileSync(path, 'utf8')).toBe('We use their skills.\n');
    expect((await runCliInProcess(['--fix', '--fix-category', 'loud', path])).code).toBe(2);
  });

  test('usage mistakes are refused with exit code 2', async () => {
    const path = write('a.md', 'We utilise it.\n');
    expect((await runCliInProcess(['--fix', '--fix-dry-run', path])).stderr).toContain('not both');
    expect((await runCliInProcess(['--fix-category', 'readability', path])).stderr).toContain('needs --fix');
    const stdin = await runCliInProcess(['--fix', '-'], { input: 'We utilise it.\n' });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('cannot fix standard input');
  });
});

describe('what --fix keeps', () => {
  test('a file with CRLF line endings and a UTF-8 byte order mark keeps both, and its mode', async () => {
    const text = '# Nurse\r\n\r\nYou will utilise the hoist whilst on shift.\r\n\r\nThe pay is £24,071 per annum.\r\n';
    const path = write('crlf.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    chmodSync(path, 0o640);
    await runCliInProcess(['--fix', path]);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('# Nurse\r\n\r\nYou will use the hoist while on shift.\r\n\r\nThe pay is £24,071 a year.\r\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  test('Windows-1252 and UTF-16 files are written back in their own encoding', async () => {
    const latin = write('old.txt', Buffer.from([...Buffer.from('The pay is '), 0xa3, ...Buffer.from('24,071 per annum, and you will utilise a hoist.\n')]));
    await runCliInProcess(['--fix', latin]);
    expect([...readFileSync(latin)]).toEqual([...Buffer.from('The pay is '), 0xa3, ...Buffer.from('24,071 a year, and you will use a hoist.\n')]);

    const wide = write('wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('You will utilise a hoist.\n', 'utf16le')]));
    await runCliInProcess(['--fix', wide]);
    expect(readFileSync(wide)).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('You will use a hoist.\n', 'utf16le')]));
  });

  test('an HTML page in a charset widen cannot write back is left alone, with a note', async () => {
    const html = '<html><head><meta charset="iso-8859-15"></head><body><p>You will utilise a hoist.</p></body></html>\n';
    const path = write('page.html', Buffer.from(html, 'latin1'));
    const { stderr, code } = await runCliInProcess(['--fix', path]);
    expect(stderr).toContain('not fixed: widen cannot write text back in the charset this page declares');
    expect(readFileSync(path, 'latin1')).toBe(html);
    // Linted all the same: a snippet without pay or a closing date has errors.
    expect(code).toBe(1);
  });

  test('HTML replacements are escaped, and markup inside the flagged words is never touched', async () => {
    const path = write('page.html', '<main><p>We work in <b>order</b> to help. We utilise a hoist, prior to lunch.</p></main>\n');
    await runCliInProcess(['--fix', path]);
    expect(readFileSync(path, 'utf8')).toBe('<main><p>We work in <b>order</b> to help. We use a hoist, before lunch.</p></main>\n');
  });

  test('a Markdown fix never crosses a block quote marker or a line of code', async () => {
    const text = '> We work in order\n> to help.\n\n`utilise`\n\nWe utilise it.\n';
    const path = write('quote.md', text);
    expect((await runCliInProcess(['--fix', path])).stderr).toContain('quote.md: a safe fix was left for you: the words run over markup or a line break');
    expect(readFileSync(path, 'utf8')).toBe('> We work in order\n> to help.\n\n`utilise`\n\nWe use it.\n');
  });

  test('Word documents are never changed: said once, pointing at the suggestions', async () => {
    const [docx, other] = copies('poor-advert.docx', 'poor-advert.md');
    const second = join(folder(), 'copy.docx');
    copyFileSync(docx!, second);
    const original = readFileSync(docx!);
    const { stderr, stdout } = await runCliInProcess(['--fix', docx!, second, other!]);
    expect(readFileSync(docx!)).toEqual(original);
    const lines = stderr.split('\n').filter((line) => line.includes('Word'));
    expect(lines).toEqual(['widen: 2 Word documents: widen never changes Word documents: make the suggested changes in Word (the report lists them)']);
    expect(stdout).toContain('¶'); // the report still lists the Word findings with their suggestions
  });

  test('a finding a reviewer disagreed with is not fixed', async () => {
    const [path] = copies('poor-advert.md');
    const utilise = json((await runCliInProcess(['--format', 'json', path!])).stdout).files[0]!.diagnostics.find((d) => d.excerpt === 'utilise')!;
    const review = join(folder(), 'review.json');
    writeFileSync(
      review,
      JSON.stringify({
        version: 1,
        decisions: [{ path: path!, fingerprint: utilise.fingerprint, ruleId: 'simpler-words', excerpt: 'utilise', decision: 'disagree', comment: 'A quotation', reviewer: 'Amira', date: '2025-05-01T10:00:00.000Z' }],
      }),
    );
    const { stderr } = await runCliInProcess(['--fix', '--review', review, path!]);
    expect(stderr).toContain('fixed 5 problems');
    expect(readFileSync(path!, 'utf8')).toContain('utilise their skills');
  });
});

describe('fix safety', () => {
  test('a file edited between reading and writing is not overwritten, and no temporary file is left', async () => {
    const path = write('a.md', 'We utilise a hoist.\n');
    const outcomes = await fixPaths([path], { configPath: emptyConfig, hooks: { beforeRename: () => writeFileSync(path, 'Someone else saved this.\n') } });
    expect(outcomes[0]!.error).toMatch(/changed on disk while widen was fixing it/);
    expect(outcomes[0]!.count).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('Someone else saved this.\n');
    expect(readdirSync(join(path, '..'))).toEqual(['a.md']);
  });

  test('the CLI says so on one line and exits with 2, after fixing the other files', async () => {
    const lines: string[] = [];
    const stderr = { write: (text: string) => lines.push(text) } as unknown as NodeJS.WritableStream;
    const fixes: NonNullable<RunReport['fixes']> = [
      { path: 'a.md', format: 'markdown', count: 0, byRule: {}, diff: '', edits: [], error: 'it changed on disk while widen was fixing it, so widen did not overwrite it; run widen again' },
      { path: 'b.md', format: 'markdown', count: 2, byRule: { 'simpler-words': 2 }, diff: '', edits: [] },
    ];
    writeFixes(fixes, { dryRun: false, categories: [] }, stderr);
    const summary = { errors: 0, warnings: 0, infos: 0, files: 2, fileErrors: 0, setAside: 0 };
    expect(exitCode({ summary, internalErrors: 0, fixes })).toBe(2);
    expect(lines).toEqual([
      'widen: a.md: it changed on disk while widen was fixing it, so widen did not overwrite it; run widen again\n',
      'widen: b.md: fixed 2 problems (simpler-words 2)\n',
    ]);
  });

  test('temporary files left by a killed run are removed by the next run, and only those', async () => {
    const path = write('a.md', 'We utilise a hoist.\n');
    const dir = join(path, '..');
    const stale = join(dir, '.a.md.widen-999999999-deadbeef.tmp');
    const live = join(dir, `.a.md.widen-${process.pid}-cafef00d.tmp`);
    const other = join(dir, '.b.md.widen-999999999-deadbeef.tmp');
    for (const file of [stale, live, other]) writeFileSync(file, 'half written');
    await runCliInProcess(['--fix', path]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });

  test('a kill at any moment of --fix leaves the old file or the new one, never a part', async () => {
    // A large advert with a safe fix in every paragraph.
    const paragraph = 'You will utilise the hoist whilst on shift, and the pay is £24,071 per annum. Please call prior to your visit.\n\n';
    const original = `# Care assistant\n\n${paragraph.repeat(1500)}`;
    const dir = folder();
    const reference = join(dir, 'reference.md');
    writeFileSync(reference, original);
    const started = Date.now();
    // Exit 1, not 2: the advert has no closing date (an error), but every file was read and fixed.
    // A child process, as killAfter's are, so that its time (start-up included) places the kills.
    expect(runCli(['--fix', '--format', 'json', reference]).code).toBe(1);
    const duration = Date.now() - started;
    const fixed = readFileSync(reference, 'utf8');
    expect(fixed).not.toBe(original);
    for (let attempt = 0; attempt < 6; attempt++) {
      const target = join(dir, `target-${attempt}.md`);
      writeFileSync(target, original);
      // Spread the kills over the run, most of them late, where the write happens.
      const delay = Math.round(duration * (0.3 + 0.15 * attempt));
      await killAfter(target, delay);
      const content = readFileSync(target, 'utf8');
      expect(content === original || content === fixed, `kill after ${delay} ms left a partial file`).toBe(true);
    }
    // Stray temporaries may remain after SIGKILL; the next run removes them.
    await runCliInProcess(['--fix', join(dir, 'target-0.md')]);
    expect(readdirSync(dir).filter((name) => name.startsWith('.target-0.md.widen-'))).toEqual([]);
  }, 180_000);
});

function killAfter(path: string, delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'widen.js'), '--fix', '--format', 'json', path], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('the unified diff', () => {
  const text = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n';

  test('changes far apart get their own hunks, with three lines of context', () => {
    const diff = unifiedDiff('a.md', text, [
      { start: 4, end: 7, text: 'TWO', ruleId: 'r' },
      { start: text.indexOf('ten'), end: text.indexOf('ten') + 3, text: 'TEN', ruleId: 'r' },
    ]);
    expect(diff).toBe(
      [
        '--- a/a.md',
        '+++ b/a.md',
        '@@ -1,5 +1,5 @@',
        ' one',
        '-two',
        '+TWO',
        ' three',
        ' four',
        ' five',
        '@@ -7,4 +7,4 @@',
        ' seven',
        ' eight',
        ' nine',
        '-ten',
        '+TEN',
        '',
      ].join('\n'),
    );
  });

  test('a last line without a line break is marked, and carriage returns are not shown', () => {
    const diff = unifiedDiff('/tmp/a.txt', 'first\r\nlast', [{ start: 7, end: 11, text: 'LAST', ruleId: 'r' }]);
    expect(diff).toBe(['--- /tmp/a.txt', '+++ /tmp/a.txt', '@@ -1,2 +1,2 @@', ' first', '-last', '\\ No newline at end of file', '+LAST', '\\ No newline at end of file', ''].join('\n'));
  });

  test('no edits, no diff', () => {
    expect(unifiedDiff('a.md', text, [])).toBe('');
  });
});

describe('golden --fix-dry-run diffs of the examples', () => {
  const golden = join(root, 'tests', 'golden', 'fix');
  const names = readdirSync(join(root, 'examples')).filter((name) => !name.endsWith('.docx')).sort();
  for (const name of names) {
    test(name, async () => {
      const path = `examples/${name}`;
      const before = readFileSync(join(root, path));
      const { stdout } = await runCliInProcess(['--fix-dry-run', path]);
      expect(readFileSync(join(root, path))).toEqual(before);
      const file = join(golden, `${name}.diff`);
      // WIDEN_UPDATE_GOLDEN=1 rewrites them; an example with nothing to fix has no file.
      if (process.env.WIDEN_UPDATE_GOLDEN && stdout) {
        mkdirSync(golden, { recursive: true });
        writeFileSync(file, stdout);
      }
      expect(stdout).toBe(existsSync(file) ? readFileSync(file, 'utf8') : '');
    });
  }
});

describe('fixing through the API', () => {
  test('says why it could not read a file, and never throws', async () => {
    const path = join(folder(), 'missing.md');
    const results = await new Linter({ configPath: emptyConfig, fix: {} }).lintPaths([path]);
    expect(results[0]!.error).toBe('no such file or folder');
  });
});
