import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { Linter, type FixOutcome, type LintOptions } from '../../src/index.js';
import { rules } from '../../rules/index.js';
import type { FileResult, Format, Profile } from '../../src/model/diagnostic.js';

export const root = join(import.meta.dirname, '..', '..');

/** Lints text with only the named rule switched on. */
export async function lintWithRule(
  ruleId: string,
  text: string,
  options: { format?: Format; profile?: Profile; path?: string } = {},
): Promise<FileResult> {
  const settings = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === ruleId ? rule.meta.severity : 'off'] as const));
  const linter = new Linter({ rules: settings, ...(options.profile ? { profile: options.profile } : {}), configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json') });
  return linter.lintText(text, options.path ?? join(root, 'tests', 'fixtures', `doc.${extensionOf(options.format ?? 'markdown')}`), options.format ?? 'markdown');
}

function extensionOf(format: Format): string {
  return { markdown: 'md', text: 'txt', html: 'html', docx: 'docx' }[format];
}

/** Runs the built CLI and returns its output and exit code. */
export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'widen.js'), ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/**
 * Runs the CLI in this process as `runCli` runs it in a child: in `cwd` (by `process.chdir`, so
 * a file's tests must not run concurrently; vitest's default pool gives each file its own
 * process), with `env` and NO_COLOR=1 set for the call, `input` as standard input, and standard
 * output and error that are not terminals. The same output and exit code, without the 0.3–0.5 s
 * a Node.js process costs to start and load widen. Keep `runCli` for what needs a real process:
 * signals, the process's own exit, real pipes, terminal detection, its memory.
 */
export async function runCliInProcess(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  const { main } = await import('../../src/cli/main.js');
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk: Buffer | string, encoding, callback) {
        into.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
        callback();
      },
    });
  const streams = { stdout: sink(chunks.stdout), stderr: sink(chunks.stderr) };
  const env = { NO_COLOR: '1', ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]] as const));
  const cwd = process.cwd();
  let code: number;
  try {
    Object.assign(process.env, env);
    process.chdir(options.cwd ?? root);
    code = await main(args, { ...streams, stdin: Readable.from(options.input ? [Buffer.from(options.input, 'utf8')] : []) });
  } finally {
    process.chdir(cwd);
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  for (const stream of Object.values(streams)) {
    stream.end();
    if (!stream.writableFinished) await once(stream, 'finish');
  }
  return { stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8'), code };
}

/** Fixes files through the library as `--fix` does; each outcome comes with the file's remaining findings. */
export async function fixPaths(
  paths: readonly string[],
  options: LintOptions & { dryRun?: boolean; categories?: NonNullable<LintOptions['fix']>['categories']; hooks?: NonNullable<LintOptions['fix']>['hooks'] } = {},
): Promise<Array<FixOutcome & { path: string; result: FileResult }>> {
  const { dryRun, categories, hooks, ...rest } = options;
  const results = new Map<string, FileResult>();
  const linter = new Linter({ ...rest, fix: { ...(dryRun ? { dryRun } : {}), ...(categories ? { categories } : {}), ...(hooks ? { hooks } : {}) } });
  const report = await linter.run({ paths }, { onFile: (result) => results.set(result.path, result) });
  return (report.fixes ?? []).map((fix) => ({ ...fix, result: results.get(fix.path)! }));
}

/**
 * Runs the CLI in this process, optionally as on a terminal (`tty`: standard output and error
 * claim to be a terminal of that many columns), without colour, and returns what it wrote.
 */
export async function runMain(args: string[], options: { tty?: number; input?: string } = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  const { main } = await import('../../src/cli/main.js');
  const { PassThrough, Readable } = await import('node:stream');
  const streams = { stdout: new PassThrough(), stderr: new PassThrough() };
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  for (const name of ['stdout', 'stderr'] as const) {
    streams[name].on('data', (chunk: Buffer) => chunks[name].push(chunk));
    if (options.tty) Object.assign(streams[name], { isTTY: true, columns: options.tty });
  }
  const code = await main(['--no-color', '--no-progress', ...args], { ...streams, stdin: Readable.from(options.input ? [options.input] : []) });
  return { stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8'), code };
}
