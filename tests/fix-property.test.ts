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
