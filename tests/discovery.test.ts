import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { changedSince, discover, DiscoveryError } from '../src/run/discover.js';
import { root, runCliInProcess } from './helpers/lint.js';
import { nobody, packageForNobody } from './helpers/unprivileged.js';

const text = '# Care assistant\n\nYou will help people at home.\n';

function tree(files: string[], folder = mkdtempSync(join(tmpdir(), 'widen-discover-'))): string {
  for (const file of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), file.endsWith('ignore') ? '' : text);
  }
  return folder;
}

function git(folder: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=widen', '-c', 'user.email=widen@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: folder, encoding: 'utf8' });
}

async function linted(args: string[], cwd: string): Promise<string[]> {
  const { stdout } = await runCliInProcess(['--format', 'json', ...args], { cwd });
  return (JSON.parse(stdout) as { files: Array<{ path: string }> }).files.map((file) => file.path);
}

describe('discovery', () => {
  test('folders are searched in name order for the formats widen reads', () => {
    const folder = tree(['b.md', 'a.txt', 'sub/c.html', 'sub/notes.json', 'node_modules/x/d.md', 'dist/e.md']);
    expect(discover(['.'], { cwd: folder }).map((input) => input.path)).toEqual(['a.txt', 'b.md', 'sub/c.html']);
  });

  test('globs given as arguments are matched by widen, with the same skips as folders', async () => {
    const folder = tree(['adverts/a.md', 'adverts/old/b.md', 'adverts/c.txt', 'adverts/node_modules/d.md', 'other/e.md']);
    expect(await linted(['adverts/**/*.md'], folder)).toEqual(['adverts/a.md', 'adverts/old/b.md']);
    expect(await linted(['adverts/*.{md,txt}'], folder)).toEqual(['adverts/a.md', 'adverts/c.txt']);
    expect(await linted(['./adverts/*.md', 'adverts/a.md'], folder)).toEqual(['adverts/a.md']);
    const none = await runCliInProcess(['adverts/**/*.docx'], { cwd: folder });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('adverts/**/*.docx: no files match this pattern');
  });

  test('.gitignore files are respected as git reads them, unless --no-gitignore', async () => {
    const folder = tree(['a.md', 'drafts/b.md', 'c.tmp.md', 'keep.tmp.md', 'sub/d.md', 'sub/e.md', '.gitignore', 'sub/.gitignore']);
    git(folder, 'init', '-q');
    writeFileSync(join(folder, '.gitignore'), 'drafts/\n*.tmp.md\n!keep.tmp.md\n');
    writeFileSync(join(folder, 'sub', '.gitignore'), 'e.md\n');
    expect(await linted(['.'], folder)).toEqual(['a.md', 'keep.tmp.md', 'sub/d.md']);
    // Searching a subfolder still applies the .gitignore files above it, up to the repository root.
    expect(await linted(['sub'], folder)).toEqual(['sub/d.md']);
    expect(await linted(['--no-gitignore', '.'], folder)).toEqual(['a.md', 'c.tmp.md', 'drafts/b.md', 'keep.tmp.md', 'sub/d.md', 'sub/e.md']);
    // A file named on the command line is linted whatever the ignore files say.
    expect(await linted(['drafts/b.md'], folder)).toEqual(['drafts/b.md']);
  });

  test('--ignore-pattern is repeatable; a pattern without a slash matches a name at any depth', async () => {
    const folder = tree(['a.md', 'archive/b.md', 'teams/archive/c.md', 'teams/d-old.md', 'teams/e.md']);
    expect(await linted(['--ignore-pattern', 'archive', '--ignore-pattern', '**/*-old.md', '.'], folder)).toEqual(['a.md', 'teams/e.md']);
    expect(await linted(['--ignore-pattern', 'teams/**', '.'], folder)).toEqual(['a.md', 'archive/b.md']);
  });

  test('configuration ignore still applies, relative to the configuration file', async () => {
    const folder = tree(['a.md', 'archive/b.md']);
    writeFileSync(join(folder, 'widen.config.json'), JSON.stringify({ ignore: ['archive/**'] }));
    expect(await linted(['.'], folder)).toEqual(['a.md']);
  });
});

describe('inputs that are not what they seem', () => {
  test('one file named several ways is linted and reported once, under the first name given', async () => {
    const folder = tree(['a.md', 'sub/b.md']);
    symlinkSync('a.md', join(folder, 'link.md'));
    expect(await linted(['a.md', './a.md', 'sub/../a.md', 'link.md', join(folder, 'a.md')], folder)).toEqual(['a.md']);
    expect(await linted(['./a.md', '.'], folder)).toEqual(['./a.md', 'sub/b.md']);
    const { stdout } = await runCliInProcess(['--format', 'json', 'a.md', './a.md', 'sub/../a.md'], { cwd: folder });
    expect((JSON.parse(stdout) as { summary: { files: number } }).summary.files).toBe(1);
  });

  /**
   * A folder widen may not read. The tests run as root, who may read anything, so the CLI is run
   * as the unprivileged user `nobody` (uid 65534) against a folder only root may open; run as
   * anyone else, the folder's permissions are simply removed.
   */
  function runUnprivileged(args: string[], cwd: string) {
    const asRoot = process.getuid?.() === 0;
    const result = spawnSync(process.execPath, [join(asRoot ? packageForNobody() : root, 'bin', 'widen.js'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      ...(asRoot ? nobody : {}),
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  function lockedTree(): string {
    const folder = tree(['ok/a.md', 'locked/b.md', 'locked/inner/c.md']);
    chmodSync(folder, 0o755);
    chmodSync(join(folder, 'ok'), 0o755);
    chmodSync(join(folder, 'ok', 'a.md'), 0o644);
    chmodSync(join(folder, 'locked'), process.getuid?.() === 0 ? 0o700 : 0o000);
    return folder;
  }

  test.skipIf(process.platform === 'win32')('a folder that cannot be read, named or found on the walk, is an error naming it (exit code 2)', () => {
    const folder = lockedTree();
    const named = runUnprivileged(['--format', 'json', 'locked'], folder);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe('widen: locked: cannot read this folder: permission denied, so widen did not lint what is in it\n');
    const walked = runUnprivileged(['--format', 'json', '.'], folder);
    expect(walked.code).toBe(2);
    const files = (JSON.parse(walked.stdout) as { files: Array<{ path: string; error?: string; diagnostics: unknown[] }> }).files;
    expect(files.map((file) => [file.path, file.error])).toEqual([
      ['locked', 'cannot read this folder: permission denied, so widen did not lint what is in it'],
      ['ok/a.md', undefined],
    ]);
    chmodSync(join(folder, 'locked'), 0o755);
  });
});

describe('--changed-since', () => {
  function history(): string {
    const folder = tree(['a.md', 'b.md', 'c.md', 'same.md', 'docs/d.md']);
    git(folder, 'init', '-q');
    git(folder, 'add', '.');
    git(folder, 'commit', '-q', '-m', 'base');
    git(folder, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(folder, 'a.md'), `${text}\nChanged.\n`);
    git(folder, 'mv', 'b.md', 'renamed.md');
    git(folder, 'rm', '-q', 'c.md');
    writeFileSync(join(folder, 'new.md'), text);
    git(folder, 'add', '.');
    git(folder, 'commit', '-q', '-m', 'feature');
    // Work on main after the branch point must not count.
    git(folder, 'checkout', '-q', 'main');
    writeFileSync(join(folder, 'same.md'), `${text}\nOn main.\n`);
    git(folder, 'commit', '-q', '-am', 'main moves on');
    git(folder, 'checkout', '-q', 'feature');
    // Not committed: an edit and a new file.
    writeFileSync(join(folder, 'docs', 'd.md'), `${text}\nEdited.\n`);
    writeFileSync(join(folder, 'untracked.md'), text);
    return folder;
  }

  test('lints files added, changed or renamed since the merge base, with uncommitted and untracked ones; not deleted ones', async () => {
    const folder = history();
    expect(await linted(['--changed-since', 'main'], folder)).toEqual(['a.md', 'docs/d.md', 'new.md', 'renamed.md', 'untracked.md']);
    expect(await linted(['--changed-since', 'main', 'docs'], folder)).toEqual(['docs/d.md']);
    expect(await linted(['--changed-since', 'main', '*.md'], folder)).toEqual(['a.md', 'new.md', 'renamed.md', 'untracked.md']);
    const files = [...changedSince('main', join(folder, 'docs'))].sort();
    expect(files).toEqual(['a.md', 'docs/d.md', 'new.md', 'renamed.md', 'untracked.md'].map((file) => join(folder, file)));
  });

  test('a reference git cannot resolve is a usage error', async () => {
    const folder = history();
    const bad = await runCliInProcess(['--changed-since', 'no-such-branch', '.'], { cwd: folder });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^widen: --changed-since no-such-branch: git merge-base failed/);
    expect(() => changedSince('--output=x', folder)).toThrow(DiscoveryError);
    const outside = mkdtempSync(join(tmpdir(), 'widen-nogit-'));
    expect((await runCliInProcess(['--changed-since', 'main', '.'], { cwd: outside })).code).toBe(2);
    rmSync(outside, { recursive: true });
  });
});
