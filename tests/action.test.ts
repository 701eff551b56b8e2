import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { extensions } from '../src/run/discover.js';
import { root } from './helpers/lint.js';

/** The composite action (action.yml) and its steps' scripts (action/*.sh), run here as far as they can without GitHub. */
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
const text = readFileSync(join(root, 'action.yml'), 'utf8');
const action = parseYaml(text) as { runs: { using: string; steps: Step[] }; inputs: Record<string, { default?: string }> };
const steps = action.runs.steps;
const lintStep = steps.find((step) => step.id === 'lint')!;

/** A GitHub expression of the simple kind the action uses (`a == 'b' && (c == null || d == e)`), evaluated with JavaScript's `==`, which agrees with GitHub's on these. */
function evaluate(expression: string, context: { inputs: Record<string, string>; github: Record<string, unknown> }): unknown {
  const body = /^\$\{\{\s*([\s\S]*?)\s*\}\}$/.exec(expression.trim())![1]!;
  return new Function('inputs', 'github', `return (${body});`)(context.inputs, context.github);
}

function inputsWith(overrides: Record<string, string>): Record<string, string> {
  return { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])), ...overrides };
}

/** Runs the lint step's script as the runner would: its env with the inputs put in, the outputs and summary in files. */
function lint(inputs: Record<string, string>, github: Record<string, unknown> = { repository: 'someone/adverts', event: {} }) {
  const folder = mkdtempSync(join(tmpdir(), 'widen-action-'));
  const files = { output: join(folder, 'output'), summary: join(folder, 'summary.md'), sarif: join(folder, 'widen.sarif') };
  writeFileSync(files.output, '');
  const all = inputsWith({ 'sarif-file': files.sarif, ...inputs });
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: process.env.HOME ?? folder,
    NO_COLOR: '1',
    GITHUB_ACTION_PATH: root,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: folder,
    WIDEN_CLI: join(root, 'bin', 'widen.js'),
  };
  for (const [key, value] of Object.entries(lintStep.env ?? {})) {
    env[key] = /&&|\|\|/.test(value) ? String(evaluate(value, { inputs: all, github })) : value.replace(/\$\{\{\s*inputs\.([a-z-]+)\s*\}\}/g, (_, name: string) => all[name] ?? '');
  }
  const script = /^bash "\$GITHUB_ACTION_PATH\/(action\/[a-z]+\.sh)"$/.exec(lintStep.run!.trim())![1]!;
  const run = spawnSync('bash', [join(root, script)], { cwd: root, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(files.output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('=', 2) as [string, string]),
  );
  return { ...run, outputs, files };
}

describe('action.yml', () => {
  test('is a composite action that builds the widen at its own ref, and fetches no widen from the registry', () => {
    expect(action.runs.using).toBe('composite');
    expect(steps.map((step) => step.uses ?? step.name)).toEqual([
      'actions/setup-node@v4',
      "Build widen at the action's ref",
      'Lint with widen',
      'github/codeql-action/upload-sarif@v3',
      'Fail on findings',
    ]);
    expect(steps[1]!.run!.trim()).toBe('bash "$GITHUB_ACTION_PATH/action/build.sh"');
    expect(action.inputs).not.toHaveProperty('version');
    expect(text).not.toMatch(/widen@|npm (?:install|i|exec)\b|npx /);
    expect(readFileSync(join(root, 'action', 'build.sh'), 'utf8')).not.toMatch(/widen@|npm (?:install|i|exec)\b|npx /);
  });

  test('inputs reach the scripts through env, never pasted into a script; every input is used', () => {
    for (const step of steps) if (step.run) expect(step.shell).toBe('bash');
    for (const step of steps) if (step.run) expect(step.run).not.toMatch(/\$\{\{/);
    for (const input of Object.keys(action.inputs)) expect(text).toContain(`inputs.${input}`);
  });

  test('the SARIF is uploaded on pushes and the repository’s own pull requests, not from a fork or when upload is off', () => {
    const upload = (inputs: Record<string, string>, github: Record<string, unknown>) => evaluate(lintStep.env!.WIDEN_UPLOAD!, { inputs: inputsWith(inputs), github });
    const repository = 'someone/adverts';
    expect(upload({}, { repository, event: {} })).toBe(true);
    expect(upload({}, { repository, event: { pull_request: { head: { repo: { full_name: repository } } } } })).toBe(true);
    expect(upload({}, { repository, event: { pull_request: { head: { repo: { full_name: 'stranger/adverts' } } } } })).toBe(false);
    expect(upload({ upload: 'false' }, { repository, event: {} })).toBe(false);
    const step = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(step.if).toContain("steps.lint.outputs.upload == 'true'");
    expect(step.with?.sarif_file).toContain('inputs.sarif-file');
  });

  test('the lint script knows the formats widen reads', () => {
    const script = readFileSync(join(root, 'action', 'lint.sh'), 'utf8');
    expect(/^extensions=\(([^)]*)\)/m.exec(script)![1]!.split(' ')).toEqual(Object.keys(extensions));
  });
});

describe('the action’s lint step', () => {
  test('lints the documents under paths, with valid SARIF, a job summary and the exit code; a named file of another format is left out', () => {
    const run = lint({ paths: 'examples/good-advert.md\nexamples/poor-*.md package.json', args: '--fail-on warning' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.outputs).toEqual({ 'exit-code': '1', upload: 'true' });
    expect(run.stdout).toContain('::notice title=widen::package.json left out: widen reads .md .markdown .txt .html .htm .docx');
    expect(run.stdout).not.toMatch(/^::warning/m);
    const log = JSON.parse(readFileSync(run.files.sarif, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].automationDetails.id).toBe('widen/');
    const uris = new Set(log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    // The glob reached widen unexpanded and matched the Markdown advert only.
    expect(uris).toContain('examples/poor-advert.md');
    for (const uri of uris) expect(['examples/good-advert.md', 'examples/poor-advert.md']).toContain(uri);
    expect(readFileSync(run.files.summary, 'utf8')).toMatch(/^### widen: ✖ \d+ problems/);
  });

  test('a fork’s pull request: no upload, and the findings as annotations instead', () => {
    const run = lint({ paths: 'examples/poor-advert.md' }, { repository: 'someone/adverts', event: { pull_request: { head: { repo: { full_name: 'stranger/adverts' } } } } });
    expect(run.outputs).toEqual({ 'exit-code': '1', upload: 'false' });
    expect(run.stdout).toMatch(/^::warning file=examples\/poor-advert\.md,line=\d+/m);
    expect(existsSync(run.files.sarif)).toBe(true);
  });

  test.each(['--format json', '-f json', '--format=json', '-o other.sarif', '--output=other.sarif', '-qo other.sarif', '--sarif-category mine', '--fix'])(
    'args cannot change the report: %s is refused',
    (args) => {
      const run = lint({ paths: 'examples/poor-advert.md', args });
      expect(run.outputs).toEqual({ 'exit-code': '2' });
      expect(run.stdout).toMatch(/^::error title=widen::the args input cannot contain /m);
      expect(existsSync(run.files.sarif)).toBe(false);
    },
  );

  test('other options pass through: --fail-on, --rule, -q', () => {
    const run = lint({ paths: 'examples/poor-advert.md', args: '-q --rule simpler-words=error --fail-on error' });
    expect(run.outputs['exit-code']).toBe('1');
    const log = JSON.parse(readFileSync(run.files.sarif, 'utf8'));
    // -q keeps errors only: the advert's own (missing pay, “able-bodied”) and simpler-words, raised to error.
    const results = log.runs[0].results as Array<{ ruleId: string; level: string }>;
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(['exclusionary-wording', 'missing-information', 'simpler-words']));
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(['error']));
  });

  test('paths with nothing widen reads: a usage error', () => {
    const run = lint({ paths: 'package.json' });
    expect(run.outputs).toEqual({ 'exit-code': '2' });
    expect(run.stdout).toMatch(/^::error title=widen::none of the paths/m);
  });
});

describe('the action’s build step', () => {
  test('uses the widen already built at the action’s path, and says where it is', () => {
    // The build itself (npm ci and scripts/build.mjs in a clean checkout) runs in tests/install.test.ts.
    const folder = mkdtempSync(join(tmpdir(), 'widen-action-'));
    const githubEnv = join(folder, 'env');
    writeFileSync(githubEnv, '');
    const run = spawnSync('bash', [join(root, 'action', 'build.sh')], { env: { PATH: process.env.PATH!, GITHUB_ACTION_PATH: root, GITHUB_ENV: githubEnv }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(githubEnv, 'utf8')).toBe(`WIDEN_CLI=${join(root, 'bin', 'widen.js')}\n`);
  });
});
