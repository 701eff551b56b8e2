import { resolve } from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { LintCache } from './run/cache.js';
import { ConfigLoader, isIgnored, resolveConfig, type LoadedConfig, type ResolvedConfig, type RuleSetting } from './config/config.js';
import type { FileResult, Format, Profile } from './model/diagnostic.js';
import { changedSince, discover, formatOf } from './run/discover.js';
import { fromConfig, type Limits } from './io/limits.js';
import { fixResults, type FixFileOptions, type FixOutcome } from './fix/fix-file.js';
import type { Rule } from './model/rule.js';
import { inShard, type Shard } from './run/shard.js';
import { errorResult, lintBytes, type FileSettings } from './run/lint-file.js';
import { runTasks, type Task } from './run/run-tasks.js';

export type { Diagnostic, FileResult, Location, Suggestion, Summary, Category, Severity, Profile, Format, ReviewDecision, Decision } from './model/diagnostic.js';
export { summarise } from './model/diagnostic.js';
export { defaultLimits, type Limits } from './io/limits.js';
export type { Rule, RuleMeta } from './model/rule.js';
export { ConfigError } from './config/config.js';
export { DiscoveryError } from './run/discover.js';
export type { Shard } from './run/shard.js';
export { applyReview, readReview, ReviewError, type ReviewFile, type ReviewEntry } from './suppress/review.js';
export { requirements } from '../rules/missing-information/requirements.js';
export type { FixFileOptions, FixOutcome } from './fix/fix-file.js';

/** Options shared by the API and the CLI. */
export interface LintOptions {
  /** Profile for every file unless its front matter names one. */
  profile?: Profile;
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
  /** Worker threads for large runs (default: the number of CPUs); 1 for none. */
  jobs?: number;
}

/** Every rule widen knows, sorted by id. */
export const rules: readonly Rule<any>[] = allRules;

/** A linter session: caches configuration between files. */
export class Linter {
  private readonly loader = new ConfigLoader(allRules);
  private readonly fixedConfig: LoadedConfig | undefined;

  constructor(private readonly options: LintOptions = {}) {
    this.fixedConfig = options.configPath ? this.loader.load(options.configPath) : undefined;
  }

  /**
   * Lints files, folders and globs; missing or unreadable paths come back as results with
   * `error`. Results are in input order (folders in name order) however many threads lint them.
   * Throws DiscoveryError when `changedSince` cannot be worked out.
   */
  async lintPaths(paths: readonly string[], onProgress?: (done: number, total: number) => void): Promise<FileResult[]> {
    const results: FileResult[] = [];
    await this.lintPathsInOrder(paths, (result) => results.push(result), onProgress);
    return results;
  }

  /**
   * Lints files and folders, handing each result to `onFile` in input order as soon as it and
   * every file before it are done, and keeping none: for runs over thousands of files.
   */
  async lintPathsInOrder(
    paths: readonly string[],
    onFile: (result: FileResult) => void,
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    const { options } = this;
    const only = options.changedSince ? changedSince(options.changedSince) : undefined;
    const inputs = discover(paths, {
      ignorePatterns: options.ignorePatterns ?? [],
      gitignore: options.gitignore ?? true,
      ...(only ? { only } : {}),
    });
    const slots: Array<FileResult | Task> = [];
    for (const input of inputs) {
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
      slots.push({ path: input.path, settings: this.settings(input.path, formatOf(input.path) ?? 'text', config) });
    }
    const tasks: Task[] = [];
    const slotOfTask: number[] = [];
    slots.forEach((slot, index) => {
      if (!('settings' in slot)) return;
      tasks.push(slot);
      slotOfTask.push(index);
    });
    // Results arrive in the order files finish; hold each until every earlier slot is out.
    const ready = new Map<number, FileResult>();
    let next = 0;
    const flush = (): void => {
      for (;;) {
        const slot = slots[next];
        if (slot === undefined) return;
        const result = 'settings' in slot ? ready.get(next) : slot;
        if (!result) return;
        ready.delete(next);
        onFile(result);
        next++;
      }
    };
    flush();
    await runTasks(tasks, {
      ...(options.jobs ? { jobs: options.jobs } : {}),
      ...(options.cacheLocation ? { cache: LintCache.open(options.cacheLocation) } : {}),
      ...(onProgress ? { onProgress } : {}),
      onResult: (index, result) => {
        ready.set(slotOfTask[index]!, result);
        flush();
      },
    });
  }

  /** Lints text that is not on disk (standard input, an editor buffer). */
  async lintText(text: string, path = '<stdin>', format?: Format): Promise<FileResult> {
    // The text is already decoded: a byte order mark (removed again on reading) makes sure an
    // HTML page's <meta charset> is not applied a second time.
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    const config = this.configFor(path === '<stdin>' ? resolve('stdin.md') : path);
    return lintBytes(bytes, path, this.settings(path, format ?? formatOf(path) ?? 'markdown', config));
  }

  /**
   * Applies the safe suggestions of linted files in place (`--fix`), or with `dryRun` works out
   * the diff and writes nothing. Each file is read and linted again, so what is fixed is what is
   * on disk; Word documents are never changed.
   */
  async fix(results: readonly FileResult[], options: FixFileOptions = {}): Promise<FixOutcome[]> {
    return fixResults(results, (path) => this.settings(path, formatOf(path) ?? 'text', this.configFor(path)), options);
  }

  private configFor(path: string): LoadedConfig | undefined {
    return this.fixedConfig ?? this.loader.find(path);
  }

  private settings(path: string, format: Format, config: LoadedConfig | undefined): FileSettings {
    const resolved: ResolvedConfig = resolveConfig(allRules, config, path, {
      ...(this.options.profile ? { profile: this.options.profile } : {}),
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

function definedLimits(options: LintOptions): Partial<Limits> {
  return {
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.maxDocxBytes !== undefined ? { maxDocxBytes: options.maxDocxBytes } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
}

/** Lints files and folders with the configuration found beside them. */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<FileResult[]> {
  return new Linter(options).lintPaths(paths);
}
