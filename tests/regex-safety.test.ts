/**
 * Every rule stays linear on adversarial input: long runs of one character, of spaces, of
 * punctuation, alternating patterns and digits. Each rule runs alone on a Doc of n and of 4n
 * characters; linear code takes about 4 times as long, quadratic code 16 times. A 2 MB line
 * with no spaces must also finish quickly. The readers (Markdown, text, HTML) get the same inputs.
 */
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import type { Doc } from '../src/model/document.js';
import { parseHtml } from '../src/load/html.js';
import { parseMarkdown } from '../src/load/markdown.js';
import { toDoc } from '../src/load/prose.js';
import { parseText } from '../src/load/text.js';
import type { ParsedSource } from '../src/model/document.js';

/** Adversarial inputs: each makes a text of about `n` characters. */
const inputs: Record<string, (n: number) => string> = {
  'one letter': (n) => 'a'.repeat(n),
  'capitals': (n) => 'A'.repeat(n),
  'spaces': (n) => `a${' '.repeat(n)}a`,
  'tabs and spaces': (n) => `a${' \t'.repeat(n / 2)}a`,
  'full stops': (n) => '.'.repeat(n),
  'commas': (n) => `a${','.repeat(n)}a`,
  'mixed punctuation': (n) => '!?;:'.repeat(n / 4),
  'hyphens': (n) => '-'.repeat(n),
  'a-a-a': (n) => 'a-'.repeat(n / 2),
  'A-A-A': (n) => 'A-'.repeat(n / 2),
  '£1£1': (n) => '£1'.repeat(n / 2),
  '£ 1 £ 1': (n) => '£ 1 '.repeat(n / 4),
  'open brackets': (n) => '('.repeat(n),
  'brackets': (n) => '(a) '.repeat(n / 4),
  'digits': (n) => '1'.repeat(n),
  'digits and spaces': (n) => '1 '.repeat(n / 2),
  'decimals': (n) => '1.'.repeat(n / 2),
  'words': (n) => 'care '.repeat(n / 5),
  'capital words': (n) => 'NHS MDT '.repeat(n / 8),
  'a.b.': (n) => 'a.'.repeat(n / 2),
  'e.g.': (n) => 'e.g. '.repeat(n / 5),
  'at signs': (n) => 'a@'.repeat(n / 2),
  'web address': (n) => `www.${'.'.repeat(n)}`,
  'web address, dots, letter': (n) => `www.${'.'.repeat(n)}a`,
  'link': (n) => `https://${'a/'.repeat(n / 2)}`,
  'slashes': (n) => 'he/'.repeat(n / 3),
  'apostrophes': (n) => "a'".repeat(n / 2),
  'quotes': (n) => '“a” '.repeat(n / 4),
  'band numbers': (n) => 'Band 5 '.repeat(n / 7),
  'hours': (n) => '37.5 hours '.repeat(n / 11),
  'one long sentence': (n) => 'the nurse will be expected to utilise the hoist and '.repeat(n / 52),
  'sentences': (n) => 'You must be young. We are a dynamic team. '.repeat(n / 42),
  'line breaks': (n) => 'a\n'.repeat(n / 2),
  'blank lines': (n) => '\n \n'.repeat(n / 3),
  'zero-width': (n) => 'a\u200b'.repeat(n / 2),
  'combining marks': (n) => `a${'\u0301'.repeat(n)}`,
  'astral': (n) => '😀'.repeat(n / 2),
};

const small = 8_000;
const ratioLimit = 10;
/** Below this, timings are noise (other test files run at the same time): any ratio passes. */
const floorMs = 150;

function docOf(text: string, parse: (source: string) => ParsedSource = parseText): Doc {
  const doc = toDoc(parse(text), 'adversarial.txt', 'advert');
  doc.words();
  doc.sentences();
  return doc;
}

function timeRule(rule: (typeof rules)[number], doc: Doc): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    rule.check(doc, { options: rule.meta.defaultOptions, report: () => {} });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('every rule is linear on adversarial input', () => {
  const docs = Object.entries(inputs).map(([name, make]) => ({ name, n: docOf(make(small)), n4: docOf(make(small * 4)) }));

  for (const rule of rules) {
    test(rule.meta.id, () => {
      const slow: string[] = [];
      for (const { name, n, n4 } of docs) {
        const t1 = timeRule(rule, n);
        const t4 = timeRule(rule, n4);
        if (t4 > floorMs && t4 > ratioLimit * Math.max(t1, 1)) slow.push(`${name}: ${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`);
      }
      expect(slow).toEqual([]);
    });
  }
});

test('the check catches a quadratic rule', () => {
  // /[ \t]*\n/ tries every start in a run of spaces and scans to its end: quadratic.
  const quadratic = { ...rules[0]!, check: (doc: Doc) => void /[ \t]*\n/.test(doc.source) } as (typeof rules)[number];
  const make = inputs.spaces!;
  const t1 = timeRule(quadratic, docOf(make(small)));
  const t4 = timeRule(quadratic, docOf(make(small * 4)));
  expect(t4).toBeGreaterThan(floorMs);
  expect(t4).toBeGreaterThan(ratioLimit * Math.max(t1, 1));
});

describe('a 2 MB line with no spaces', () => {
  const line = docOf('a'.repeat(2 * 1024 * 1024));
  const punctuation = docOf('.-'.repeat(1024 * 1024));
  for (const rule of rules) {
    test(rule.meta.id, () => {
      expect(timeRule(rule, line)).toBeLessThan(2000);
      expect(timeRule(rule, punctuation)).toBeLessThan(2000);
    });
  }
});

describe('the readers are linear on the same input', () => {
  const readers: Record<string, (source: string) => ParsedSource> = { markdown: parseMarkdown, text: parseText, html: (source) => parseHtml(source) };
  for (const [format, parse] of Object.entries(readers)) {
    test(format, () => {
      const slow: string[] = [];
      const time = (text: string): number => {
        const started = performance.now();
        parse(text);
        return performance.now() - started;
      };
      for (const [name, make] of Object.entries(inputs)) {
        const t1 = Math.min(time(make(small)), time(make(small)));
        const t4 = Math.min(time(make(small * 4)), time(make(small * 4)));
        if (t4 > floorMs && t4 > ratioLimit * Math.max(t1, 1)) slow.push(`${name}: ${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`);
      }
      expect(slow).toEqual([]);
    });
  }
});

/**
 * Known to be non-linear in building the Doc (src/load/prose.ts, and parse-english under it), and
 * reported: parse-english merges sentences and tokens with Array#splice inside loops (quadratic on a
 * sentence of many thousand tokens) and spreads long arrays into push() (a stack overflow past
 * about 64,000 tokens in one word, such as "a-a-a-…"); `maskNonProse` strips trailing punctuation
 * with /[.,;:!?)\]]+$/, quadratic on a run of punctuation inside an address. Files are protected by
 * the time limit meanwhile. Take an input off this list when it is fixed.
 */
const knownSlowInDoc = new Set<string>([]);

describe('building the Doc is linear on the same input', () => {
  test('text', () => {
    const slow: string[] = [];
    const time = (text: string): number => {
      const parsed = parseText(text);
      const started = performance.now();
      toDoc(parsed, 'adversarial.txt', 'advert').words();
      return performance.now() - started;
    };
    for (const [name, make] of Object.entries(inputs)) {
      if (knownSlowInDoc.has(name)) continue;
      const t1 = Math.min(time(make(small)), time(make(small)));
      const t4 = Math.min(time(make(small * 4)), time(make(small * 4)));
      if (t4 > floorMs && t4 > ratioLimit * Math.max(t1, 1)) slow.push(`${name}: ${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`);
    }
    expect(slow).toEqual([]);
    for (const name of knownSlowInDoc) expect(inputs).toHaveProperty([name]);
  });
});
