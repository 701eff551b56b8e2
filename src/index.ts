import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { ConfigLoader, isIgnored, resolveConfig, type LoadedConfig, type ResolvedConfig, type RuleSetting } from './config/config.js';
import { fromConfig, InputError, maxLimits, UsageError, type Limits } from './io/limits.js';
import { packageRoot } from './io/package-root.js';
import { readCapped } from './io/stream.js';
import type { Audience, Category, FileResult, Format, Profile, Severity, Summary } from './model/diagnostic.js';
import { docsPath, type Rule } from './model/rule.js';
import type { FixOutcome } from './fix/fix-file.js';
import type { WriteHooks } from './fix/fix.js';
import { LintCache } from './run/cache.js';
import { changedSince, discover, formatOf } from './run/discover.js';
import { errorResult, limitsOf, lintTask, type FileSettings, type Task, type TaskOutcome } from './run/lint-file.js';
import { runTasks } from './run/run-tasks.js';
import { inShard, type Shard } from './run/shard.js';
import { readBaseline } from './suppress/baseline.js';
import { readReview, type ReviewFile } from './suppress/review.js';
import { Suppressor, type SuppressionSummary } from './suppress/suppress.js';

export type { Diagnostic, FileResult, Location, Suggestion, Summary, Category, Severity, Profile, Format, ReviewDecision, Decision, ResultBlock, RequirementState, RequirementStatus, Evidence, KeyFact, KeyFacts } from './model/diagnostic.js';
export { audiences, categories, severities, profiles, formats, summarise, type Audience } from './model/diagnostic.js';
export { defaultLimits, maxLimits, UsageError, InputError, oneLine, type Limits } from './io/limits.js';
export { packageRoot } from './io/package-root.js';
export { didYouMean, suggestion } from './kit/did-you-mean.js';
export type { Rule, RuleMeta } from './model/rule.js';
export { ConfigError, type RuleSetting } from './config/config.js';
export { docsUrlFor } from './config/docs-url.js';
export { DiscoveryError } from './run/discover.js';
export { parseShard, type Shard } from './run/shard.js';
export { defaultCacheLocation } from './run/cache.js';
export { applyReview, readReview, parseReview, ReviewError, type ReviewFile, type ReviewEntry } from './suppress/review.js';
export { createBaseline, defaultBaselineFile, BaselineError } from './suppress/baseline.js';
export type { SuppressionSummary } from './suppress/suppress.js';
export type { FixOutcome } from './fix/fix-file.js';
export { requirements } from '../rules/missing-information/requirements.js';

/** widen's version, from its package.json. */
export const version: string = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** Options shared by the API and the CLI. */
export interface LintOptions {
  /** Profile for every file unless its front matter names one. */
  profile?: Profile;
  /** Who every file is for, unless its front matter says (`widen-audience:`); left out, it is read from each document. */
  audience?: Audience;
  /** One configuration file for every input, instead of looking for one beside each file. */
  configPath?: string;
  /** Severity overrides by rule id (`--rule id=severity`). */
  rules?: Record<string, RuleSetting>;
  /** Put each document's blocks on its result, for the HTML report. */
  includeBlocks?: boolean;
  /** HTML: lint the whole page even when it has a `<main>` (`--whole-page`). */
  wholePage?: boolean;
  /** DOCX: refuse a document whose text parts would unpack to more than this many bytes (default 50 MB; `--max-docx-size`). */
  maxDocxBytes?: number;
  /** Refuse a file larger than this many bytes, before reading it (default 10 MB; `--max-file-size`). */
  maxFileBytes?: number;
  /** Give up on a file that takes longer than this many milliseconds, and go on with the rest (default 10 s; `--timeout`). */
  timeoutMs?: number;
  /** Keep stack traces of internal errors on the results' `debug` (`--debug`). */
  debug?: boolean;
  /** Globs (relative to the working folder) not to lint when found in a folder: `--ignore-pattern`. */
  ignorePatterns?: string[];
  /** Respect `.gitignore` files when searching folders (default true). */
  gitignore?: boolean;
  /** Lint only files changed since the merge base of this git reference and HEAD. */
  changedSince?: string;
  /** Lint only this shard of the files (by path hash). */
  shard?: Shard;
  /** Reuse results of unchanged files, kept in this folder. */
  cacheLocation?: string;
  /** Worker threads (default: the CPUs this process may use, which is also the most); 1 for none. */
  jobs?: number;
  /** A review file exported from the HTML report (`--review`): findings marked disagree are set aside. */
  review?: string | ReviewFile;
  /** A baseline file (`--baseline`): the findings it lists are left out. */
  baseline?: string;
  /**
   * Apply the safe suggestions in place (`--fix`), or work out the diff only (`dryRun`,
   * `--fix-dry-run`). `hooks` are for tests, and keep the run in this thread.
   */
  fix?: { dryRun?: boolean; categories?: readonly Category[]; hooks?: WriteHooks };
}

/** What a whole run did, besides the results handed to `onFile`. */
export interface RunReport {
  summary: Summary;
  /** Files whose findings include a rule that crashed (`internal-error`): widen's failure, exit code 2. */
  internalErrors: number;
  /** What the review and the baseline set aside, when there were any. */
  suppression?: SuppressionSummary;
  /** With `fix`: what was fixed in each file (files with nothing to fix are left out), in input order. */
  fixes?: Array<FixOutcome & { path: string; format: Format }>;
  /** What the cache did not trust or could not read (each file was linted instead), and reports widen wrote that were skipped: one line each. */
  notes?: string[];
}

/** What a run lints: paths, and standard input (or any stream) named like a file. */
export interface RunInputs {
  paths: readonly string[];
  stdin?: { stream: AsyncIterable<Uint8Array | string>; filename?: string };
}

export interface RunHandlers {
  /**
   * Once the inputs are known, before any is linted: how many results the run will hand out. It
   * may throw a UsageError to refuse the run (the HTML report refuses more documents than one
   * page holds).
   */
  onStart?: (total: number) => void;
  /** Each result, in input order, as soon as it and every one before it are done; none are kept. */
  onFile?: (result: FileResult) => void;
  /** After each file, in the order files finish. */
  onProgress?: (done: number, total: number) => void;
}

/** Every rule widen knows, sorted by id. */
export const rules: readonly Rule<any>[] = allRules;

/** A rule's documentation page (Markdown), or undefined for an unknown id. */
export function ruleDoc(id: string): string | undefined {
  const rule = allRules.find((candidate) => candidate.meta.id === id);
  return rule ? readFileSync(join(packageRoot, docsPath(rule.meta.id)), 'utf8') : undefined;
}

/**
 * A linter session: the whole pipeline of a run (discover, configure, read, parse, rules,
 * review, baseline, fix, cache, threads), so every front end (the CLI, an editor, a Word review
 * copy) gets the same results from the same calls.
 */
export class Linter {
  private readonly loader = new ConfigLoader(allRules);
  private readonly fixedConfig: LoadedConfig | undefined;

  /** Throws ConfigError when `configPath` names a bad configuration. */
  constructor(private readonly options: LintOptions = {}) {
    checkLimits(options);
    this.fixedConfig = options.configPath ? this.loader.load(options.configPath) : undefined;
  }

  /**
   * Lints files, folders, globs and standard input, handing each result to `onFile` in input
   * order (standard input first). Review decisions and the baseline are applied, and with `fix`
   * the files are fixed. Throws a UsageError (DiscoveryError, ReviewError, BaselineError) when the
   * run cannot start; a file that cannot be linted is a result with `error`.
   */
  async run(inputs: RunInputs, handlers: RunHandlers = {}): Promise<RunReport> {
    const { options } = this;
    const suppressor = this.suppressor();
    const cache = options.cacheLocation ? LintCache.open(options.cacheLocation) : undefined;
    const slots: Array<FileResult | Task> = [];
    if (inputs.stdin) slots.push(await this.stdinTask(inputs.stdin));
    const only = options.changedSince ? changedSince(options.changedSince) : undefined;
    const found = inputs.paths.length > 0 || !inputs.stdin ? discover(inputs.paths, { ignorePatterns: options.ignorePatterns ?? [], gitignore: options.gitignore ?? true, ...(only ? { only } : {}) }) : [];
    for (const input of found) {
      if (options.shard && !inShard(input.path, options.shard)) continue;
      if (input.error) {
        slots.push(errorResult(input.path, input.error));
        continue;
      }
      let config: LoadedConfig | undefined;
      try {
        config = this.configFor(input.path);
      } catch (error) {
        slots.push(errorResult(input.path, (error as Error).message));
        continue;
      }
      if (isIgnored(config, input.path) && !input.explicit) continue;
      slots.push({ ...this.task(input.path, this.settings(input.path, formatOf(input.path) ?? 'text', config), suppressor, cache), ...(input.explicit ? { explicit: true } : {}) });
    }

    handlers.onStart?.(slots.length);
    const summary: Summary = { errors: 0, warnings: 0, infos: 0, files: 0, fileErrors: 0, setAside: 0 };
    const report: RunReport = { summary, internalErrors: 0, ...(options.fix ? { fixes: [] } : {}) };
    const hand = (result: FileResult, fix: FixOutcome | undefined): void => {
      summary.files++;
      if (result.error) summary.fileErrors++;
      summary.setAside += result.reviewed?.length ?? 0;
      let crashed = false;
      for (const diagnostic of result.diagnostics) {
        if (diagnostic.severity === 'error') summary.errors++;
        else if (diagnostic.severity === 'warning') summary.warnings++;
        else summary.infos++;
        crashed ||= diagnostic.ruleId === 'internal-error';
      }
      if (crashed) report.internalErrors++;
      if (fix && (fix.count > 0 || fix.error || fix.note)) report.fixes!.push({ ...fix, path: result.path, format: result.format });
      handlers.onFile?.(result);
    };

    // Results arrive in the order files finish; each is held until every earlier slot is out.
    const tasks: Task[] = [];
    const slotOfTask: number[] = [];
    slots.forEach((slot, index) => {
      if (!('settings' in slot)) return;
      tasks.push(slot);
      slotOfTask.push(index);
    });
    const ready = new Map<number, { result: FileResult; fix?: FixOutcome; skip?: boolean }>();
    const notes: string[] = [];
    let next = 0;
    const flush = (): void => {
      for (;;) {
        const slot = slots[next];
        if (slot === undefined) return;
        const done = 'settings' in slot ? ready.get(next) : { result: slot };
        if (!done) return;
        ready.delete(next);
        if (!('skip' in done && done.skip)) hand(done.result, done.fix);
        next++;
      }
    };
    flush();
    let finished = 0;
    const hooks = options.fix?.hooks;
    await runTasks(tasks, {
      ...(hooks ? { jobs: 1, hooks } : options.jobs ? { jobs: options.jobs } : {}),
      onOutcome: (index, outcome) => {
        const task = tasks[index]!;
        if (outcome.ownReport && !task.explicit) {
          // A report widen wrote, found in a folder: left out, with a note.
          notes.push(`${task.path}: skipped, a ${outcome.ownReport} that widen wrote (widen never lints its own reports)`);
          ready.set(slotOfTask[index]!, { result: outcome.result, skip: true });
          handlers.onProgress?.(++finished, tasks.length);
          flush();
          return;
        }
        const result = this.finishTask(task, outcome, suppressor, cache);
        ready.set(slotOfTask[index]!, { result, ...(outcome.fix ? { fix: outcome.fix } : {}) });
        handlers.onProgress?.(++finished, tasks.length);
        flush();
      },
    });
    cache?.save();
    if (cache?.notes.length || notes.length) report.notes = [...(cache?.notes ?? []), ...notes];
    if (suppressor.active) report.suppression = suppressor.finish();
    return report;
  }

  /** Lints files and folders (review, baseline and fix as configured), keeping every result. */
  async lintPaths(paths: readonly string[], onProgress?: (done: number, total: number) => void): Promise<FileResult[]> {
    const results: FileResult[] = [];
    await this.run({ paths }, { onFile: (result) => results.push(result), ...(onProgress ? { onProgress } : {}) });
    return results;
  }

  /** Lints text that is not on disk (an editor buffer), in this thread; no review, baseline or fix. */
  async lintText(text: string, path = '<stdin>', format?: Format): Promise<FileResult> {
    // The text is already decoded: a byte order mark (removed again on reading) makes sure an
    // HTML page's <meta charset> is not applied a second time.
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    const config = this.configFor(path === '<stdin>' ? resolve('stdin.md') : path);
    return (await lintTask({ path, settings: this.settings(path, format ?? formatOf(path) ?? 'markdown', config), bytes })).result;
  }

  private async stdinTask(stdin: NonNullable<RunInputs['stdin']>): Promise<Task | FileResult> {
    const path = stdin.filename ?? '<stdin>';
    let settings: FileSettings;
    try {
      settings = this.settings(path, formatOf(path) ?? 'markdown', this.configFor(path === '<stdin>' ? resolve('stdin.md') : path));
    } catch (error) {
      return errorResult(path, (error as Error).message, formatOf(path) ?? 'markdown');
    }
    try {
      // Standard input is text from a pipe or an editor's buffer: UTF-8 unless it starts with a
      // byte order mark, so an HTML page's <meta charset> is not applied to it a second time.
      const bytes = await readCapped(stdin.stream, limitsOf(settings).maxFileBytes);
      return { path, settings, bytes: startsWithBom(bytes) ? bytes : Buffer.concat([utf8Bom, bytes]) };
    } catch (error) {
      if (error instanceof InputError) return errorResult(path, error.message, settings.format);
      throw error;
    }
  }

  private task(path: string, settings: FileSettings, suppressor: Suppressor, cache: LintCache | undefined): Task {
    const suppression = suppressor.active ? suppressor.forPath(path) : undefined;
    const key = cache?.storedKey(path);
    return {
      path,
      settings,
      ...(cache ? { cache: key ? { key } : {} } : {}),
      ...(suppression && (suppression.decisions || suppression.baseline) ? { suppression } : {}),
      ...(this.options.fix ? { fix: { ...(this.options.fix.dryRun ? { dryRun: true } : {}), ...(this.options.fix.categories ? { categories: this.options.fix.categories } : {}) } } : {}),
    };
  }

  /** A task's result for the run: from the cache when it still holds, then with the review and baseline applied. */
  private finishTask(task: Task, outcome: TaskOutcome, suppressor: Suppressor, cache: LintCache | undefined): FileResult {
    let raw = outcome.result;
    if (outcome.hit && outcome.key) {
      const cached = cache?.get(task.path, outcome.key);
      raw = cached ?? errorResult(task.path, 'widen could not read its cached result; run it again', task.settings.format);
    } else if (cache && outcome.key && !raw.error) cache.set(task.path, outcome.key, raw);
    return suppressor.active ? suppressor.apply(raw) : raw;
  }

  private suppressor(): Suppressor {
    const { review, baseline } = this.options;
    const reviewFile = typeof review === 'string' ? readReview(review) : review;
    return new Suppressor(reviewFile, baseline ? { file: baseline, baseline: readBaseline(baseline) } : undefined);
  }

  private configFor(path: string): LoadedConfig | undefined {
    return this.fixedConfig ?? this.loader.find(path);
  }

  private settings(path: string, format: Format, config: LoadedConfig | undefined): FileSettings {
    const resolved: ResolvedConfig = resolveConfig(allRules, config, path, {
      ...(this.options.profile ? { profile: this.options.profile } : {}),
      ...(this.options.audience ? { audience: this.options.audience } : {}),
      ...(this.options.rules ? { rules: this.options.rules } : {}),
    });
    // The command line and the API win over the configuration file's limits.
    const limits = { ...fromConfig(config?.config.limits), ...definedLimits(this.options) };
    const load = {
      ...(this.options.wholePage ? { wholePage: true } : {}),
      ...(limits.maxDocxBytes !== undefined ? { maxDocxBytes: limits.maxDocxBytes } : {}),
    };
    const { maxDocxBytes: _, ...fileLimits } = limits;
    return {
      format,
      config: resolved,
      includeBlocks: this.options.includeBlocks ?? false,
      ...(Object.keys(load).length ? { load } : {}),
      ...(Object.keys(fileLimits).length ? { limits: fileLimits } : {}),
      ...(this.options.debug ? { debug: true } : {}),
    };
  }
}

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

function startsWithBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Limits a run can keep: a positive number, no more than `maxLimits` (a timer cannot wait longer). */
function checkLimits(options: LintOptions): void {
  const checks: Array<[name: string, value: number | undefined, most: number]> = [
    ['timeoutMs', options.timeoutMs, maxLimits.timeout * 1000],
    ['maxFileBytes', options.maxFileBytes, maxLimits.size * 1024 * 1024],
    ['maxDocxBytes', options.maxDocxBytes, maxLimits.size * 1024 * 1024],
  ];
  for (const [name, value, most] of checks) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0 && value <= most)) throw new UsageError(`${name} must be more than 0 and at most ${most}, not ${value}`);
  }
}

function definedLimits(options: LintOptions): Partial<Limits> {
  return {
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.maxDocxBytes !== undefined ? { maxDocxBytes: options.maxDocxBytes } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
}

/**
 * The exit code of a run: 2 when a file could not be linted, a rule crashed or a fix could not be
 * written; 1 when a finding is at or above `failOn` (default error), or there are more warnings
 * than `maxWarnings`; else 0.
 */
export function exitCode(report: RunReport, options: { failOn?: Severity; maxWarnings?: number } = {}): 0 | 1 | 2 {
  const { summary } = report;
  if (summary.fileErrors > 0 || report.internalErrors > 0 || report.fixes?.some((fix) => fix.error)) return 2;
  const failOn = options.failOn ?? 'error';
  const failing = summary.errors + (failOn !== 'error' ? summary.warnings : 0) + (failOn === 'info' ? summary.infos : 0);
  if (failing > 0) return 1;
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) return 1;
  return 0;
}

/** Lints files and folders with the configuration found beside them. */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<FileResult[]> {
  return new Linter(options).lintPaths(paths);
}
