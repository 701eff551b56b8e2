import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { packageRoot } from '../io/package-root.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { categories, profiles, severities, summarise, type Category, type FileResult, type Profile, type Severity } from '../model/diagnostic.js';
import { applyReview, Linter, readReview, requirements, rules, type ReviewFile } from '../index.js';
import { loadReporter, reporterNames, type ReporterName } from '../report/index.js';
import { atLeast } from '../report/ci.js';
import { applyBaseline, BaselineError, createBaseline, defaultBaselineFile, readBaseline, type Baseline } from '../suppress/baseline.js';
import { defaultCacheLocation } from '../run/cache.js';
import { DiscoveryError } from '../run/discover.js';
import { progressBar, progressWanted } from './progress.js';
import { parseShard, type Shard } from '../run/shard.js';
import type { RuleSetting } from '../config/config.js';
import { runFix } from './fix.js';
import { explainRule, listRules } from './rules-command.js';
import { oneLine } from '../io/limits.js';

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
  review?: string;
  failOn: Severity;
  ignorePattern: string[];
  gitignore: boolean;
  changedSince?: string;
  cache?: boolean;
  cacheLocation?: string;
  jobs?: number;
  shard?: Shard;
  baseline?: string;
  sarifCategory?: string;
  progress: boolean;
  verbose?: boolean;
  wholePage?: boolean;
  maxDocxSize?: number;
  maxFileSize?: number;
  timeout?: number;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixCategory: Category[];
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings over the limits, 2 usage or input errors. */
export async function main(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  let exitCode = 0;
  guardOutput(io.stdout);
  guardOutput(io.stderr);
  const program = new Command('widen')
    .description('Lint job adverts and recruitment documents for jargon, readability, exclusionary wording and missing information.')
    .version(packageJson.version, '-v, --version')
    .argument('[paths...]', 'files, folders or quoted globs to lint (.md .markdown .txt .html .htm .docx); "-" reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(reporterNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('-p, --profile <profile>', 'kind of document (front matter "widen-profile:" wins)').choices(profiles))
    .option('-c, --config <file>', 'use this configuration file for every input')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseCount)
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when there is a finding of this severity or above').choices(severities).default('error'))
    .option('--ignore-pattern <glob>', 'do not lint files or folders matching this glob (relative to the working folder) when found in a folder; repeatable', collectList, [])
    .option('--no-gitignore', 'lint files that .gitignore excludes')
    .option('--changed-since <git-ref>', 'lint only files changed since the merge base of this git reference and HEAD')
    .option('--cache', `reuse results of unchanged files (kept in ${defaultCacheLocation.split(sep).join('/')})`)
    .option('--cache-location <folder>', 'where --cache keeps results')
    .option('-j, --jobs <n>', 'worker threads for runs over many files (default: the number of CPUs)', parsePositive)
    .option('--shard <i/n>', 'lint only shard i of n (split by path hash), for a CI matrix', parseShardOption)
    .option('--baseline <file>', `report only findings not in this baseline file (written by "widen baseline" as ${defaultBaselineFile})`)
    .option('--sarif-category <name>', 'SARIF: the analysis category (default "widen/shard-i-of-n" with --shard)')
    .option('--no-progress', 'never draw a progress bar (it is drawn only on a terminal, never in CI)')
    .option('--no-color', 'never use colour')
    .option('--rule <id=severity>', 'set a rule\'s severity ("off", "info", "warning", "error"); repeatable', collectRule, {})
    .option('--stdin', 'read the document from standard input')
    .option('--stdin-filename <name>', 'name (and so format) of the standard input document')
    .option('--review <file>', 'apply a review file exported from the HTML report: findings marked disagree are suppressed')
    .option('--verbose', "print what the readers noticed but did not report (Word conversion warnings, encoding guesses) to standard error")
    .option('--whole-page', 'HTML: lint the whole page, not only its <main>')
    .option('--max-docx-size <megabytes>', 'Word: refuse a document that would unpack to more than this (default 50)', parseMegabytes)
    .option('--max-file-size <megabytes>', 'refuse a file larger than this, before reading it (default 10)', parseMegabytes)
    .option('--timeout <seconds>', 'give up on a file that takes longer than this to lint, and go on with the others (default 10)', parseSeconds)
    .option('--debug', 'print stack traces of internal errors to standard error')
    .option('--fix', 'apply the safe suggestions to Markdown, text and HTML files in place (Word documents are never changed)')
    .option('--fix-dry-run', 'print the changes --fix would make as a unified diff, and write nothing')
    .option('--fix-category <category>', `fix only findings of this category (${categories.join(', ')}); repeatable`, collectCategory, [])
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .exitOverride()
    .action(async (paths: string[], options: CliOptions) => {
      exitCode = await run(paths, options, io);
    });

  program
    .command('baseline')
    .description(`write ${defaultBaselineFile} (or --output): today's findings, to be tolerated by --baseline until someone fixes them`)
    .argument('[paths...]', 'files or folders (default: the working folder)')
    .action(async (paths: string[], _options: unknown, command: Command) => {
      exitCode = await writeBaseline(paths.length ? paths : ['.'], command.optsWithGlobals() as CliOptions, io);
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
    // One line for the user; the stack trace only when asked for.
    io.stderr.write(`widen: ${oneLine(error)}\n`);
    if (argv.includes('--debug')) io.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    return 2;
  }
  return exitCode;
}

async function run(paths: string[], options: CliOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }): Promise<number> {
  const useStdin = options.stdin || paths.includes('-');
  const filePaths = paths.filter((path) => path !== '-');
  if (!useStdin && filePaths.length === 0 && !options.changedSince) {
    io.stderr.write('widen: name a file or folder to lint (for example "widen advert.md"), or "-" for standard input\n');
    return 2;
  }
  const fixing = options.fix || options.fixDryRun;
  if (options.fix && options.fixDryRun) {
    io.stderr.write('widen: use --fix or --fix-dry-run, not both\n');
    return 2;
  }
  if (options.fixCategory.length && !fixing) {
    io.stderr.write('widen: --fix-category needs --fix or --fix-dry-run\n');
    return 2;
  }
  if (fixing && useStdin) {
    io.stderr.write('widen: --fix changes files on disk, so it cannot fix standard input; save the text as a file first\n');
    return 2;
  }
  const linter = makeLinter(options, io);
  if (!linter) return 2;
  const progress = options.progress && progressWanted(io.stderr, io.stdout, Boolean(options.output)) ? progressBar(io.stderr) : undefined;
  if (options.format === 'json' && !fixing && !useStdin && !options.review && !options.baseline) {
    return streamJson(linter, filePaths.length === 0 && options.changedSince ? ['.'] : filePaths, options, io, progress);
  }
  const results: FileResult[] = [];
  if (useStdin) {
    const text = await readStream(io.stdin);
    results.push(await linter.lintText(text, options.stdinFilename ?? '<stdin>'));
  }
  try {
    results.push(...(await linter.lintPaths(filePaths.length === 0 && options.changedSince ? ['.'] : filePaths, progress ? (done, total) => progress.update(done, total) : undefined)));
  } catch (error) {
    if (!(error instanceof DiscoveryError)) throw error;
    io.stderr.write(`widen: ${error.message}\n`);
    return 2;
  } finally {
    progress?.clear();
  }
  let review: ReviewFile | undefined;
  let baseline: Baseline | undefined;
  if (options.review) {
    try {
      review = readReview(options.review);
    } catch (error) {
      io.stderr.write(`widen: ${(error as Error).message}\n`);
      return 2;
    }
    const applied = applyReview(results, review);
    results.splice(0, results.length, ...applied.results);
    if (applied.unmatched.length > 0) {
      io.stderr.write(`widen: ${options.review}: ${applied.unmatched.length} decision${applied.unmatched.length === 1 ? '' : 's'} match no finding (the text has changed since the review)\n`);
    }
  }
  if (options.baseline) {
    try {
      baseline = readBaseline(options.baseline);
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      io.stderr.write(`widen: ${error.message}\n`);
      return 2;
    }
    const applied = applyBaseline(results, baseline, options.baseline);
    results.splice(0, results.length, ...applied.results);
    const notes = [];
    if (applied.suppressed) notes.push(`${plural(applied.suppressed, 'known finding')} not shown`);
    if (applied.stale) notes.push(`${plural(applied.stale, 'entry', 'entries')} no longer ${applied.stale === 1 ? 'occurs' : 'occur'} (run "widen baseline" to tidy it)`);
    if (notes.length) io.stderr.write(`widen: ${options.baseline}: ${notes.join('; ')}\n`);
  }
  let fixed: { diff: string; failed: boolean } | undefined;
  if (fixing) {
    // Each fixed file is linted again: review decisions and the baseline apply to it as before.
    const filter = (result: FileResult): FileResult => {
      let list = [result];
      if (review) list = applyReview(list, review).results;
      if (baseline) list = applyBaseline(list, baseline, options.baseline!).results;
      return list[0]!;
    };
    fixed = await runFix(linter, results, { dryRun: Boolean(options.fixDryRun), categories: options.fixCategory, filter }, io.stderr);
  }

  const shown = options.quiet
    ? results.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') }))
    : results;
  const reporter = await loadReporter(options.format);
  const color = options.color && !process.env.NO_COLOR && !options.output && Boolean((io.stdout as { isTTY?: boolean }).isTTY);
  const docsBase = relative(dirname(resolve(options.output ?? 'report')), packageRoot).split(sep).join('/');
  const sarifCategory = options.sarifCategory ?? (options.shard ? `widen/shard-${options.shard.index}-of-${options.shard.count}` : undefined);
  const report = reporter(shown, {
    color,
    version: packageJson.version,
    requirements,
    docsBase: docsBase ? `${docsBase}/` : '',
    failOn: options.failOn,
    rules: rules.map((rule) => rule.meta),
    ...(sarifCategory ? { sarifCategory } : {}),
  });
  if (options.output) writeFileSync(options.output, report);
  // A dry run prints the diff in place of the report (which --output still writes).
  else if (!options.fixDryRun) io.stdout.write(report);
  if (options.fixDryRun) io.stdout.write(fixed!.diff);

  for (const result of results) writeFileMessages(result, options, io.stderr);
  const summary = summarise(results);
  // A rule that crashed is widen's failure, not the document's: exit code 2, like a file not read.
  const crashed = results.some((result) => result.diagnostics.some((d) => d.ruleId === 'internal-error'));
  if (summary.fileErrors > 0 || crashed || fixed?.failed) return 2;
  if (results.some((result) => result.diagnostics.some((d) => atLeast(d.severity, options.failOn)))) return 1;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) return 1;
  return 0;
}

/**
 * The JSON report written file by file as results come in, so a run over thousands of files keeps
 * no results in memory. Used when nothing needs every result at once (no review, baseline or fix).
 */
async function streamJson(
  linter: Linter,
  paths: string[],
  options: CliOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  progress: ReturnType<typeof progressBar> | undefined,
): Promise<number> {
  const { jsonParts } = await import('../report/json.js');
  const fd = options.output ? openSync(options.output, 'w') : undefined;
  const write = (text: string): void => {
    if (fd === undefined) io.stdout.write(text);
    else writeSync(fd, text);
  };
  const summary = { errors: 0, warnings: 0, infos: 0, files: 0, fileErrors: 0 };
  let crashed = false;
  let failed = false;
  // Opened at the first file, so a discovery error leaves no half-written report.
  let started = false;
  const begin = (): void => {
    if (!started) write(jsonParts.start());
    started = true;
  };
  try {
    await linter.lintPathsInOrder(
      paths,
      (linted) => {
        const result = options.quiet ? { ...linted, diagnostics: linted.diagnostics.filter((d) => d.severity === 'error') } : linted;
        begin();
        write(jsonParts.file(result, summary.files === 0));
        const counts = summarise([result]);
        summary.files++;
        summary.fileErrors += counts.fileErrors;
        summary.errors += counts.errors;
        summary.warnings += counts.warnings;
        summary.infos += counts.infos;
        crashed ||= linted.diagnostics.some((d) => d.ruleId === 'internal-error');
        failed ||= linted.diagnostics.some((d) => atLeast(d.severity, options.failOn));
        writeFileMessages(linted, options, io.stderr);
      },
      progress ? (done, total) => progress.update(done, total) : undefined,
    );
  } catch (error) {
    if (!(error instanceof DiscoveryError)) throw error;
    io.stderr.write(`widen: ${error.message}\n`);
    return 2;
  } finally {
    progress?.clear();
  }
  begin();
  write(jsonParts.end(summary, summary.files > 0));
  if (fd !== undefined) closeSync(fd);
  if (summary.fileErrors > 0 || crashed) return 2;
  if (failed) return 1;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) return 1;
  return 0;
}

/** A file's one-line error, and with --verbose or --debug its reader's warnings and stack traces, on standard error. */
function writeFileMessages(result: FileResult, options: CliOptions, stderr: NodeJS.WritableStream): void {
  if (result.error) stderr.write(`widen: ${result.path}: ${result.error}\n`);
  if (options.verbose) for (const warning of result.warnings ?? []) stderr.write(`widen: ${result.path}: ${warning}\n`);
  if (options.debug) for (const trace of result.debug ?? []) stderr.write(`widen: ${trace}\n`);
}

/** The Linter for the command line's options, or undefined (after saying why) when they are wrong. */
function makeLinter(options: CliOptions, io: { stderr: NodeJS.WritableStream }): Linter | undefined {
  try {
    return new Linter({
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.config ? { configPath: options.config } : {}),
      rules: options.rule,
      includeBlocks: options.format === 'html',
      ...(options.wholePage ? { wholePage: true } : {}),
      ...(options.maxDocxSize !== undefined ? { maxDocxBytes: options.maxDocxSize * 1024 * 1024 } : {}),
      ...(options.maxFileSize !== undefined ? { maxFileBytes: options.maxFileSize * 1024 * 1024 } : {}),
      ...(options.timeout !== undefined ? { timeoutMs: options.timeout * 1000 } : {}),
      ...(options.debug ? { debug: true } : {}),
      ignorePatterns: options.ignorePattern,
      gitignore: options.gitignore,
      ...(options.changedSince ? { changedSince: options.changedSince } : {}),
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.cache || options.cacheLocation ? { cacheLocation: options.cacheLocation ?? defaultCacheLocation } : {}),
      ...(options.jobs ? { jobs: options.jobs } : {}),
    });
  } catch (error) {
    io.stderr.write(`widen: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** `widen baseline`: lints and writes every finding to the baseline file. */
async function writeBaseline(paths: string[], options: CliOptions, io: { stderr: NodeJS.WritableStream }): Promise<number> {
  const linter = makeLinter(options, io);
  if (!linter) return 2;
  let results: FileResult[];
  try {
    results = await linter.lintPaths(paths);
  } catch (error) {
    if (!(error instanceof DiscoveryError)) throw error;
    io.stderr.write(`widen: ${error.message}\n`);
    return 2;
  }
  const file = options.output ?? defaultBaselineFile;
  writeFileSync(file, createBaseline(results, file));
  const findings = results.reduce((count, result) => count + result.diagnostics.length, 0);
  const files = results.filter((result) => result.diagnostics.length > 0).length;
  io.stderr.write(`widen: wrote ${file}: ${plural(findings, 'finding')} in ${plural(files, 'file')}\n`);
  for (const result of results) if (result.error) io.stderr.write(`widen: ${result.path}: ${result.error}\n`);
  return results.some((result) => result.error) ? 2 : 0;
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

function collectCategory(value: string, previous: Category[]): Category[] {
  if (!(categories as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${categories.join(', ')}, got "${value}"`);
  return [...previous, value as Category];
}

function collectList(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parsePositive(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return count;
}

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return count;
}

const guarded = new WeakSet<object>();

/**
 * A reader that stops early (`widen … | head`) closes the pipe: widen ends as it would have,
 * without an unhandled EPIPE error and its stack trace. Other write errors get one line.
 */
function guardOutput(stream: NodeJS.WritableStream): void {
  if (guarded.has(stream) || typeof stream.on !== 'function') return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 2;
    if (stream !== process.stderr) process.stderr.write(`widen: cannot write the report (${error.code ?? oneLine(error)})\n`);
  });
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('expected a time in seconds, more than 0');
  return seconds;
}

function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new InvalidArgumentError('expected a size in megabytes, more than 0');
  return megabytes;
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
