import { statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { GlobError, globMatcher } from '../io/glob.js';
import { severities, type Audience, type Profile, type Severity } from '../model/diagnostic.js';
import { InputError, UsageError, type LimitsConfig } from '../io/limits.js';
import { maxConfigBytes, readTextCapped, TooLargeError } from '../io/read.js';
import type { Rule } from '../model/rule.js';
import { configSchema } from './schema.js';
import { JsonSyntaxError, parseJsonc, pointerPlaces } from './json-text.js';
import { suggestion } from '../kit/did-you-mean.js';

export type RuleSetting = Severity | 'off';
type RuleEntry = RuleSetting | [RuleSetting, Record<string, unknown>?] | { severity?: RuleSetting; options?: Record<string, unknown> };

/** The configuration file as written. */
export interface ConfigFile {
  profile?: Profile;
  audience?: Audience;
  rules?: Record<string, RuleEntry>;
  ignore?: string[];
  overrides?: Array<{ files: string[]; profile?: Profile; audience?: Audience; rules?: Record<string, RuleEntry> }>;
  /** Limits for the files this configuration governs: sizes in megabytes, time in seconds. */
  limits?: LimitsConfig;
  /** Base URL of the rule pages reports link to (src/report/docs-url.ts). */
  docsUrl?: string;
}

/** A configuration file found and validated, with the folder its globs are relative to. */
export interface LoadedConfig {
  path: string;
  directory: string;
  config: ConfigFile;
}

/** Severity and options for one rule after every layer is applied. */
export interface ResolvedRule {
  severity: RuleSetting;
  options: Record<string, unknown>;
}

/** What governs one file. */
export interface ResolvedConfig {
  profile?: Profile;
  /** Who the files are for, when the configuration or the command line says; else it is read from each document. */
  audience?: Audience;
  rules: Map<string, ResolvedRule>;
}

export class ConfigError extends UsageError {}

const configNames = ['widen.config.json', '.widenrc.json', 'package.json'];
const validators = new WeakMap<readonly Rule<any>[], ValidateFunction>();

/** Finds, reads and validates configuration, caching by folder. */
export class ConfigLoader {
  private readonly byDirectory = new Map<string, LoadedConfig | null>();

  constructor(private readonly rules: readonly Rule<any>[]) {}

  /** Compiled on first use, once per process and rule list: compiling the schema takes about 200 ms. */
  private get validate(): ValidateFunction {
    let validator = validators.get(this.rules);
    if (!validator) validators.set(this.rules, (validator = new Ajv2020({ allErrors: true, verbose: true, strict: false }).compile(configSchema(this.rules))));
    return validator;
  }

  /** Reads one configuration file (for `--config`). */
  load(path: string): LoadedConfig {
    const absolute = resolve(path);
    let text: string;
    try {
      text = readTextCapped(absolute, { maxBytes: maxConfigBytes });
    } catch (error) {
      throw new ConfigError(`${path}: ${configReadFailure(error)}`);
    }
    let data: unknown;
    try {
      data = parseJsonc(text);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      throw new ConfigError(`${path}:${error.place.line}:${error.place.column}: not valid JSON: ${error.message}`);
    }
    const within = absolute.endsWith('package.json') ? '/widen' : '';
    if (within) data = (data as { widen?: unknown }).widen;
    if (!this.validate(data)) {
      // Every mistake at once, each where it is, as an editor would show them.
      const places = pointerPlaces(text);
      const mistakes = describeErrors(this.validate.errors ?? [], data)
        .map(({ pointer, text: mistake }) => ({ place: places.get(within + pointer) ?? places.get(within) ?? { line: 1, column: 1 }, mistake }))
        .sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column)
        .map(({ place, mistake }) => `${oneLinePath(path)}:${place.line}:${place.column}: ${mistake}`);
      throw new ConfigError(mistakes.join('\n'));
    }
    const loaded = { path: absolute, directory: dirname(absolute), config: data as ConfigFile };
    compileGlobs(loaded, path);
    return loaded;
  }

  /** The nearest configuration above a file, walking up folders. */
  find(filePath: string): LoadedConfig | undefined {
    const seen: string[] = [];
    let directory = dirname(resolve(filePath));
    for (;;) {
      const cached = this.byDirectory.get(directory);
      if (cached !== undefined) return this.remember(seen, cached);
      seen.push(directory);
      for (const name of configNames) {
        const candidate = join(directory, name);
        if (!isFile(candidate)) continue;
        if (name === 'package.json' && !hasWidenKey(candidate)) continue;
        return this.remember(seen, this.load(candidate));
      }
      const parent = dirname(directory);
      if (parent === directory) return this.remember(seen, null);
      directory = parent;
    }
  }

  private remember(directories: string[], config: LoadedConfig | null): LoadedConfig | undefined {
    for (const directory of directories) this.byDirectory.set(directory, config);
    return config ?? undefined;
  }
}

type Matcher = (path: string) => boolean;
/** The compiled `ignore` and `overrides[].files` globs of each loaded configuration. */
const globsOf = new WeakMap<LoadedConfig, { ignore?: Matcher; overrides: Matcher[] }>();

/**
 * Compiles a configuration's globs once, with a matcher that takes time linear in the path
 * (src/io/glob.ts), so a repository's configuration cannot make discovery backtrack for ever.
 * A pattern widen cannot use is a configuration error naming its key.
 */
function compileGlobs(loaded: LoadedConfig, shownPath: string): void {
  const compile = (patterns: string[], key: string): Matcher => {
    try {
      return globMatcher(patterns, { dot: true });
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      const index = patterns.findIndex((pattern) => {
        try {
          globMatcher(pattern);
          return false;
        } catch {
          return true;
        }
      });
      throw new ConfigError(`${shownPath}: ${key}.${Math.max(0, index)}: ${error.message}`);
    }
  };
  const { config } = loaded;
  globsOf.set(loaded, {
    ...(config.ignore?.length ? { ignore: compile(config.ignore, 'ignore') } : {}),
    overrides: (config.overrides ?? []).map((override, index) => compile(override.files, `overrides.${index}.files`)),
  });
}

function globs(loaded: LoadedConfig): { ignore?: Matcher; overrides: Matcher[] } {
  let compiled = globsOf.get(loaded);
  if (!compiled) {
    compileGlobs(loaded, loaded.path);
    compiled = globsOf.get(loaded)!;
  }
  return compiled;
}

/** Whether the config's `ignore` globs exclude a file. */
export function isIgnored(loaded: LoadedConfig | undefined, filePath: string): boolean {
  if (!loaded?.config.ignore?.length) return false;
  return globs(loaded).ignore?.(toPosix(relative(loaded.directory, resolve(filePath)))) ?? false;
}

/** Layers rule defaults, the config file, its matching overrides and the CLI settings. */
export function resolveConfig(
  rules: readonly Rule<any>[],
  loaded: LoadedConfig | undefined,
  filePath: string,
  cli: { profile?: Profile; audience?: Audience; rules?: Record<string, RuleSetting> },
): ResolvedConfig {
  const resolved: ResolvedConfig = { rules: new Map() };
  for (const rule of rules) {
    resolved.rules.set(rule.meta.id, { severity: rule.meta.severity, options: { ...rule.meta.defaultOptions } });
  }
  const apply = (layer: { profile?: Profile; audience?: Audience; rules?: Record<string, RuleEntry> }): void => {
    if (layer.profile) resolved.profile = layer.profile;
    if (layer.audience) resolved.audience = layer.audience;
    for (const [id, entry] of Object.entries(layer.rules ?? {})) {
      const current = resolved.rules.get(id);
      if (!current) continue;
      const { severity, options } = normaliseEntry(entry);
      if (severity) current.severity = severity;
      if (options) current.options = { ...current.options, ...options };
    }
  };
  if (loaded) {
    apply(loaded.config);
    const relativePath = toPosix(relative(loaded.directory, resolve(filePath)));
    const matchers = globs(loaded).overrides;
    (loaded.config.overrides ?? []).forEach((override, index) => {
      if (matchers[index]?.(relativePath)) apply(override);
    });
  }
  apply({ ...(cli.profile ? { profile: cli.profile } : {}), ...(cli.audience ? { audience: cli.audience } : {}), rules: cli.rules ?? {} });
  return resolved;
}

function normaliseEntry(entry: RuleEntry): { severity?: RuleSetting; options?: Record<string, unknown> } {
  if (typeof entry === 'string') return { severity: entry };
  if (Array.isArray(entry)) return { severity: entry[0], ...(entry[1] ? { options: entry[1] } : {}) };
  return { ...(entry.severity ? { severity: entry.severity } : {}), ...(entry.options ? { options: entry.options } : {}) };
}

/**
 * One line for each mistake, with the JSON Pointer of where it is. A rule setting that matches
 * none of its forms is one mistake, not one for each form it failed.
 */
function describeErrors(errors: readonly ErrorObject[], data: unknown): Array<{ pointer: string; text: string }> {
  // A rule setting written as [severity, options] or { severity, options } gets the mistakes of that form.
  const form = (error: ErrorObject): string | undefined => {
    const value = pick(data, error.instancePath);
    return Array.isArray(value) ? `${error.schemaPath}/1/` : value && typeof value === 'object' ? `${error.schemaPath}/2/` : undefined;
  };
  const alternatives = errors.filter((error) => error.keyword === 'oneOf');
  const kept = errors.filter((error) => {
    const inside = alternatives.find((oneOf) => error.schemaPath.startsWith(`${oneOf.schemaPath}/`));
    if (inside) return form(inside) !== undefined && error.schemaPath.startsWith(form(inside)!);
    if (error.keyword !== 'oneOf') return true;
    // The summary, unless the mistakes of the form written say it better.
    const prefix = form(error);
    return prefix === undefined || !errors.some((other) => other.schemaPath.startsWith(prefix));
  });
  const seen = new Set<string>();
  const mistakes: Array<{ pointer: string; text: string }> = [];
  for (const error of kept) {
    const mistake = describeError(error, data);
    const key = `${mistake.pointer}\u0000${mistake.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mistakes.push(mistake);
  }
  return mistakes.length ? mistakes : [{ pointer: '', text: 'invalid configuration' }];
}

function describeError(error: ErrorObject, data: unknown): { pointer: string; text: string } {
  const pointer = error.instancePath;
  const key = oneLinePath(pointer.split('/').filter(Boolean).join('.')) || '(top level)';
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const where = key === '(top level)' ? '' : ` in ${key}`;
    const what = key.endsWith('rules') || key === 'rules' ? 'rule' : /rules\.[^.]+\.(?:1|options)$/.test(key) ? 'option' : 'key';
    return { pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`, text: `unknown ${what} ${JSON.stringify(extra)}${where}${suggestion(extra, known)}` };
  }
  if (error.keyword === 'oneOf' && /rules\.[^.]+$/.test(key)) {
    const got = pick(data, pointer);
    const hint = typeof got === 'string' ? suggestion(got, ['off', ...severities]) : '';
    return { pointer, text: `${key}: expected "off", "info", "warning", "error" or [severity, options] with valid options, got ${JSON.stringify(got)}${hint}` };
  }
  if (error.keyword === 'enum') {
    const values = (error.params as { allowedValues: unknown[] }).allowedValues;
    const allowed = values.map((v) => JSON.stringify(v)).join(', ');
    const got = pick(data, pointer);
    const hint = typeof got === 'string' ? suggestion(got, values.filter((v): v is string => typeof v === 'string')) : '';
    return { pointer, text: `${key}: expected one of ${allowed}, got ${JSON.stringify(got)}${hint}` };
  }
  return { pointer, text: `${key}: ${error.message ?? 'invalid value'}` };
}

/** A path or key as it may be quoted in a line of the error: its line breaks shown, not made. */
function oneLinePath(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

function pick(data: unknown, pointer: string): unknown {
  let current = data;
  for (const part of pointer.split('/').filter(Boolean)) current = (current as Record<string, unknown> | undefined)?.[part];
  return current;
}

/** Why a configuration file could not be read, in one line (the caller names the file). */
function configReadFailure(error: unknown): string {
  if (error instanceof TooLargeError) return `cannot read configuration: ${error.message} (configuration may be at most 1 MB)`;
  if (error instanceof InputError) return `cannot read configuration: ${error.message}`;
  return `cannot read configuration (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
}

/**
 * Whether a configuration file is there to be read. Anything by that name that is not a missing
 * file counts, so a folder, device or FIFO named `widen.config.json` is an error naming it rather
 * than silently passed over.
 */
function isFile(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    // A broken link is as good as no file; a folder we may not look in is an error when read.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR';
  }
}

/**
 * Whether a `package.json` has a `"widen"` key. It is read through the same guard as any
 * configuration: a `package.json` that cannot be read safely (a link to a device, too large) is a
 * configuration error naming it, but one that is not valid JSON is left alone, as npm would report it.
 */
function hasWidenKey(path: string): boolean {
  let text: string;
  try {
    text = readTextCapped(path, { maxBytes: maxConfigBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new ConfigError(`${path}: ${configReadFailure(error)}`);
  }
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && 'widen' in data;
  } catch {
    return false;
  }
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}
