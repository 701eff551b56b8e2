import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { categories, profiles, severities, summarise, type FileResult, type Profile } from '../diagnostic.js';
import { Linter, rules } from '../index.js';
import { loadReporter, reporterNames, type ReporterName } from '../report/index.js';
import type { RuleSetting } from '../config/config.js';
import { explainRule, listRules } from './rules-command.js';

const packageJson = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };

interface CliOptions {
  format: ReporterName;
  output?: string;
  profile?: Profile;
  config?: string;
  quiet?: boolean;
  maxWarnings?: number;
  color: boolean;
  rule: Record<string, RuleSetting>;
  stdin?: boolean;
  stdinFilename?: string;
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings over the limits, 2 usage or input errors. */
export async function main(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  let exitCode = 0;
  const program = new Command('widen')
    .description('Lint job adverts and recruitment documents for jargon, readability, exclusionary wording and missing information.')
    .version(packageJson.version, '-v, --version')
    .argument('[paths...]', 'files or folders to lint (.md .markdown .txt .html .htm .docx); "-" reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(reporterNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('-p, --profile <profile>', 'kind of document (front matter "widen-profile:" wins)').choices(profiles))
    .option('-c, --config <file>', 'use this configuration file for every input')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseCount)
    .option('--no-color', 'never use colour')
    .option('--rule <id=severity>', 'set a rule\'s severity ("off", "info", "warning", "error"); repeatable', collectRule, {})
    .option('--stdin', 'read the document from standard input')
    .option('--stdin-filename <name>', 'name (and so format) of the standard input document')
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .exitOverride()
    .action(async (paths: string[], options: CliOptions) => {
      exitCode = await run(paths, options, io);
    });

  program
    .command('rules')
    .description('list every rule: id, category, default severity and what it checks')
    .action(() => {
      io.stdout.write(listRules(rules));
    });
  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule-id>', 'the rule to explain')
    .action((id: string) => {
      const text = explainRule(rules, id);
      if (text === undefined) {
        io.stderr.write(`widen: no rule called "${id}"; run "widen rules" to list them\n`);
        exitCode = 2;
      } else io.stdout.write(text);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    if (code?.startsWith('commander.')) return 2;
    io.stderr.write(`widen: ${(error as Error).message}\n`);
    return 2;
  }
  return exitCode;
}

async function run(paths: string[], options: CliOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }): Promise<number> {
  const useStdin = options.stdin || paths.includes('-');
  const filePaths = paths.filter((path) => path !== '-');
  if (!useStdin && filePaths.length === 0) {
    io.stderr.write('widen: name a file or folder to lint (for example "widen advert.md"), or "-" for standard input\n');
    return 2;
  }
  let linter: Linter;
  try {
    linter = new Linter({
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.config ? { configPath: options.config } : {}),
      rules: options.rule,
    });
  } catch (error) {
    io.stderr.write(`widen: ${(error as Error).message}\n`);
    return 2;
  }
  const results: FileResult[] = [];
  if (useStdin) {
    const text = await readStream(io.stdin);
    results.push(await linter.lintText(text, options.stdinFilename ?? '<stdin>'));
  }
  results.push(...(await linter.lintPaths(filePaths)));

  const shown = options.quiet
    ? results.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') }))
    : results;
  const reporter = await loadReporter(options.format);
  const color = options.color && !process.env.NO_COLOR && !options.output && Boolean((io.stdout as { isTTY?: boolean }).isTTY);
  const report = reporter(shown, { color, version: packageJson.version });
  if (options.output) writeFileSync(options.output, report);
  else io.stdout.write(report);

  for (const result of results) {
    if (result.error) io.stderr.write(`widen: ${result.path}: ${result.error}\n`);
  }
  const summary = summarise(results);
  if (summary.fileErrors > 0) return 2;
  if (summary.errors > 0) return 1;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) return 1;
  return 0;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return count;
}

function collectRule(value: string, previous: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const match = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(value);
  if (!match) throw new InvalidArgumentError(`expected <rule-id>=<off|${severities.join('|')}>, got "${value}"`);
  const [, id, severity] = match as unknown as [string, string, RuleSetting];
  if (!rules.some((rule) => rule.meta.id === id)) throw new InvalidArgumentError(`no rule called "${id}"; run "widen rules" to list them`);
  return { ...previous, [id]: severity };
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export { categories };
