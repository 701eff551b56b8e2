import { closeSync, existsSync, openSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  audiences,
  categories,
  createBaseline,
  defaultBaselineFile,
  defaultCacheLocation,
  docsUrlFor,
  exitCode,
  Linter,
  maxLimits,
  oneLine,
  parseShard,
  profiles,
  requirements,
  rules,
  severities,
  suggestion,
  UsageError,
  version,
  type Audience,
  type Category,
  type FileResult,
  type LintOptions,
  type Profile,
  type RuleSetting,
  type RunReport,
  type Severity,
  type Shard,
} from '../index.js';
import { loadWriter, reporterNames, type ReporterName } from '../report/index.js';
import { reportSink } from './report-sink.js';
import { configurationIn, printable, sameConfigurationText } from '../report/shared.js';
import { writeFixes } from './fix.js';
import { progressBar, progressWanted } from './progress.js';
import { explainRule, listRules } from './rules-command.js';
import { checkReportDocuments } from '../report/html/limits.js';
import { renderMarkdown } from './render-markdown.js';
import { askProfile, starter, starterName } from './init.js';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream };

interface CliOptions {
  format: ReporterName;
  output?: string;
  profile?: Profile;
  audience?: Audience;
  config?: string;
  docsUrl?: string;
  quiet?: boolean;
  maxWarnings?: number;
  color?: boolean;
  rule: Record<string, RuleSetting>;
  /** `--color` forces colour; `--no-color` (false) turns it off; left out, the terminal decides. */
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
export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  let code = 0;
  guardOutput(io.stdout);
  guardOutput(io.stderr);
  const program = new Command('widen')
    .description('Lint job adverts and recruitment documents for jargon, readability, exclusionary wording and missing information.')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, folders or quoted globs to lint (.md .markdown .txt .html .htm .docx); "-" reads standard input')
    .addOption(choice(new Option('-f, --format <name>', 'output format'), reporterNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(choice(new Option('-p, --profile <profile>', 'kind of document (front matter "widen-profile:" wins)'), profiles))
    .addOption(choice(new Option('--audience <audience>', 'who the documents are for, instead of reading it from each (front matter "widen-audience:" wins)'), audiences))
    .option('-c, --config <file>', 'use this configuration file for every input')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseCount)
    .addOption(choice(new Option('--fail-on <severity>', 'exit with 1 when there is a finding of this severity or above'), severities).default('error'))
    .option('--ignore-pattern <glob>', 'do not lint files or folders matching this glob (relative to the working folder) when found in a folder; repeatable', collectList)
    .option('--no-gitignore', 'lint files that .gitignore excludes')
    .option('--changed-since <git-ref>', 'lint only files changed since the merge base of this git reference and HEAD')
    .option('--cache', `reuse results of unchanged files (kept in ${defaultCacheLocation.split(sep).join('/')})`)
    .option('--cache-location <folder>', 'where --cache keeps results')
    .option('-j, --jobs <n>', 'worker threads for runs over many files (default and most: the CPUs widen may use)', parsePositive)
    .option('--shard <i/n>', 'lint only shard i of n (split by path hash), for a CI matrix', parseShardOption)
    .option('--baseline <file>', `report only findings not in this baseline file (written by "widen baseline" as ${defaultBaselineFile})`)
    .option('--sarif-category <name>', 'SARIF: the analysis category (default "widen/shard-i-of-n" with --shard)')
    .option('--docs-url <url>', 'where reports link rule pages: <url>rules/<id>/<id>.md (default: the repository at main)')
    .option('--no-progress', 'never draw a progress bar (it is drawn only on a terminal, never in CI)')
    .option('--color', 'use colour even when the report is not going to a terminal (as FORCE_COLOR=1 does)')
    .option('--no-color', 'never use colour (as NO_COLOR=1 does)')
    .option('--rule <id=severity>', 'set a rule\'s severity ("off", "info", "warning", "error"); repeatable', collectRule)
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
    .option('--fix-category <category>', `fix only findings of this category (${categories.join(', ')}); repeatable`, collectCategory)
    // A mistake is one line and a pointer to the help, as ESLint does: the help would scroll it away.
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text), outputError: (text, write) => write(usageError(text)) })
    .exitOverride()
    .action(async (paths: string[], options: CliOptions) => {
      code = await run(paths, withDefaults(options), io);
    });

  program
    .command('baseline')
    .description(`write ${defaultBaselineFile} (or --output): today's findings, to be tolerated by --baseline until someone fixes them`)
    .argument('[paths...]', 'files or folders (default: the working folder)')
    .action(async (paths: string[], _options: unknown, command: Command) => {
      code = await writeBaseline(paths.length ? paths : ['.'], withDefaults(command.optsWithGlobals() as CliOptions), io);
    });
  program
    .command('rules')
    .description('list every rule: id, category, default severity and what it checks')
    .action(() => {
      io.stdout.write(listRules(rules));
    });
  program
    .command('explain')
    .description("print a rule's documentation, laid out for the terminal")
    .argument('<rule-id>', 'the rule to explain')
    .option('--markdown', 'print the page as it is written, in Markdown')
    .action((id: string, options: { markdown?: boolean }) => {
      const text = explainRule(id);
      if (text === undefined) {
        io.stderr.write(`widen: no rule called "${printable(id)}"${suggestion(id, rules.map((rule) => rule.meta.id))}; run "widen rules" to list them\n`);
        code = 2;
      } else io.stdout.write(options.markdown ? text : renderMarkdown(text, terminalWidth(io.stdout, false)));
    });
  program
    .command('init')
    .description(`write a starter ${starterName} in the working folder, with comments that say what each setting does`)
    .action(async (_options: unknown, command: Command) => {
      code = await writeStarter(command.optsWithGlobals() as CliOptions, io);
    });
  program
    .command('help')
    .description('print the usage of widen, or of one of its commands')
    .argument('[command]', 'the command')
    .action((name?: string) => {
      if (!name) {
        io.stdout.write(program.helpInformation());
        return;
      }
      const command = program.commands.find((candidate) => candidate.name() === name);
      if (command) io.stdout.write(command.helpInformation());
      else {
        io.stderr.write(`widen: no command called "${printable(name)}"${suggestion(name, program.commands.map((candidate) => candidate.name()))}\nRun widen --help for usage\n`);
        code = 2;
      }
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
  return code;
}

async function run(paths: string[], options: CliOptions, io: Io): Promise<number> {
  const useStdin = options.stdin || paths.includes('-');
  const filePaths = paths.filter((path) => path !== '-');
  // Nothing named: the working folder, as ESLint does.
  if (!useStdin && filePaths.length === 0) filePaths.push('.');
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
  const output = options.output ? openOutput(options.output, io.stderr) : undefined;
  if (output === null) return 2;
  const progress = options.progress && progressWanted(io.stderr, io.stdout, Boolean(options.output)) ? progressBar(io.stderr) : undefined;
  const shown = (result: FileResult): FileResult => (options.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result);
  const quietHidden = { warnings: 0, infos: 0 };
  const sarifCategory = options.sarifCategory ?? (options.shard ? `widen/shard-${options.shard.index}-of-${options.shard.count}` : undefined);
  const writer = (await loadWriter(options.format))({
    color: useColour(options, io.stdout as { isTTY?: boolean }),
    width: terminalWidth(io.stdout, Boolean(options.output)),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
    version,
    requirements,
    docsBase: docsUrlFor(options.docsUrl, options.config),
    failOn: options.failOn,
    rules: rules.map((rule) => rule.meta),
    ...(sarifCategory ? { sarifCategory } : {}),
  });
  // A dry run prints the diff in place of the report (which --output still writes).
  const sink = reportSink(output ?? (options.fixDryRun ? undefined : io.stdout), Boolean(writer.head));
  let report: RunReport;
  try {
    const linter = new Linter(lintOptions(options, Boolean(fixing)));
    const configurationErrors = new Map<string, string>();
    report = await linter.run(
      { paths: filePaths, ...(useStdin ? { stdin: { stream: io.stdin, ...(options.stdinFilename ? { filename: options.stdinFilename } : {}) } } : {}) },
      {
        // Each file's part of the report is written as it comes in, so the run keeps no results.
        onFile: (result) => {
          if (options.quiet) countHidden(result, quietHidden);
          sink.write(writer.file(shown(result)));
          writeFileMessages(result, options, io, configurationErrors);
        },
        ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
        // One HTML page holds so many documents: a larger run is refused before any is linted.
        ...(options.format === 'html' ? { onStart: checkReportDocuments } : {}),
      },
    );
    const baselineHidden = report.suppression?.baselineSuppressed ?? 0;
    const quiet = quietHidden.warnings || quietHidden.infos ? quietHidden : undefined;
    const end = writer.end(quiet || baselineHidden ? { ...(quiet ? { quiet } : {}), ...(baselineHidden ? { baseline: baselineHidden } : {}) } : undefined);
    sink.finish(writer.head?.() ?? '', end);
  } catch (error) {
    sink.discard();
    // A report that cannot be written (too large for one HTML page) is one line, not a crash.
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`widen: ${printable(error.message)}\n`);
    output?.discard();
    return 2;
  } finally {
    progress?.clear();
  }
  writeSuppression(report, options, io.stderr);
  if (report.fixes) writeFixes(report.fixes, { dryRun: Boolean(options.fixDryRun), categories: options.fixCategory }, io.stderr);
  if (options.fixDryRun) io.stdout.write(report.fixes!.map((fix) => fix.diff).join(''));
  output?.close();
  return exitCode(report, { failOn: options.failOn, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) });
}

/** The run's options for the library, from the command line's. */
function lintOptions(options: CliOptions, fixing: boolean): LintOptions {
  return {
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
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
    ...(options.review ? { review: options.review } : {}),
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(fixing ? { fix: { dryRun: Boolean(options.fixDryRun), categories: options.fixCategory } } : {}),
  };
}

/** What the cache did not trust, and what the review and baseline set aside, one line each on standard error. */
function writeSuppression(report: RunReport, options: CliOptions, stderr: NodeJS.WritableStream): void {
  for (const note of report.notes ?? []) stderr.write(`widen: ${printable(note)}\n`);
  const suppression = report.suppression;
  if (!suppression) return;
  const unmatched = suppression.unmatchedDecisions.length;
  if (options.review && unmatched > 0) {
    stderr.write(`widen: ${printable(options.review)}: ${unmatched} decision${unmatched === 1 ? '' : 's'} match no finding (the text has changed since the review)\n`);
  }
  if (options.baseline) {
    const notes = [];
    if (suppression.baselineSuppressed) notes.push(`${plural(suppression.baselineSuppressed, 'known finding')} not shown`);
    if (suppression.baselineStale) notes.push(`${plural(suppression.baselineStale, 'entry', 'entries')} no longer ${suppression.baselineStale === 1 ? 'occurs' : 'occur'} (run "widen baseline" to tidy it)`);
    if (notes.length) stderr.write(`widen: ${printable(options.baseline)}: ${notes.join('; ')}\n`);
  }
}

/**
 * Colour as other Node tools decide it: `--color` or `--no-color` first, then `FORCE_COLOR`
 * (“0” or “false” turns it off) and `NO_COLOR`, then whether the report goes to a terminal.
 */
export function useColour(options: { color?: boolean; output?: string }, stdout: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (options.color !== undefined) return options.color;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  if (env.NO_COLOR) return false;
  return !options.output && Boolean(stdout.isTTY);
}

interface Output {
  write(text: string): void;
  close(): void;
  /** Removes what was written when the run stops early, so no half-written report is left. */
  discard(): void;
}

/**
 * The report file, opened before the run so that a folder that does not exist, or a path that is
 * a folder, is one clear line instead of a run's work lost. Null when it cannot be written.
 */
function openOutput(path: string, stderr: NodeJS.WritableStream): Output | null {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? `the folder ${dirname(path)} does not exist` : code === 'EISDIR' ? 'it is a folder; name a file' : code === 'EACCES' ? 'permission denied' : `cannot write it (${code ?? 'error'})`;
    stderr.write(`widen: --output ${printable(path)}: ${why}\n`);
    return null;
  }
  let open = true;
  return {
    write: (text) => {
      writeSync(fd, text);
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
    discard: () => {
      if (open) closeSync(fd);
      open = false;
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    },
  };
}

/** What `--quiet` leaves out of the report: it still counts towards the exit code. */
function countHidden(result: FileResult, hidden: { warnings: number; infos: number }): void {
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity === 'warning') hidden.warnings++;
    else if (diagnostic.severity === 'info') hidden.infos++;
  }
}

/** The terminal's columns for the stylish report, or 80 when it goes down a pipe or into a file. */
function terminalWidth(stdout: NodeJS.WritableStream, toFile: boolean): number {
  const { isTTY, columns } = stdout as { isTTY?: boolean; columns?: number };
  return !toFile && isTTY && columns ? columns : 80;
}

/**
 * A file's one-line error, and with --verbose or --debug its reader's warnings and stack traces, on
 * standard error. The stylish report names a file it could not read itself: when that report is
 * on the terminal too, the error is said there alone, once.
 */
function writeFileMessages(result: FileResult, options: CliOptions, io: Io, configurationErrors: Map<string, string>): void {
  const { stderr } = io;
  const path = printable(result.path);
  const reportSaysIt = options.format === 'stylish' && !options.output && Boolean((io.stdout as { isTTY?: boolean }).isTTY);
  if (result.error && !reportSaysIt) {
    // A configuration's errors are said in full for the first file they stop, then in one line.
    const configuration = configurationIn(result.error);
    const firstPath = configuration && configurationErrors.get(result.error);
    if (configuration && firstPath) stderr.write(`widen: ${path}: ${printable(sameConfigurationText(configuration, firstPath))}\n`);
    else for (const line of result.error.split('\n')) stderr.write(`widen: ${path}: ${printable(line)}\n`);
    if (configuration && !firstPath) configurationErrors.set(result.error, path);
  }
  if (options.verbose) for (const warning of result.warnings ?? []) stderr.write(`widen: ${path}: ${printable(warning)}\n`);
  if (options.debug) for (const trace of result.debug ?? []) stderr.write(`widen: ${trace}\n`);
}

/**
 * `widen init`: the starter configuration, never over one that is there. On a terminal it asks
 * what the documents are, unless `--profile` says; anywhere else (CI, a script) it asks nothing.
 */
async function writeStarter(options: CliOptions, io: Io): Promise<number> {
  if (existsSync(starterName)) {
    io.stderr.write(`widen: ${starterName}: it is there already; widen does not overwrite it\n`);
    return 2;
  }
  const onTerminal = Boolean((io.stdin as { isTTY?: boolean }).isTTY && (io.stderr as { isTTY?: boolean }).isTTY);
  const profile = options.profile ?? (onTerminal ? await askProfile(io.stdin, io.stderr) : 'advert');
  if (profile === null) {
    io.stderr.write(`\nwiden: nothing written\n`);
    return 2;
  }
  try {
    writeFileSync(starterName, starter(profile), { flag: 'wx' });
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it is there already; widen does not overwrite it' : `cannot write it (${(error as NodeJS.ErrnoException).code ?? oneLine(error)})`;
    io.stderr.write(`widen: ${starterName}: ${why}\n`);
    return 2;
  }
  io.stderr.write(`widen: wrote ${starterName}; run "widen" to lint the documents in this folder\n`);
  return 0;
}

/** `widen baseline`: lints and writes every finding to the baseline file. */
async function writeBaseline(paths: string[], options: CliOptions, io: Io): Promise<number> {
  const file = options.output ?? defaultBaselineFile;
  let results: FileResult[];
  try {
    results = await new Linter(lintOptions(options, false)).lintPaths(paths);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`widen: ${printable(error.message)}\n`);
    return 2;
  }
  writeFileSync(file, createBaseline(results, file));
  const findings = results.reduce((count, result) => count + result.diagnostics.length, 0);
  const files = results.filter((result) => result.diagnostics.length > 0).length;
  io.stderr.write(`widen: wrote ${printable(file)}: ${plural(findings, 'finding')} in ${plural(files, 'file')}\n`);
  for (const result of results) if (result.error) io.stderr.write(`widen: ${printable(result.path)}: ${printable(result.error)}\n`);
  return results.some((result) => result.error) ? 2 : 0;
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

function collectCategory(value: string, previous: Category[] = []): Category[] {
  if (!(categories as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${categories.join(', ')}, got "${value}"${suggestion(value, categories)}`);
  return [...previous, value as Category];
}

function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * Repeatable options start empty. They have no default in commander, so that `--help` does not
 * show “(default: [])”; this gives them theirs.
 */
function withDefaults(options: CliOptions): CliOptions {
  return { ...options, rule: options.rule ?? {}, ignorePattern: options.ignorePattern ?? [], fixCategory: options.fixCategory ?? [] };
}

/** An option whose value is one of a list, with a “did you mean” when it is not; `--help` lists the choices. */
function choice(option: Option, values: readonly string[]): Option {
  return option.choices(values).argParser((value: string) => {
    if (!values.includes(value)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}${suggestion(value, values)}`);
    return value;
  });
}

/**
 * Commander's message as one line (“error: unknown option '--formt'\n(Did you mean --format?)”
 * becomes “widen: unknown option '--formt' (did you mean --format?)”), and where to find the usage.
 */
export function usageError(text: string): string {
  const line = text
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\n\s*\(Did you mean (.+)\)$/, ' (did you mean $1)')
    .replace(/ is invalid\. /, ' is invalid: ')
    .replace(/\s*\n\s*/g, ' ');
  return `widen: ${line}\nRun widen --help for usage\n`;
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
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > maxLimits.timeout) throw new InvalidArgumentError(`expected a time in seconds, more than 0 and at most ${maxLimits.timeout}`);
  return seconds;
}

function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > maxLimits.size) throw new InvalidArgumentError(`expected a size in megabytes, more than 0 and at most ${maxLimits.size}`);
  return megabytes;
}

function collectRule(value: string, previous: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
  const match = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(value);
  if (!match) {
    const level = /^[a-z0-9-]+=(.*)$/.exec(value)?.[1];
    const hint = level ? suggestion(level, ['off', ...severities]) : '';
    throw new InvalidArgumentError(`expected <rule-id>=<off|${severities.join('|')}>, got "${value}"${hint}`);
  }
  const [, id, severity] = match as unknown as [string, string, RuleSetting];
  if (!rules.some((rule) => rule.meta.id === id)) throw new InvalidArgumentError(`no rule called "${id}"${suggestion(id, rules.map((rule) => rule.meta.id))}; run "widen rules" to list them`);
  return { ...previous, [id]: severity };
}

