import { spawnSync } from 'node:child_process';
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
