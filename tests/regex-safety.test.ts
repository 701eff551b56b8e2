/**
 * Every rule stays linear on adversarial input: long runs of one character, of spaces, of
 * punctuation, alternating patterns and digits. Each rule runs alone on a Doc of n and of 8n
 * characters; linear code costs about 8 times as much, quadratic code 64 times. Cost is CPU time
 * (the best of three), never wall time, and only the ratio is judged, so a loaded machine does not
 * fail the test. A 2 MB line with no spaces is compared with a 256 KB one the same way. The
 * readers (Markdown, text, HTML) get the same inputs.
 */
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import type { Doc } from '../src/model/document.js';
import { parseHtml } from '../src/load/html.js';
import { parseMarkdown } from '../src/load/markdown.js';
import { toDoc } from '../src/load/prose.js';
import { parseText } from '../src/load/text.js';
import type { ParsedSource } from '../src/model/document.js';
import { cost, growth, superlinear } from './helpers/growth.js';

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
function docOf(text: string, parse: (source: string) => ParsedSource = parseText): Doc {
  const doc = toDoc(parse(text), 'adversarial.txt', 'advert');
  doc.words();
  doc.sentences();
  return doc;
}

function timeRule(rule: (typeof rules)[number], doc: Doc): number {
  return cost(() => rule.check(doc, { options: rule.meta.defaultOptions, audience: 'new-entrant', report: () => {} }));
}

describe('every rule is linear on adversarial input', () => {
  const docs = Object.entries(inputs).map(([name, make]) => ({ name, n: docOf(make(small)), n4: docOf(make(small * growth)) }));

  for (const rule of rules) {
    test(rule.meta.id, () => {
      const slow: string[] = [];
      for (const { name, n, n4 } of docs) {
        const t1 = timeRule(rule, n);
        const t4 = timeRule(rule, n4);
        if (superlinear(t1, t4)) slow.push(`${name}: ${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`);
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
  const t4 = timeRule(quadratic, docOf(make(small * growth)));
  expect(superlinear(t1, t4)).toBe(true);
  // Quadratic on purpose: on a loaded CI machine it has taken more than the default 30 s.
}, 120_000);

describe('a 2 MB line with no spaces grows like a 256 KB one', () => {
  const size = 256 * 1024;
  const lines = { small: docOf('a'.repeat(size)), large: docOf('a'.repeat(size * growth)) };
  const punctuation = { small: docOf('.-'.repeat(size / 2)), large: docOf('.-'.repeat((size * growth) / 2)) };
  for (const rule of rules) {
    test(rule.meta.id, () => {
      for (const docs of [lines, punctuation]) expect(superlinear(timeRule(rule, docs.small), timeRule(rule, docs.large))).toBe(false);
    });
  }
});

describe('the readers are linear on the same input', () => {
  const readers: Record<string, (source: string) => ParsedSource> = { markdown: parseMarkdown, text: parseText, html: (source) => parseHtml(source) };
  for (const [format, parse] of Object.entries(readers)) {
    test(format, () => {
      const slow: string[] = [];
      for (const [name, make] of Object.entries(inputs)) {
        const one = make(small);
        const many = make(small * growth);
        const t1 = cost(() => parse(one));
        const t4 = cost(() => parse(many));
        if (superlinear(t1, t4)) slow.push(`${name}: ${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`);
      }
      expect(slow).toEqual([]);
    }, 120_000);
  }
});

/**
 * Inputs known to be non-linear in building the Doc, each with its figures; take one off when it is
 * fixed. None today: parse-english's merges are quadratic in a sentence's length, so blocks are
 * tokenised in pieces of 4,000 characters (runs of abbreviations end no sentence), and runs over
 * 1,000 characters without white space are blanked (src/load/prose.ts).
 */
const knownSlowInDoc = new Set<string>([]);

describe('building the Doc is linear on the same input', () => {
  test('text', () => {
    const slow: string[] = [];
    const time = (text: string): number => {
      const parsed = parseText(text);
      return cost(() => toDoc(parsed, 'adversarial.txt', 'advert').words());
    };
    for (const [name, make] of Object.entries(inputs)) {
      if (knownSlowInDoc.has(name)) continue;
      const t1 = time(make(small));
      const t4 = time(make(small * growth));
      if (superlinear(t1, t4)) slow.push(`${name}: ${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`);
    }
    expect(slow).toEqual([]);
    for (const name of knownSlowInDoc) expect(inputs).toHaveProperty([name]);
  });
});
