import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { advert, random } from '../bench/corpus.js';
import type { Format } from '../src/model/diagnostic.js';
import { unifiedDiff } from '../src/fix/diff.js';
import { applyEdits, composeEdits, type Edit } from '../src/fix/fix.js';
import { parseBytes } from '../src/load/load.js';
import { parseText } from '../src/load/text.js';
import { fixPaths, root } from './helpers/lint.js';

const folder = mkdtempSync(join(tmpdir(), 'widen-fix-property-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const fixing = { configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json'), jobs: 1 };

/** Sentences with safe fixes, some of them next to each other or across a line break. */
const flaggable = [
  'We utilise hoists.',
  'You will commence in May.',
  'Bring ID, e.g. a passport.',
  'Parking is free whilst you work.',
  'Call us prior to your visit.',
  'The pay is £24,000 per annum.',
  'Your manager will check his/her rota.',
  'You will work in an MDT.',
  'In order to apply, call us.',
  'We will verify your ID whilst whilst you wait.',
  'Work in an MDT with other MDTs.',
  'We work in order\nto help.',
];

/** Random non-overlapping, sorted edits of a text. */
function edits(text: string): fc.Arbitrary<Edit[]> {
  return fc
    .array(fc.tuple(fc.nat(text.length), fc.nat(4), fc.string({ maxLength: 4 })), { maxLength: 6 })
    .map((raw) => {
      const sorted = raw.map(([start, length, replacement]) => ({ start, end: Math.min(text.length, start + length), text: replacement, ruleId: 'r' })).sort((a, b) => a.start - b.start || a.end - b.end);
      const kept: Edit[] = [];
      for (const edit of sorted) if (!kept.length || edit.start >= kept[kept.length - 1]!.end) kept.push(edit);
      return kept;
    });
}

describe('edits', () => {
  test('composing two passes of edits does what the two passes do', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).chain((text) => fc.tuple(fc.constant(text), edits(text))).chain(([text, first]) => fc.tuple(fc.constant(text), fc.constant(first), edits(applyEdits(text, first)))),
        ([text, first, second]) => {
          const composed = composeEdits(text, first, second);
          expect(applyEdits(text, composed)).toBe(applyEdits(applyEdits(text, first), second));
          composed.forEach((edit, index) => {
            expect(edit.start).toBeLessThanOrEqual(edit.end);
            if (index > 0) expect(edit.start).toBeGreaterThan(composed[index - 1]!.end - 1);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  test('emptying an unbroken last line marks only the old side as having no line break', () => {
    const diff = unifiedDiff('a.txt', '\nbeta', [{ start: 1, end: 5, text: '', ruleId: 'r' }]);
    expect(diff).toBe('--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1 @@\n \n-beta\n\\ No newline at end of file\n');
  });

  test('the unified diff, applied as a patch, gives the new text', () => {
    const lines = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', '', 'delta epsilon'), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(
        fc.tuple(lines, fc.boolean()).map(([list, finalBreak]) => list.join('\n') + (finalBreak ? '\n' : '')).chain((text) => fc.tuple(fc.constant(text), edits(text))),
        ([text, changes]) => {
          // widen never edits a file that has no text on any line.
          fc.pre(/[^\n]/.test(text));
          // Edits inside a line's text only, as widen's are: never across a line break, never after the last one.
          const inLine = changes.filter(
            (edit) => !text.slice(edit.start, edit.end).includes('\n') && !edit.text.includes('\n') && !(edit.start === text.length && text.endsWith('\n')),
          );
          // Emptying a last line that has no line break removes a line, which `patch` below does not model.
          fc.pre(text.endsWith('\n') || !applyEdits(text, inLine).endsWith('\n'));
          const diff = unifiedDiff('a.txt', text, inLine);
          expect(patch(text, diff)).toBe(applyEdits(text, inLine));
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Applies a unified diff of one file (as `patch` would), checking every context and removed line. */
function patch(text: string, diff: string): string {
  if (diff === '') return text;
  const old = text.split('\n');
  const out: string[] = [];
  let at = 0;
  const body = diff.split('\n').slice(2, -1);
  for (let i = 0; i < body.length; ) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(body[i]!);
    if (!header) throw new Error(`bad hunk header ${body[i]}`);
    const start = Number(header[1]) - (header[2] === '0' ? 0 : 1);
    while (at < start) out.push(old[at++]!);
    i++;
    // Widen's edits never add or remove a line break, so “\\ No newline at end of file” needs no handling here.
    while (i < body.length && !body[i]!.startsWith('@@')) {
      const line = body[i]!;
      if (line.startsWith(' ')) {
        expect(old[at]).toBe(line.slice(1));
        out.push(old[at++]!);
      } else if (line.startsWith('-')) {
        expect(old[at]).toBe(line.slice(1));
        at++;
      } else if (line.startsWith('+')) {
        out.push(line.slice(1));
      }
      i++;
    }
  }
  while (at < old.length) out.push(old[at++]!);
  return out.join('\n');
}

interface Generated {
  name: string;
  bytes: Buffer;
  format: Format;
}

const asText = (markdown: string): string => markdown.replace(/^#+ /gm, '').replace(/^- /gm, '• ');
const asHtml = (markdown: string): string =>
  `<!doctype html>\n<html><body><main>\n${markdown
    .split('\n\n')
    .map((block) =>
      block.startsWith('#')
        ? `<h2>${block.replace(/^#+ /, '')}</h2>`
        : block.startsWith('- ')
          ? `<ul>\n${block
              .split('\n')
              .map((line) => `<li>${line.slice(2)}</li>`)
              .join('\n')}\n</ul>`
          : `<p>${block}</p>`,
    )
    .join('\n')}\n</main></body></html>\n`;

const generated: fc.Arbitrary<Generated> = fc
  .record({
    seed: fc.nat(),
    words: fc.integer({ min: 80, max: 500 }),
    inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...flaggable)), { maxLength: 8 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    format: fc.constantFrom<Format>('markdown', 'text', 'html'),
  })
  .map(({ seed, words, inserts, crlf, bom, format }) => {
    const blocks = advert(random(seed), words).split('\n\n');
    for (const [at, sentence] of inserts) {
      const i = at % blocks.length;
      if (!blocks[i]!.startsWith('#') && !blocks[i]!.startsWith('- ')) blocks[i] = `${blocks[i]} ${sentence}`;
      else blocks.splice(i + 1, 0, sentence);
    }
    const markdown = blocks.join('\n\n');
    let text = format === 'markdown' ? markdown : format === 'text' ? asText(markdown) : asHtml(markdown);
    if (crlf) text = text.replace(/\n/g, '\r\n');
    const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    return { name: `advert.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : 'html'}`, bytes, format };
  });

describe('--fix on generated adverts', () => {
  test('changes only the fixed ranges, keeps the file readable, and a second run changes nothing', async () => {
    let fixedSome = 0;
    await fc.assert(
      fc.asyncProperty(generated, async ({ name, bytes, format }) => {
        const path = join(folder, name);
        writeFileSync(path, bytes);
        const [outcome] = await fixPaths([path], fixing);
        const after = readFileSync(path);
        if (!outcome || outcome.count === 0) {
          expect(after).toEqual(bytes);
          return;
        }
        fixedSome++;
        expect(outcome.error).toBeUndefined();
        const bom = bytes[0] === 0xef ? 3 : 0;
        const text = bytes.subarray(bom).toString('utf8');
        // Every byte outside the fixed ranges is the same, in the same order.
        let oldAt = bom;
        let newAt = bom;
        expect(after.subarray(0, bom)).toEqual(bytes.subarray(0, bom));
        let charAt = 0;
        for (const edit of outcome.edits) {
          const keep = Buffer.byteLength(text.slice(charAt, edit.start));
          expect(after.subarray(newAt, newAt + keep)).toEqual(bytes.subarray(oldAt, oldAt + keep));
          oldAt += keep + Buffer.byteLength(text.slice(edit.start, edit.end));
          newAt += keep + Buffer.byteLength(edit.text);
          charAt = edit.end;
        }
        expect(after.subarray(newAt)).toEqual(bytes.subarray(oldAt));
        expect(after.subarray(bom).toString('utf8')).toBe(applyEdits(text, outcome.edits));
        // Still read the same way: the same blocks, line endings and byte order mark.
        const before = await parseBytes(bytes, format);
        const now = await parseBytes(after, format);
        expect(now.parsed.blocks.map((block) => block.kind)).toEqual(before.parsed.blocks.map((block) => block.kind));
        expect(now.encoding).toEqual(before.encoding);
        expect(after.toString('utf8').split('\r\n').length).toBe(bytes.toString('utf8').split('\r\n').length);
        // Idempotent.
        const [again] = await fixPaths([path], fixing);
        expect(again?.count ?? 0).toBe(0);
        expect(readFileSync(path)).toEqual(after);
      }),
      { numRuns: 100 },
    );
    expect(fixedSome).toBeGreaterThan(10);
  }, 180_000);
});

/**
 * Files built from known pieces in any mix of byte order marks (none to three, of any kind),
 * encodings, line endings and lone surrogates. Each piece's bytes are known, so the oracle does not
 * depend on how widen decodes: after `--fix`, the file must be the same pieces in the same order,
 * each fixable word either as it was or as its replacement, and every other byte as it was.
 */
type BodyEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
type Bom = 'utf-8' | 'utf-16le' | 'utf-16be';
type Piece = { text: string } | { from: string; to: string } | { surrogate: true };

const bomBytes: Record<Bom, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };
/** Windows-1252 byte of each character it has (the undefined bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D decode to U+0081 and so on). */
const windows1252 = new Map<string, number>();
{
  const decoder = new TextDecoder('windows-1252');
  for (let byte = 0; byte < 256; byte++) windows1252.set(decoder.decode(Uint8Array.of(byte)), byte);
}

function encodePiece(text: string, encoding: BodyEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'windows-1252':
      return Buffer.from([...text].map((char) => windows1252.get(char) ?? 0x3f));
  }
}

/** A lone surrogate as each encoding would hold one (UTF-8: the three bytes of U+D800, which are not valid UTF-8). */
const surrogateBytes: Record<BodyEncoding, number[]> = { 'utf-8': [0xed, 0xa0, 0x80], 'utf-16le': [0x00, 0xd8], 'utf-16be': [0xd8, 0x00], 'windows-1252': [0x81] };

const fixable: Piece[][] = [
  [{ text: 'We ' }, { from: 'utilise', to: 'use' }, { text: ' hoists.' }],
  [{ text: 'You will ' }, { from: 'commence', to: 'start' }, { text: ' in May.' }],
  [{ text: 'Parking is free ' }, { from: 'whilst', to: 'while' }, { text: ' you work.' }],
  [{ text: 'Call us ' }, { from: 'prior to', to: 'before' }, { text: ' your visit.' }],
];
const filler = ['We help people at home.', 'The team is kind.', 'You get paid training.', 'Café staff get free meals.', 'The pay is £24,000 a year.', 'Ask for “Sam” at the desk.', 'Staff can purchase meals.'];

const mixed = fc
  .record({
    encoding: fc.constantFrom<BodyEncoding>('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
    // The first mark usually matches the encoding (or there is none); the rest are anything.
    firstBom: fc.oneof(fc.constant('match' as const), fc.constant('none' as const), fc.constantFrom<Bom>('utf-8', 'utf-16le', 'utf-16be')),
    moreBoms: fc.array(fc.constantFrom<Bom>('utf-8', 'utf-16le', 'utf-16be'), { maxLength: 2 }),
    format: fc.constantFrom<Format>('markdown', 'text', 'html'),
    blocks: fc.array(
      fc.array(fc.oneof(fc.constantFrom(...fixable), fc.constantFrom(...filler).map((text) => [{ text }] as Piece[]), fc.constant([{ text: 'We help ' }, { surrogate: true }, { text: ' at home.' }] as Piece[])), { minLength: 1, maxLength: 4 }),
      { minLength: 1, maxLength: 5 },
    ),
    // Between sentences of a block: a space or a line break; between blocks: a blank line. Each line break is LF, CRLF or CR.
    breaks: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 40, maxLength: 40 }),
    softBreaks: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ encoding, firstBom, moreBoms, format, blocks, breaks, softBreaks }) => {
    let breakAt = 0;
    const lineBreak = (): string => breaks[breakAt++ % breaks.length]!;
    const pieces: Piece[] = [];
    if (format === 'markdown') pieces.push({ text: '# Job' }, { text: lineBreak() + lineBreak() });
    if (format === 'html') pieces.push({ text: '<!doctype html>' }, { text: lineBreak() }, { text: '<main>' });
    blocks.forEach((sentences, index) => {
      if (index > 0) pieces.push({ text: format === 'html' ? lineBreak() : lineBreak() + lineBreak() });
      if (format === 'html') pieces.push({ text: '<p>' });
      sentences.forEach((sentence, at) => {
        if (at > 0) pieces.push({ text: softBreaks[(index * 5 + at) % softBreaks.length] ? lineBreak() : ' ' });
        pieces.push(...sentence);
      });
      if (format === 'html') pieces.push({ text: '</p>' });
    });
    if (format === 'html') pieces.push({ text: '</main>' });
    pieces.push({ text: lineBreak() });
    const boms = [...(firstBom === 'none' ? [] : [firstBom === 'match' ? (encoding === 'windows-1252' ? 'utf-8' : encoding) : firstBom]), ...moreBoms] as Bom[];
    const prefix = Buffer.from(boms.flatMap((bom) => bomBytes[bom]));
    const bytesOf = (piece: Piece, replaced: boolean): Buffer =>
      'surrogate' in piece ? Buffer.from(surrogateBytes[encoding]) : encodePiece('text' in piece ? piece.text : replaced ? piece.to : piece.from, encoding);
    const bytes = Buffer.concat([prefix, ...pieces.map((piece) => bytesOf(piece, false))]);
    return { encoding, boms, format, pieces, prefix, bytes, bytesOf };
  });

/**
 * Whether `after` is the prefix and the pieces, each fixable one as it was or replaced: returns how
 * many were replaced, or -1 when `after` is anything else (a changed byte outside a fixed span).
 */
function alignment(after: Buffer, prefix: Buffer, pieces: Piece[], bytesOf: (piece: Piece, replaced: boolean) => Buffer): number {
  if (!after.subarray(0, prefix.length).equals(prefix)) return -1;
  const memo = new Map<string, number>();
  const walk = (index: number, at: number): number => {
    if (index === pieces.length) return at === after.length ? 0 : -1;
    const key = `${index}:${at}`;
    if (memo.has(key)) return memo.get(key)!;
    const piece = pieces[index]!;
    let best = -1;
    for (const replaced of 'from' in piece ? [false, true] : [false]) {
      const expected = bytesOf(piece, replaced);
      if (!after.subarray(at, at + expected.length).equals(expected)) continue;
      const rest = walk(index + 1, at + expected.length);
      if (rest >= 0) best = Math.max(best, rest + (replaced ? 1 : 0));
    }
    memo.set(key, best);
    return best;
  };
  return walk(0, prefix.length);
}

describe('--fix on files with any mix of byte order marks, encodings, line endings and lone surrogates', () => {
  test('every byte outside the fixed spans is unchanged, and each fix is one whole word replaced', async () => {
    let fixed = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(mixed, async ({ format, pieces, prefix, bytes, bytesOf }) => {
        runs++;
        const path = join(folder, `mixed.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : 'html'}`);
        writeFileSync(path, bytes);
        const [outcome] = await fixPaths([path]);
        const after = readFileSync(path);
        const replaced = alignment(after, prefix, pieces, bytesOf);
        expect(replaced, `after: ${JSON.stringify(after.toString('latin1'))}`).toBeGreaterThanOrEqual(0);
        expect(replaced).toBe(outcome?.count ?? 0);
        if (replaced > 0) fixed++;
      }),
      { numRuns: 250 },
    );
    // The property is not vacuous: most runs fix something.
    expect(fixed).toBeGreaterThan(runs / 3);
  }, 180_000);

  test('two byte order marks (UTF-8, then UTF-16 LE): the second stays, and so does every other byte', async () => {
    const body = '# Job\n\nPlease utilise the portal. You will commence on Monday.\n';
    for (const [bom, encode] of [
      [[0xef, 0xbb, 0xbf], (text: string) => Buffer.from(text, 'utf8')],
      [[0xff, 0xfe], (text: string) => Buffer.from(text, 'utf16le')],
    ] as const) {
      const path = join(folder, 'two-boms.md');
      writeFileSync(path, Buffer.concat([Buffer.from([...bom, ...bom]), encode(body)]));
      const [outcome] = await fixPaths([path]);
      expect(outcome!.count).toBe(2);
      expect(readFileSync(path)).toEqual(Buffer.concat([Buffer.from([...bom, ...bom]), encode(body.replace('utilise', 'use').replace('commence', 'start'))]));
    }
  });
});

test('text: one CR LF inside a paragraph is a line break, not a blank line (the property found a fix that turned half a paragraph into a heading)', () => {
  const text = 'Pay and benefits\r\n\r\nIn order to apply, call us. We work in order\r\nto help.\r\n';
  expect(parseText(text).blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph']);
  expect(parseText(text.replace('In order to apply', 'To apply')).blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph']);
  expect(parseText('a\r\rb\r').blocks).toHaveLength(2);
});
