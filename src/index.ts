import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { ConfigError, ConfigLoader, isIgnored, resolveConfig, type LoadedConfig, type RuleSetting } from './config/config.js';
import type { FileResult, Format, Profile } from './diagnostic.js';
import { lintParsed } from './engine.js';
import { discover, formatOf } from './files.js';
import { parseBytes } from './load.js';
import { InputError } from './parse/decode.js';
import type { Rule } from './rule.js';

export type { Diagnostic, FileResult, Location, Suggestion, Summary, Category, Severity, Profile, Format } from './diagnostic.js';
export { summarise } from './diagnostic.js';
export type { Rule, RuleMeta } from './rule.js';
export { ConfigError } from './config/config.js';

/** Options shared by the API and the CLI. */
export interface LintOptions {
  /** Profile for every file unless its front matter names one. */
  profile?: Profile;
  /** One configuration file for every input, instead of looking for one beside each file. */
  configPath?: string;
  /** Severity overrides by rule id (`--rule id=severity`). */
  rules?: Record<string, RuleSetting>;
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

  /** Lints files and folders; missing or unreadable paths come back as results with `error`. */
  async lintPaths(paths: readonly string[]): Promise<FileResult[]> {
    const results: FileResult[] = [];
    for (const input of discover(paths)) {
      if (input.error) {
        results.push(errorResult(input.path, input.error));
        continue;
      }
      let config: LoadedConfig | undefined;
      try {
        config = this.configFor(input.path);
      } catch (error) {
        results.push(errorResult(input.path, (error as Error).message));
        continue;
      }
      if (isIgnored(config, input.path) && !paths.includes(input.path)) continue;
      results.push(await this.lintFile(input.path, config));
    }
    return results;
  }

  /** Lints text that is not on disk (standard input, an editor buffer). */
  async lintText(text: string, path = '<stdin>', format?: Format): Promise<FileResult> {
    const bytes = new TextEncoder().encode(text);
    const config = this.configFor(path === '<stdin>' ? resolve('stdin.md') : path);
    return this.lintBytes(bytes, path, format ?? formatOf(path) ?? 'markdown', config);
  }

  private configFor(path: string): LoadedConfig | undefined {
    return this.fixedConfig ?? this.loader.find(path);
  }

  private async lintFile(path: string, config: LoadedConfig | undefined): Promise<FileResult> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return errorResult(path, code === 'EACCES' ? 'permission denied' : `cannot read it (${code ?? 'error'})`);
    }
    return this.lintBytes(bytes, path, formatOf(path) ?? 'text', config);
  }

  private async lintBytes(bytes: Uint8Array, path: string, format: Format, config: LoadedConfig | undefined): Promise<FileResult> {
    const resolved = resolveConfig(allRules, config, path, {
      ...(this.options.profile ? { profile: this.options.profile } : {}),
      ...(this.options.rules ? { rules: this.options.rules } : {}),
    });
    try {
      const { parsed } = await parseBytes(bytes, format);
      return lintParsed(parsed, path, allRules, resolved);
    } catch (error) {
      if (error instanceof InputError || error instanceof ConfigError) return errorResult(path, error.message, format);
      // A parser bug must not stop the run: this file gets an error, the others are still linted.
      const cause = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return errorResult(path, `widen could not read it: ${cause}`, format);
    }
  }
}

/** Lints files and folders with the configuration found beside them. */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<FileResult[]> {
  return new Linter(options).lintPaths(paths);
}

function errorResult(path: string, error: string, format: Format = formatOf(path) ?? 'text'): FileResult {
  return { path, format, profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [], error };
}
