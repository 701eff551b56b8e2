/**
 * Markdown that micromark cannot finish: deep containers on one line, long runs of emphasis marks
 * or brackets in one paragraph, and many lines that close nested lists. The input is bounded
 * before parsing (src/load/markdown.ts, `boundMarkdown`) and micromark's EditMap is made to
 * rebuild only what an edit changes; these tests check that the trees are the same as micromark's
 * own, and count steps rather than time.
 */
import fc from 'fast-check';
import { EditMap } from 'micromark-util-edit-map';
import { describe, expect, test } from 'vitest';
import { boundMarkdown, markdownTree, maxMarkdownDelimiters, maxMarkdownDepth, parseMarkdown, withOriginalEditMap } from '../src/load/markdown.js';

/** Strips positions' `_index` and other non-data so two trees compare as data. */
const asData = (tree: unknown): string => JSON.stringify(tree);

describe('the linear EditMap', () => {
  test('gives the same trees as micromark’s own, on generated Markdown', () => {
    const token = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '> ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', 'x', 'word ', '*', '**', '_', '[', ']', '(', ')', '[a]: /u\n', '`', '```\n', '~~~\n', '# ', '---\n', '***\n', '| a | b |\n|---|---|\n', '<div>\n', '<!-- c -->', '&amp;', '\\*', 'a\nb\n', '1.\n', '-\n');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        expect(asData(markdownTree(text))).toBe(asData(withOriginalEditMap(() => markdownTree(text))));
      }),
      { numRuns: 1500 },
    );
  });

  test('same trees on documents with deep and many nested lists, quotes and tables', () => {
    const samples = [
      ('- '.repeat(5) + 'x\n').repeat(50),
      Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i % 7)}- item ${i}\n`).join(''),
      ('> - a\n>   - b\n> c\n\n').repeat(20),
      ('1. a\n   > b\n   > - c\n\n   d\n').repeat(20),
      '| a | b |\n|---|---|\n' + '| *x* | [y](z) |\n'.repeat(30),
    ];
    for (const text of samples) expect(asData(markdownTree(text))).toBe(asData(withOriginalEditMap(() => markdownTree(text))));
  });

  test('closing nested lists costs steps linear in the document, where micromark’s own costs quadratic', () => {
    // Counts the events each `consume` call has to copy: micromark's copies every event, the
    // linear one only those from its first edit on.
    const prototype = EditMap.prototype as unknown as { consume: (this: { map: Array<[number]> }, events: unknown[]) => void };
    const steps = (lines: number): { linear: number; original: number } => {
      const counts = { linear: 0, original: 0 };
      const consume = prototype.consume;
      prototype.consume = function counted(this: { map: Array<[number]> }, events: unknown[]) {
        if (this.map.length > 0) {
          counts.original += events.length;
          counts.linear += events.length - Math.min(...this.map.map((change) => change[0]));
        }
        return consume.call(this, events);
      };
      try {
        markdownTree(('- '.repeat(5) + 'x\n').repeat(lines));
      } finally {
        prototype.consume = consume;
      }
      return counts;
    };
    const small = steps(500);
    const large = steps(2000);
    // Four times the lines: about four times the steps for the linear EditMap, sixteen for micromark's.
    expect(large.linear / small.linear).toBeLessThan(6);
    expect(large.original / small.original).toBeGreaterThan(12);
  });
});

test('parsing nested lists grows linearly: eight times the lines take less than 24 times as long (micromark’s own: 64)', () => {
  const time = (lines: number): number => {
    const text = ('- '.repeat(5) + 'x\n').repeat(lines);
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      markdownTree(text);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  time(200);
  const ratio = time(8000) / time(1000);
  expect(ratio).toBeLessThan(24);
}, 120_000);

describe('bounds before parsing', () => {
  test('container markers past the depth on one line become no-break spaces, keeping every offset', () => {
    const text = `${'- '.repeat(50_000)}x\n`;
    const bounded = boundMarkdown(text);
    expect(bounded.text.length).toBe(text.length);
    expect(bounded.text.slice(0, maxMarkdownDepth * 2)).toBe('- '.repeat(maxMarkdownDepth));
    expect(bounded.text.slice(maxMarkdownDepth * 2, maxMarkdownDepth * 2 + 4)).toBe('\u00A0 \u00A0 ');
    expect(bounded.text.endsWith('x\n')).toBe(true);
    expect(bounded.note).toBe(`the document nests lists or block quotes more than ${maxMarkdownDepth} deep on a line; widen read the markers past that as spaces, and the text beside them as plain text`);
    for (const quotes of [`${'> '.repeat(100_000)}x\n`, `${'>'.repeat(100_000)}x\n`, `${'1. '.repeat(10_000)}x\n`]) {
      expect((boundMarkdown(quotes).text.match(/[>.]/g) ?? []).length).toBe(maxMarkdownDepth);
    }
  });

  test('emphasis marks and brackets past the bound in one paragraph become no-break spaces; a new paragraph starts again', () => {
    const stars = boundMarkdown(`${'*a'.repeat(100_000)}\n`);
    expect((stars.text.match(/\*/g) ?? []).length).toBe(maxMarkdownDelimiters);
    expect(stars.note).toMatch(/has more than 1,000 emphasis marks or brackets in one paragraph/);
    const brackets = boundMarkdown('[a]'.repeat(2000));
    expect((brackets.text.match(/[[\]]/g) ?? []).length).toBe(maxMarkdownDelimiters);
    // 600 in each of many paragraphs (or list items) is within the bound.
    const many = `${'*a* '.repeat(300)}\n\n`.repeat(20) + `${'- '.concat('**b** '.repeat(200))}\n`.repeat(20);
    expect(boundMarkdown(many)).toEqual({ text: many });
  });

  test('ordinary documents are left exactly as they are', () => {
    const advert = '# Care assistant\n\n- You will *help* people.\n  - At **home**.\n\n> A [link](x).\n\n1. One\n2. Two\n';
    expect(boundMarkdown(advert)).toEqual({ text: advert });
    expect(parseMarkdown(advert).note).toBeUndefined();
  });

  test.each([
    ['50,000 nested list markers on one line', `${'- '.repeat(50_000)}You will utilise the hoist.\n`],
    ['100,000 nested block quotes on one line', `${'> '.repeat(100_000)}You will utilise the hoist.\n`],
    ['10,000 nested list markers (20 KB)', `${'- '.repeat(10_000)}You will utilise the hoist.\n`],
    ['200 KB of *a', `${'*a'.repeat(100_000)} You will utilise the hoist.\n`],
    ['5,000 nested list markers (10 KB)', `${'- '.repeat(5_000)}You will utilise the hoist.\n`],
  ])('%s: parsed, with a note, the text still read, and block text equal to the source where it is prose', (_name, text) => {
    const parsed = parseMarkdown(text);
    expect(parsed.note).toMatch(/^the document (nests|has)/);
    expect(parsed.source).toBe(text);
    const block = parsed.blocks.find((candidate) => candidate.text.includes('utilise'))!;
    expect(block).toBeDefined();
    for (let i = 0; i < block.text.length; i++) {
      const char = block.text[i]!;
      if (char !== ' ') expect(char).toBe(text[block.start + i]);
    }
  });
});
