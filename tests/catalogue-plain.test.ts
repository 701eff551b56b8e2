import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { Linter } from '../src/index.js';
import { applyEdits, planFixes } from '../src/fix/fix.js';
import { parseMarkdown } from '../src/load/markdown.js';
import { toDoc } from '../src/load/prose.js';
import { cost, growth, superlinear } from './helpers/growth.js';
import { lintWithRule, root } from './helpers/lint.js';

/** The plain-language and readability rules this file covers. */
const plainRules = [
  'acronym-first-use',
  'buzzwords',
  'hard-sentence',
  'health-jargon',
  'latin-abbreviations',
  'long-paragraph',
  'long-sentence',
  'passive-voice',
  'reading-age',
  'simpler-words',
  'wall-of-text',
];

const linter = new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json') });

describe('well-written examples stay quiet', () => {
  for (const name of ['good-advert.md', 'good-event.md', 'good-interview-invite.md']) {
    test(`${name}: no plain-language or readability findings, at most 3 in all`, async () => {
      const path = join(root, 'examples', name);
      const result = await linter.lintText(readFileSync(path, 'utf8'), path);
      const found = result.diagnostics.map((d) => `${d.ruleId}: ${d.message} (${d.excerpt})`);
      expect(found.filter((line) => plainRules.includes(line.split(':')[0]!))).toEqual([]);
      expect(found.length, found.join('\n')).toBeLessThanOrEqual(3);
    });
  }
});

test('reading-age reports the same figure as stats.readingAge', async () => {
  const path = join(root, 'examples', 'poor-advert.md');
  const result = await linter.lintText(readFileSync(path, 'utf8'), path);
  const finding = result.diagnostics.find((d) => d.ruleId === 'reading-age');
  expect(finding?.message).toContain(`reading age of ${result.stats.readingAge};`);
});

describe('suggestions keep case, plurals and articles', () => {
  const cases: Array<[rule: string, text: string, excerpt: string, replacement: string]> = [
    ['simpler-words', 'Utilises hoists.', 'Utilises', 'Uses'],
    ['simpler-words', 'The team utilised hoists.', 'utilised', 'used'],
    ['simpler-words', 'We are seeking to recruit a carer.', 'seeking to', 'aiming to'],
    ['acronym-first-use', 'You will work in an MDT.', 'an MDT', 'a multidisciplinary team (MDT)'],
    ['acronym-first-use', 'Our MDTs meet weekly.', 'MDTs', 'multidisciplinary teams (MDTs)'],
    ['acronym-first-use', 'HCAs help patients.', 'HCAs', 'Healthcare assistants (HCAs)'],
    ['health-jargon', 'Hours: 0.6 WTE.', '0.6 WTE', '22.5 hours a week'],
    ['health-jargon', 'Service Users live here.', 'Service Users', 'People who use our services'],
    ['latin-abbreviations', 'E.g. washing.', 'E.g.', 'For example'],
    ['latin-abbreviations', 'Washing, dressing etc.', 'etc', 'and so on'],
    ['passive-voice', 'You will be expected to work weekends.', 'be expected to', 'need to'],
  ];
  for (const [rule, text, excerpt, replacement] of cases) {
    test(`${rule}: “${excerpt}” → “${replacement}”`, async () => {
      const result = await lintWithRule(rule, text);
      expect(result.diagnostics.map((d) => [d.excerpt, d.suggestions[0]?.replacement])).toEqual([[excerpt, replacement]]);
    });
  }
});

test('long-sentence names a split point and gives the split text', async () => {
  const text =
    'You will help people in their own homes with washing, dressing and meals across the town every day; you will also write short notes after each visit for the next carer to read.';
  const result = await lintWithRule('long-sentence', text);
  expect(result.diagnostics[0]?.suggestions[0]?.replacement).toBe(
    'You will help people in their own homes with washing, dressing and meals across the town every day. You will also write short notes after each visit for the next carer to read.',
  );
});

describe('safe fixes fix and are idempotent', () => {
  const inputs: Record<string, string> = {
    'simpler-words': 'Whilst on shift you will work in order to help. The pay is £24,000 per annum.',
    'latin-abbreviations': 'Help with tasks, e.g. washing, i.e. daily care. NB: the pay is £24,000 p.a.',
    'acronym-first-use': 'You will join an MDT and wear PPE. The MDT is friendly.',
    'health-jargon': 'Send your UK NARIC statement and your CRB check.',
  };
  for (const [rule, text] of Object.entries(inputs)) {
    test(rule, async () => {
      const first = await lintWithRule(rule, text);
      const edits = planFixes(first.diagnostics, 'markdown');
      expect(edits.length).toBeGreaterThan(0);
      const fixed = applyEdits(text, edits);
      const second = await lintWithRule(rule, fixed);
      expect(second.diagnostics.length).toBeLessThan(first.diagnostics.length);
      expect(planFixes(second.diagnostics, 'markdown')).toEqual([]);
    });
  }
});

test('a long single line is checked in linear time', () => {
  const clause = 'The postholder will utilise the MDT e.g. for AfC Band 5 £1 1.0 WTE pro rata work; you will be expected to liaise with service users, and ';
  const docOf = (repeats: number) => {
    const doc = toDoc(parseMarkdown(`${clause.repeat(repeats)}.\n`), 'long.md', 'advert');
    doc.words();
    return doc;
  };
  const [one, many] = [docOf(200), docOf(200 * growth)];
  for (const rule of rules.filter((candidate) => plainRules.includes(candidate.meta.id))) {
    const run = (doc: typeof one) => () => rule.check(doc, { options: rule.meta.defaultOptions, audience: 'new-entrant', report: () => undefined });
    expect(superlinear(cost(run(one)), cost(run(many))), rule.meta.id).toBe(false);
  }
});

describe('simpler-words and retext-simplify', () => {
  test('every phrase widen leaves out of retext-simplify is still in its list, so the list stays in step', async () => {
    const { notFromRetextSimplify, retextSimplifyPatterns } = await import('../rules/simpler-words/from-retext-simplify.js');
    for (const group of notFromRetextSimplify) {
      expect(group.why.length).toBeGreaterThan(20);
      for (const phrase of group.phrases) expect(Object.keys(retextSimplifyPatterns), phrase).toContain(phrase);
    }
  });

  test('retext-simplify entries are reported, and widen adds the British and inflected forms it misses', async () => {
    const { lintWithRule } = await import('./helpers/lint.js');
    const result = await lintWithRule('simpler-words', 'Notwithstanding the aforementioned, we utilise hoists and prioritised nothing. Staff utilised them.\n');
    expect(result.diagnostics.map((d) => d.excerpt)).toEqual(['Notwithstanding', 'aforementioned', 'utilise', 'utilised']);
  });
});
