import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root } from './helpers/lint.js';
import { describeWithPrograms } from './helpers/programs.js';

/**
 * Every documented way to install widen, tried as a new user would, in empty folders under the
 * system's temporary folder: from the packed tarball (with no registry at all), from git into a
 * project and globally, and as a pre-commit hook. The git routes build widen from a snapshot of
 * this working tree (its files as they would be committed), so they test what is about to land.
 * They are slow (each installs the devDependencies to build), but they share one snapshot.
 */
const work = mkdtempSync(join(tmpdir(), 'widen-install-'));
const advert = join(root, 'examples', 'poor-advert.md');
const minutes = 60_000;
// Each git route installs the devDependencies (about 300 MB): nothing is kept.
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment of a new terminal: none of the npm settings of the `npm test` that runs us. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD'));
  return { ...env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

/** Installs run at the lowest priority, so the suite's other tests (some time a rule) keep the CPUs. */
const nice = spawnSync('nice', ['-n', '19', 'true']).status === 0;

function run(command: string, args: string[], cwd: string, extra: Record<string, string> = {}) {
  [command, args] = nice ? ['nice', ['-n', '19', command, ...args]] : [command, args];
  const result = spawnSync(command, args, { cwd, env: cleanEnv(extra), encoding: 'utf8', timeout: 10 * minutes, maxBuffer: 64 * 1024 * 1024 });
  const output = `$ ${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}${result.error ? `\n${result.error.message}` : ''}`;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output };
}

/** An empty Node.js project with the example advert in it. */
function project(name: string): string {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ name: `try-${name}`, version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  copyFileSync(advert, join(folder, 'poor-advert.md'));
  return folder;
}

/** The packages installed in a project, from npm's own record of its node_modules. */
function installed(folder: string): string[] {
  const lock = JSON.parse(readFileSync(join(folder, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return Object.keys(lock.packages).map((path) => path.replace(/^node_modules\//, ''));
}

/** `widen poor-advert.md` worked: the stylish report of the poor advert, whose errors (“able-bodied”, no pay) give exit code 1. */
function expectLinted(result: { code: number | null; stdout: string; output: string }): void {
  expect(result.output).toMatch(/simpler-words/);
  expect(result.stdout, result.output).toMatch(/✖ \d+ problems \([1-9]\d* errors, \d+ warnings, \d+ infos\) in 1 file/);
  expect(result.code, result.output).toBe(1);
}

describe('from a packed tarball, into an empty project, with no registry', () => {
  let folder: string;
  let install: ReturnType<typeof run>;

  beforeAll(() => {
    // The suite's build (tests/helpers/build.ts), packed as `npm publish` would pack it.
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
    expect(pack.code, pack.output).toBe(0);
    const tarball = join(work, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename);
    folder = project('tarball');
    install = run('npm', ['install', '--offline', tarball], folder);
  }, 5 * minutes);

  test('installs widen and no other package', () => {
    expect(install.code, install.output).toBe(0);
    expect(installed(folder).filter(Boolean)).toEqual(['widen']);
  });

  test('npx widen poor-advert.md lints it; widen explain prints a rule’s page', () => {
    expectLinted(run('npx', ['--offline', 'widen', 'poor-advert.md'], folder));
    const explain = run('npx', ['--offline', 'widen', 'explain', 'simpler-words'], folder);
    expect(explain.code, explain.output).toBe(0);
    expect(explain.stdout).toMatch(/^simpler-words\n=+\n/);
  });

  test('the library runs from the package: import { lint } from "widen"', () => {
    writeFileSync(join(folder, 'use.mjs'), "import { lint, rules } from 'widen';\nconst [result] = await lint(['poor-advert.md']);\nconsole.log(rules.length, result.diagnostics.some((d) => d.ruleId === 'simpler-words'));\n");
    const use = run(process.execPath, ['use.mjs'], folder);
    expect(use.stdout.trim(), use.output).toBe('16 true');
  });

  test('its types check in a strict consumer with no @types and skipLibCheck off, and catch a mistake', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, types: [], module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022' };
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['use.ts'] }));
    writeFileSync(
      join(folder, 'use.ts'),
      [
        "import { lint, Linter, summarise, type Diagnostic, type FileResult, type Location, type Rule } from 'widen';",
        "const results: FileResult[] = await lint(['poor-advert.md'], { profile: 'advert', jobs: 1 });",
        'const first: Diagnostic | undefined = results[0]?.diagnostics[0];',
        'const where: Location | undefined = first?.location;',
        "const rule: Rule<any> | undefined = undefined;",
        "const text = await new Linter().lintText('We utilise hoists.', 'advert.md');",
        'export const counts = [summarise(results).warnings, where?.line, text.diagnostics.length, rule];',
        '',
      ].join('\n'),
    );
    const good = run(process.execPath, [tsc, '-p', folder], folder);
    expect(good.code, good.output).toBe(0);
    writeFileSync(join(folder, 'use.ts'), "import { lint } from 'widen';\nexport const wrong: number = (await lint(['poor-advert.md']))[0]!.path;\n");
    const bad = run(process.execPath, [tsc, '-p', folder], folder);
    expect(bad.stdout).toMatch(/TS2322: Type 'string' is not assignable to type 'number'/);
    expect(bad.code).not.toBe(0);
  });
});

let snapshot: string | undefined;
/** A git repository holding this working tree's files as they would be committed (tracked and new, less what .gitignore excludes). */
function source(): string {
  if (snapshot) return snapshot;
  const folder = join(work, 'widen.git-source');
  const list = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  expect(list.status, list.stderr).toBe(0);
  for (const path of list.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(root, path))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(join(root, path), join(folder, path));
  }
  const git = (...args: string[]) => {
    const result = run('git', ['-c', 'user.name=widen tests', '-c', 'user.email=tests@widen.invalid', '-c', 'init.defaultBranch=main', ...args], folder);
    expect(result.code, result.output).toBe(0);
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'snapshot');
  snapshot = folder;
  return folder;
}

describeWithPrograms('from git', ['git'], () => {
  test(
    'npm install git+file://… into a project builds widen, and npx widen runs',
    () => {
      const folder = project('git-project');
      const install = run('npm', ['install', '--prefer-offline', `git+file://${source()}`], folder);
      expect(install.code, install.output).toBe(0);
      expect(installed(folder).filter(Boolean)).toEqual(['widen']);
      expect(readdirSync(join(folder, 'node_modules', 'widen'))).not.toContain('src');
      expectLinted(run('npx', ['--offline', 'widen', 'poor-advert.md'], folder));
    },
    12 * minutes,
  );

  test(
    'npm install -g git+file://… builds widen (npm/cli#8440 worked round), and widen runs',
    () => {
      const prefix = join(work, 'global');
      const install = run('npm', ['install', '-g', '--prefer-offline', '--prefix', prefix, `git+file://${source()}`], work);
      expect(install.code, install.output).toBe(0);
      expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['widen']);
      expect(existsSync(join(prefix, 'lib', 'node_modules', 'widen', 'node_modules'))).toBe(false);
      const folder = project('global-use');
      expectLinted(run(join(prefix, 'bin', 'widen'), ['poor-advert.md'], folder));
    },
    12 * minutes,
  );
});

describeWithPrograms('as the GitHub Action', ['git'], () => {
  test(
    'its build step builds the widen of a fresh checkout of the action, which then lints',
    () => {
      const checkout = join(work, 'action-checkout');
      const clone = run('git', ['clone', '-q', source(), checkout], work);
      expect(clone.code, clone.output).toBe(0);
      const githubEnv = join(work, 'action-env');
      writeFileSync(githubEnv, '');
      const build = run('bash', [join(checkout, 'action', 'build.sh')], work, { GITHUB_ACTION_PATH: checkout, GITHUB_ENV: githubEnv });
      expect(build.code, build.output).toBe(0);
      const cli = /^WIDEN_CLI=(.+)$/m.exec(readFileSync(githubEnv, 'utf8'))?.[1];
      expect(cli).toBe(join(checkout, 'bin', 'widen.js'));
      expectLinted(run(process.execPath, [cli!, 'poor-advert.md'], project('action-use')));
    },
    12 * minutes,
  );
});

describeWithPrograms('as a pre-commit hook', ['git', 'pre-commit'], () => {
  test(
    'pre-commit try-repo installs the hook with the system Node.js and lints a staged advert',
    () => {
      const repo = join(work, 'hooked');
      mkdirSync(repo);
      const git = (...args: string[]) => run('git', ['-c', 'user.name=widen tests', '-c', 'user.email=tests@widen.invalid', ...args], repo);
      expect(git('init', '-q').code).toBe(0);
      copyFileSync(advert, join(repo, 'poor-advert.md'));
      // The repository's own configuration applies: formal words are errors here, so the hook fails.
      writeFileSync(join(repo, '.widenrc.json'), '{ "rules": { "simpler-words": "error" } }\n');
      expect(git('add', 'poor-advert.md', '.widenrc.json').code).toBe(0);
      const hook = run('pre-commit', ['try-repo', source(), 'widen', '--files', 'poor-advert.md', '--verbose'], repo, { PRE_COMMIT_HOME: join(work, 'pre-commit-home') });
      expect(hook.output).toMatch(/widen\.{3,}Failed/);
      expect(hook.output).toMatch(/error\s+“utilise” is a formal word; “use” is plainer\s+simpler-words/);
      expect(hook.code, hook.output).toBe(1);
    },
    15 * minutes,
  );
});
