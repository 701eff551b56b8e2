/**
 * Property tests over random Unicode, Markdown, HTML, text and Word documents: widen never
 * crashes, every location lies inside the file with its excerpt equal to the text at its offsets
 * (and line and column agreeing with the offset), and linting twice gives the same output.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { resolveConfig } from '../src/config/config.js';
import type { FileResult, Format } from '../src/model/diagnostic.js';
import { Linter } from '../src/index.js';
import { json } from '../src/report/json.js';
import { lintBytes } from '../src/run/lint-file.js';
import { docx } from './hostile/make-hostile.js';
import { root } from './helpers/lint.js';

const linter = new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json'), jobs: 1 });
/** A second session, so that nothing kept between files (caches, matchers' state) can change a result. */
const other = new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json'), jobs: 1 });
const runs = { numRuns: 300 };

/** Words and phrases that rules flag, so that findings (and their locations) actually occur. */
const flagged = [
  'utilise', 'commence', 'in a timely manner', 'MDT', 'AfC', 'Band 5', '1.0 WTE', 'pro rata', 'service users', 'e.g.', 'i.e.', 'etc',
  'young', 'native English speaker', 'own car', 'physically fit', 'he/she', 'chairman', 'BAME', 'suffering from', 'wheelchair-bound',
  'are allocated', 'will be expected to', 'self-starter', 'dynamic', 'competitive', 'rockstar', 'ninja', '£12.60 an hour', 'closing date',
  // Words that are also properties of every JavaScript object: a word list kept in a plain object must not find them.
  'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'Constructor', 'CONSTRUCTOR', '__PROTO__',
];
/** Characters that have broken offsets somewhere: astral, combining, right-to-left, zero-width, line ends. */
const awkward = ['😀', '👩🏽‍⚕️', '𝒜', 'e\u0301', 'n\u0303\u0323', 'שלום', 'مرحبا', '\u202e', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\r\n', '\r', '\n', '\n\n', '\t', '\u2028', '\ud800', '\udfff', '’', '“', '”', '—', '…', '£', '€', ' '];
const markdownSyntax = ['# ', '## ', '- ', '* ', '1. ', '> ', '**', '_', '`', '```\n', '[', '](https://example.org)', '<https://example.org>', 'jo@example.org', '| a | b |\n|---|---|\n| ', ' |', '---\n', '<!-- widen-disable -->', '<!-- widen-enable -->', '<!-- widen-disable-next-line -->', '<div>', '</div>', '\\', '&amp;', '[^1]', '\n\n[^1]: ', '    '];
const htmlSyntax = ['<p>', '</p>', '<div>', '</div>', '<br>', '<h2>', '</h2>', '<li>', '<ul>', '<td>', '<main>', '</main>', '<script>', '</script>', '<style>', '<span hidden>', '</span>', '<b>', '</b>', '<a href="x">', '</a>', '&amp;', '&nbsp;', '&rsquo;', '&#8217;', '&#x1F600;', '&bogus;', '<!-- x -->', '<!-- widen-disable -->', '<!-- widen-enable -->', '<pre>', '</pre>', '<meta charset="windows-1252">', '<', '>'];

const words = (syntax: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...flagged) },
        { weight: 3, arbitrary: fc.constantFrom(...awkward) },
        { weight: 3, arbitrary: syntax.length ? fc.constantFrom(...syntax) : fc.constant(' ') },
        { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '. ', ', ', '; ', ': ', '! ', '? ', '-', '/', '(', ')') },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.lorem({ maxCount: 3 }) },
      ),
      { maxLength: 80, size: 'medium' },
    )
    .chain((parts) => fc.constantFrom(' ', '').map((glue) => parts.join(glue)));

/**
 * The text widen decodes from `lintText`: lone surrogates cannot be encoded, so they become U+FFFD;
 * a byte order mark the text itself starts with is kept (widen removes only the one it adds).
 */
const decoded = (text: string): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text));

/** Line and column of an offset, counting CR LF, CR and LF as line ends, independently of widen. */
function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = /\r\n|\r|\n/g;
  for (let match = end.exec(source); match && match.index + match[0].length <= offset; match = end.exec(source)) {
    line++;
    start = match.index + match[0].length;
  }
  return { line, column: offset - start + 1 };
}

/** Findings with a place in the text, seen by `checkResult`: the properties must exercise locations. */
let located = 0;

/** The invariants every result must keep. */
function checkResult(result: FileResult, source: string): void {
  if (result.error) {
    // Random bytes may look binary (NUL, many control characters): that is the only error allowed.
    expect(result.error).toMatch(/^this is not a text file/);
    return;
  }
  for (const d of result.diagnostics) {
    expect(d.ruleId, d.message).not.toBe('internal-error');
    const { offset, endOffset } = d.location;
    expect(Number.isInteger(offset) && Number.isInteger(endOffset)).toBe(true);
    expect(0 <= offset && offset <= endOffset && endOffset <= source.length, `${d.ruleId} ${offset}–${endOffset} of ${source.length}`).toBe(true);
    expect(d.excerpt).toBe(source.slice(offset, endOffset));
    if (d.excerpt === '') continue;
    located++;
    expect(d.excerpt.trim()).not.toBe('');
    if (d.location.line !== undefined) {
      expect({ line: d.location.line, column: d.location.column }).toEqual(lineColumn(source, offset));
      expect({ line: d.location.endLine, column: d.location.endColumn }).toEqual(lineColumn(source, endOffset));
    }
  }
}

async function lintTwice(text: string, format: Format, path: string): Promise<FileResult> {
  const first = await linter.lintText(text, path, format);
  const second = await other.lintText(text, path, format);
  expect(json([second], { color: false, version: '0' })).toBe(json([first], { color: false, version: '0' }));
  return first;
}

describe('fuzzing: no crash, locations inside the file, deterministic output', () => {
  const cases: Array<[Format, string, fc.Arbitrary<string>]> = [
    ['markdown', 'fuzz.md', words(markdownSyntax)],
    ['text', 'fuzz.txt', words([])],
    ['html', 'fuzz.html', words(htmlSyntax)],
    ['markdown', 'unicode.md', fc.string({ unit: 'binary', maxLength: 400 })],
  ];
  for (const [format, path, documents] of cases) {
    test(`${path} (${format})`, async () => {
      located = 0;
      await fc.assert(
        fc.asyncProperty(documents, async (text) => {
          checkResult(await lintTwice(text, format, path), decoded(text));
        }),
        runs,
      );
      if (path !== 'unicode.md') expect(located).toBeGreaterThan(runs.numRuns);
    }, 60_000);
  }

  test('CRLF and LF versions of a document give the same findings on the same lines', async () => {
    await fc.assert(
      fc.asyncProperty(words(markdownSyntax.filter((piece) => !piece.includes('\r'))).map((text) => text.replace(/\r/g, '')), async (text) => {
        const lf = await linter.lintText(text, 'lf.md', 'markdown');
        const crlf = await linter.lintText(text.replace(/\n/g, '\r\n'), 'crlf.md', 'markdown');
        const summary = (result: FileResult) => result.diagnostics.map((d) => [d.ruleId, d.excerpt.replace(/\r\n/g, '\n'), d.location.line]);
        expect(summary(crlf)).toEqual(summary(lf));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  test('Word documents: no crash; every finding in a block that holds it; deterministic', async () => {
    const settings = { format: 'docx' as const, config: resolveConfig(rules, undefined, 'fuzz.docx', {}), includeBlocks: true };
    /** Text Word can hold: no characters XML 1.0 forbids. */
    const xmlText = (text: string): string =>
      decoded(text)
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
    await fc.assert(
      fc.asyncProperty(fc.array(words([]), { minLength: 1, maxLength: 6 }), async (paragraphs) => {
        const bytes = docx(paragraphs.map(xmlText));
        const result = await lintBytes(bytes, 'fuzz.docx', settings);
        const again = await lintBytes(bytes, 'fuzz.docx', settings);
        expect(JSON.stringify(again)).toBe(JSON.stringify(result));
        expect(result.error).toBeUndefined();
        const blocks = result.blocks ?? [];
        for (const d of result.diagnostics) {
          expect(d.ruleId).not.toBe('internal-error');
          if (d.excerpt === '') continue;
          const block = blocks.find((candidate) => candidate.index === d.location.block);
          expect(block, `${d.ruleId} block ${d.location.block}`).toBeDefined();
          expect(block!.start <= d.location.offset && d.location.endOffset <= block!.end).toBe(true);
          expect(d.location.line).toBeUndefined();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
