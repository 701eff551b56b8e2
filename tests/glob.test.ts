/**
 * The glob matcher (src/io/glob.ts) takes time linear in the path whatever the pattern: picomatch's
 * regular expressions backtrack for ever on `**\/a*a*…*b` against a long name of `a`s, and a
 * repository's configuration (or a workflow's `--ignore-pattern`) can hold such a pattern.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import { GlobError, globBase, globMatcher, isGlob } from '../src/io/glob.js';
import { runCliInProcess } from './helpers/lint.js';

const hostilePattern = '**/a*a*a*a*a*a*a*a*a*a*a*a*b';
const longName = `${'a'.repeat(200)}.md`;

describe('the glob matcher', () => {
  test('matches the patterns people write, as picomatch does', () => {
    const patterns = ['**/*.md', 'archive/**', 'drafts/*', '*-old.md', '**/*-invite.md', 'events/**', 'adverts/*.{md,txt}', 'a?c.md', '[ab]*.md', '[^a]*.md', '**/x/**/*.md', 'teams/*/old/**', '*.md', 'docs/a.md', '\\*.md'];
    const paths = ['a.md', 'archive/b.md', 'archive/x/y.md', 'drafts/c.md', 'drafts/sub/c.md', 'd-old.md', 'teams/d-old.md', 'x/e-invite.md', 'events/f.md', 'adverts/a.md', 'adverts/c.txt', 'abc.md', 'bcd.md', 'x/y/x/z.md', 'teams/a/old/b.md', 'docs/a.md', '*.md', '.hidden/a.md', 'a/.b.md'];
    for (const dot of [true, false]) {
      for (const pattern of patterns) {
        const mine = globMatcher(pattern, { dot });
        const theirs = picomatch(pattern, { dot });
        for (const path of paths) expect(mine(path), `${pattern} ${path} dot=${dot}`).toBe(theirs(path));
      }
    }
  });

  test('agrees with picomatch on generated patterns and paths (outside the differences documented below)', () => {
    const segment = fc.array(fc.constantFrom('a', 'b', '.', '*', '?', '[ab]', '[^a]', '{a,b}', 'x', '-', '[a-c]', '\\*'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    const pattern = fc.array(fc.oneof(segment, fc.constant('**')), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    const name = fc.array(fc.constantFrom('a', 'b', '.', 'x', 'c', '-', '*'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    const path = fc.array(name.filter((part) => part !== '.' && part !== '..'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(pattern, path, fc.boolean(), (glob, file, dot) => {
        // picomatch lets `*/**` match no folder but `a/**` match `a`; widen's `dir/**` always matches `dir`.
        fc.pre(!/(^|\/)[^/]*[*?[{][^/]*(\/\*\*)+$/.test(glob));
        // picomatch lets `**{a,b}` cross a slash though `**a` does not (its braces expand around a `**`
        // inside a segment); in widen, as in .gitignore, `**` inside a segment is `*` either way.
        fc.pre(!/\*\*\{/.test(glob));
        // picomatch lets a class match a leading dot without `dot`; widen, like the shell, does not.
        fc.pre(dot || !/(^|\/)\[/.test(glob));
        expect(globMatcher(glob, { dot })(file)).toBe(picomatch(glob, { dot })(file));
      }),
      { numRuns: 5000 },
    );
  });

  test('documented differences: dir/** matches dir; [!a] is a negated class, as in the shell and .gitignore; ** inside a segment never crosses a slash', () => {
    expect(globMatcher('*/**')('docs')).toBe(true);
    expect(globMatcher('[!a]b')('cb')).toBe(true);
    expect(globMatcher('[!a]b')('ab')).toBe(false);
    expect([globMatcher('**a')('a/a'), globMatcher('**{a,b}')('a/a')]).toEqual([false, false]);
  });

  test('basename: a pattern without a slash matches a name at any depth', () => {
    const match = globMatcher(['archive', '*-old.md'], { dot: true, basename: true });
    expect(match('teams/archive')).toBe(true);
    expect(match('teams/d-old.md')).toBe(true);
    expect(match('teams/e.md')).toBe(false);
    expect(globMatcher('teams/**', { basename: true })('x/teams/a.md')).toBe(false);
  });

  test('takes time linear in the name, whatever the pattern: steps grow with the name, not exponentially', () => {
    const match = globMatcher(hostilePattern, { dot: true });
    // Wall time is not asserted; the number of names matched in a fixed budget is compared instead:
    // a backtracking matcher does not finish one 30-character name in this budget, let alone 200.
    const rate = (length: number): number => {
      const name = `x/${'a'.repeat(length)}`;
      const started = performance.now();
      let count = 0;
      while (performance.now() - started < 50) {
        expect(match(name)).toBe(false);
        count++;
      }
      return count;
    };
    const short = rate(25);
    const long = rate(200);
    // 8 times the length costs about 8 times the time (less than 32 times, allowing for noise);
    // a backtracking matcher costs millions of times more.
    expect(short / long).toBeLessThan(32);
    expect(long).toBeGreaterThan(0);
  });

  test('refuses what it does not support, and bounds brace expansion', () => {
    expect(() => globMatcher('@(a|b).md')).toThrow(GlobError);
    expect(() => globMatcher('+(a).md')).toThrow(/extended glob/);
    expect(() => globMatcher('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}')).toThrow(/expands to more than 256 patterns/);
    expect(() => globMatcher('a'.repeat(5000))).toThrow(/longer than 4096/);
  });

  test('isGlob and globBase', () => {
    expect(isGlob('adverts/**/*.md')).toBe(true);
    expect(isGlob('adverts/a.md')).toBe(false);
    expect(isGlob('a\\*.md')).toBe(false);
    expect(globBase('adverts/old/**/*.md')).toBe('adverts/old');
    expect(globBase('./adverts/*.md')).toBe('adverts');
    expect(globBase('*.md')).toBe('');
  });
});

describe('hostile patterns end at once, wherever they are matched', () => {
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'widen-glob-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', longName), '# Job\n\nYou will utilise the hoist.\n');
    return dir;
  };

  test('configuration ignore', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'widen.config.json'), JSON.stringify({ ignore: [hostilePattern] }));
    const cli = await runCliInProcess(['--format', 'json', '.'], { cwd: dir });
    expect(cli.stderr).toBe('');
    expect((JSON.parse(cli.stdout) as { files: unknown[] }).files).toHaveLength(1);
  });

  test('configuration overrides', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'widen.config.json'), JSON.stringify({ overrides: [{ files: [hostilePattern], profile: 'event' }] }));
    const cli = await runCliInProcess(['--format', 'json', '.'], { cwd: dir });
    expect((JSON.parse(cli.stdout) as { files: Array<{ profile: string }> }).files[0]!.profile).toBe('advert');
  });

  test('--ignore-pattern, and a glob on the command line', async () => {
    const dir = folder();
    expect((JSON.parse((await runCliInProcess(['--format', 'json', '--ignore-pattern', hostilePattern, '.'], { cwd: dir })).stdout) as { files: unknown[] }).files).toHaveLength(1);
    const glob = await runCliInProcess(['--format', 'json', 'sub/a*a*a*a*a*a*a*a*a*a*a*a*b'], { cwd: dir });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toMatch(/no files match this pattern/);
  });

  test('a pattern widen cannot use is a configuration error naming the key', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'widen.config.json'), JSON.stringify({ overrides: [{ files: ['**/*.md'] }, { files: ['a.md', '@(x|y).md'] }] }));
    const cli = await runCliInProcess(['.'], { cwd: dir });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/widen\.config\.json: overrides\.1\.files\.1: "@\(x\|y\)\.md" uses an extended glob/);
    const option = await runCliInProcess(['--ignore-pattern', '+(a)', '.'], { cwd: dir });
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/--ignore-pattern: "\+\(a\)" uses an extended glob/);
  });
});
