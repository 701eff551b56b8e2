/**
 * A problem with how widen was asked to run (an option, a configuration, a review or baseline
 * file, a git reference), said in one line: exit code 2.
 */
export class UsageError extends Error {}

/** Input widen cannot lint (bad bytes, a limit reached): a one-line reason for the user. */
export class InputError extends Error {}

const megabyte = 1024 * 1024;

/** What one file may cost widen. Each can be raised on the command line, in the API or in configuration. */
export interface Limits {
  /** Largest file widen reads, in bytes (`--max-file-size`, `limits.maxFileSize` in MB). */
  maxFileBytes: number;
  /** Most a Word document's text parts may unpack to, in bytes (`--max-docx-size`, `limits.maxDocxSize` in MB). */
  maxDocxBytes: number;
  /** Time one file may take to lint, in milliseconds (`--timeout`, `limits.timeout` in seconds). */
  timeoutMs: number;
}

export const defaultLimits: Readonly<Limits> = { maxFileBytes: 10 * megabyte, maxDocxBytes: 50 * megabyte, timeoutMs: 10_000 };

/**
 * The most a limit may be raised to: a timer cannot wait longer than 2^31 − 1 ms (about 24 days;
 * Node.js fires at once instead), and no file widen reads is anywhere near 4 GB.
 */
export const maxLimits = { timeout: 2_147_483, size: 4096 } as const;

/**
 * HTML elements nested deeper than this are flattened, as browsers do (Blink stops nesting at
 * 512): the text inside is still read, as part of the element at this depth. The parser's tree
 * conversion is recursive and overflows the stack somewhere past 1,000, so this is not an option.
 */
export const maxHtmlDepth = 512;

/** The `limits` object of a configuration file: sizes in megabytes, time in seconds. */
export interface LimitsConfig {
  maxFileSize?: number;
  maxDocxSize?: number;
  timeout?: number;
}

/** Limits from configuration (MB and seconds), in bytes and milliseconds. */
export function fromConfig(config: LimitsConfig | undefined): Partial<Limits> {
  return {
    ...(config?.maxFileSize !== undefined ? { maxFileBytes: config.maxFileSize * megabyte } : {}),
    ...(config?.maxDocxSize !== undefined ? { maxDocxBytes: config.maxDocxSize * megabyte } : {}),
    ...(config?.timeout !== undefined ? { timeoutMs: config.timeout * 1000 } : {}),
  };
}

/** A limit was reached: a one-line reason naming the limit and how to raise it. */
export class LimitError extends InputError {}

/** The file is larger than `maxFileBytes`; checked with `stat` before reading. */
export function fileTooLarge(size: number, limit: number): LimitError {
  const raiseTo = Math.ceil(size / megabyte);
  return new LimitError(
    `the file is ${sizeText(size)}, more than the ${sizeText(limit)} limit, so widen did not read it; to lint it, raise the limit with ${raise('--max-file-size', 'maxFileSize', raiseTo)}`,
  );
}

/** A stream (standard input) went on past `maxFileBytes`; widen stopped reading there. */
export function streamTooLarge(limit: number): LimitError {
  return new LimitError(
    `the input is more than the ${sizeText(limit)} limit, so widen stopped reading it; to lint it, raise the limit with ${raise('--max-file-size', 'maxFileSize', Math.ceil((2 * limit) / megabyte))}`,
  );
}

/**
 * The file gave more than `maxFileBytes` when read although `stat` said it was smaller (a special
 * file such as `/proc/self/pagemap`, or a file growing as widen reads it): reading stopped at the limit.
 */
export function fileGrewPastLimit(limit: number): LimitError {
  return new LimitError(
    `the file holds more than the ${sizeText(limit)} limit, though its size on disk says less, so widen stopped reading it; to lint it, raise the limit with ${raise('--max-file-size', 'maxFileSize', Math.ceil((limit * 2) / megabyte))}`,
  );
}

/** A Word document's zip directory says it would unpack to more than `maxDocxBytes`. */
export function docxTooLarge(declared: number, limit: number): LimitError {
  const raiseTo = Math.ceil(declared / megabyte);
  return new LimitError(
    `the document would unpack to ${sizeText(declared)}, more than the ${sizeText(limit)} limit, so widen did not open it; if you trust the file, raise the limit with ${raise('--max-docx-size', 'maxDocxSize', raiseTo)}`,
  );
}

/** The file took longer than `timeoutMs`; `stage` says how far widen got. */
export function timeLimit(limitMs: number, stage?: string): LimitError {
  const seconds = limitMs / 1000;
  const raiseTo = Math.max(1, Math.ceil(seconds * 3));
  return new LimitError(
    `widen stopped after ${seconds} s, the time limit for one file${stage ? ` (${stage})` : ''}; to lint it, raise the limit with ${raise('--timeout', 'timeout', raiseTo)}`,
  );
}

/** The note for an HTML page nested deeper than `maxHtmlDepth`. */
export const htmlDepthNote = `the page nests elements more than ${maxHtmlDepth} deep; as a browser does, widen read the text below that depth as part of the element at depth ${maxHtmlDepth}`;

/** The note for Markdown nested or marked up past what its parser can follow in linear time (src/load/markdown.ts). */
export function markdownBoundNote(what: { depth?: number; delimiters?: number }): string {
  const parts = [
    ...(what.depth ? [`nests lists or block quotes more than ${what.depth} deep on a line`] : []),
    ...(what.delimiters ? [`has more than ${what.delimiters.toLocaleString('en-GB')} emphasis marks or brackets in one paragraph`] : []),
  ];
  return `the document ${parts.join(' and ')}; widen read the markers past that as spaces, and the text beside them as plain text`;
}

function raise(flag: string, key: string, value: number): string {
  return `${flag} ${value} (or "limits": { "${key}": ${value} } in the configuration)`;
}

/** A size for a message: "200 MB", "1.5 MB", "12 KB" or "100 bytes". */
function sizeText(bytes: number): string {
  const value = bytes / megabyte;
  if (bytes < 1024) return `${Math.round(bytes)} bytes`;
  if (value < 1) return `${Math.round(bytes / 1024)} KB`;
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} MB`;
}

/** An error as the user sees it: the first line of its message, never a stack trace (`--debug` shows those). */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = (message.split(/\r\n|\r|\n/, 1)[0] ?? '').trim() || (error instanceof Error ? error.name : 'unknown error');
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
}
