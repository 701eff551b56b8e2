import type { FileResult, Profile, ReviewDecision, Severity } from '../model/diagnostic.js';
import type { RuleMeta } from '../model/rule.js';
import type { Hidden } from './summary.js';

/** What every reporter is given besides the results. */
export interface ReportContext {
  /** Use ANSI colour (stylish only). */
  color: boolean;
  /** widen's version, for formats that name the tool. */
  version: string;
  /** The requirement ids each profile checks, for the HTML report's checklist. */
  requirements?: ReadonlyArray<{ id: string; profiles: readonly Profile[] }>;
  /**
   * Base URL of the rule pages, ending in "/": a finding's rule page is `docsBase` + its `docs`
   * (`rules/<id>/<id>.md`). The CLI sets it from `--docs-url` or the configuration's `docsUrl`
   * (src/report/docs-url.ts); SARIF falls back to the repository's pages when it is not given.
   */
  docsBase?: string;
  /** The reading age documents are compared with in the HTML report (default 11). */
  targetAge?: number;
  /** SARIF `automationDetails` category (`--sarif-category`, or one per `--shard`). */
  sarifCategory?: string;
  /** The lowest severity that fails the run (`--fail-on`, default error): JUnit failures follow it. */
  failOn?: Severity;
  /** Every rule's metadata, for SARIF's `tool.driver.rules`. */
  rules?: ReadonlyArray<RuleMeta<any>>;
  /** Columns to wrap to (stylish only; the terminal's width, else 80). */
  width?: number;
  /** `--max-warnings`, so stylish can say when it fails the run. */
  maxWarnings?: number;
  /** What the report does not show, so stylish's last line can count it (findings set aside by review are in the results). */
  hidden?: Hidden;
}

export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;

/**
 * A report written as the files come in, so that a run over any number of files holds none of
 * their results: `file` gives each file's text in input order (it may be empty, and what it keeps
 * for later is bounded: counts, the few annotations GitHub shows, a comment's worth of rows);
 * `end` gives the rest. Concatenated, the texts are the whole report.
 */
export interface ReportWriter {
  file(result: FileResult): string;
  /** `hidden` is known only when the run is over (the baseline's count). */
  end(hidden?: Hidden): string;
  /**
   * Text that goes before every file's, known only at the end (JUnit's totals are attributes of
   * its first element): the CLI keeps the files' text aside, on disk, until it has this.
   */
  head?(): string;
}

export type StreamingReporter = (context: ReportContext) => ReportWriter;

/** The whole report as one string, from one written as the files come in. */
export function whole(reporter: StreamingReporter): Reporter {
  return (results, context) => {
    const writer = reporter(context);
    const body = results.map((result) => writer.file(result)).join('');
    const end = writer.end(context.hidden);
    return `${writer.head?.() ?? ''}${body}${end}`;
  };
}

/**
 * The configuration file a file's error is about ("…/widen.config.json:1:3: unknown key …"), if it
 * is: every file under that configuration has the same error, which widen says in full once.
 */
export function configurationIn(error: string): string | undefined {
  return /^(.+?\.json)(?::\d+:\d+)?: /.exec(error)?.[1];
}

/** What widen says of a file whose configuration's errors were said in full for another file. */
export function sameConfigurationText(configuration: string, firstPath: string): string {
  return `not linted: its configuration, ${configuration}, has the errors shown for ${firstPath}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * A copy with control characters shown as their symbols (ESC as ␛, a line break as ␊), and
 * bidirectional controls (which reorder what a terminal shows) as their code points, so that a
 * file name or a document's words can neither drive the terminal nor fake a line of the report.
 */
export function printable<T>(value: T): T {
  if (typeof value === 'string') {
    return value.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (char) => {
      const code = char.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return '\u2421';
      if (code < 0xa0) return '\uFFFD';
      return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
    }) as T;
  }
  if (Array.isArray(value)) return value.map(printable) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, printable(inner)])) as T;
  return value;
}

const decisionWords: Record<ReviewDecision['decision'], string> = { agree: 'Agreed', disagree: 'Disagreed', discuss: 'Needs discussion' };

/**
 * A reviewer's decision on a finding (`--review`), in words, for every format to show next to the
 * finding: “Needs discussion (Amira, 2025-05-01): is this a quoted title?”.
 */
export function reviewText(review: ReviewDecision): string {
  return `${decisionWords[review.decision]} (${review.reviewer}, ${review.date.slice(0, 10)})${review.comment ? `: ${review.comment}` : ''}`;
}

/** What reviewers set aside in a file (`--review`, disagree), in words, or undefined when nothing was: “2 findings set aside by a reviewer (Ola disagreed)”. */
export function setAsideText(result: FileResult): string | undefined {
  const reviewed = result.reviewed ?? [];
  if (reviewed.length === 0) return undefined;
  const names = [...new Set(reviewed.map((d) => d.review.reviewer))];
  return `${plural(reviewed.length, 'finding')} set aside by a reviewer (${names.join(', ')} disagreed)`;
}

/**
 * Text broken at spaces into lines of at most `width` characters (a longer word keeps a line of
 * its own), each line after the first then prefixed with `indent`. Only spaces break: a tab or
 * other character stays where it is, so the layout depends on the text alone.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  return wrapItems(text.split(' '), width, ' ', indent);
}

/** Items (words, or “✗ salary” pieces that must not break) laid out in lines of at most `width`, `gap` between them. */
export function wrapItems(items: readonly string[], width: number, gap = ' ', indent = ''): string[] {
  const lines: string[] = [];
  let line: string | undefined;
  for (const item of items) {
    if (line !== undefined && line.length + gap.length + item.length > width) {
      lines.push(line);
      line = item;
    } else line = line === undefined ? item : `${line}${gap}${item}`;
  }
  lines.push(line ?? '');
  return lines.map((text, index) => (index ? indent + text : text));
}
