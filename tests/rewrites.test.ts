import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rewriteProblems } from '../src/kit/rewrite-check.js';
import { Linter } from '../src/index.js';
import { loadDoc } from '../src/load/load.js';
import { formatOf } from '../src/run/discover.js';
import { corpusPath, describeWithCorpus, hasCorpus } from './helpers/corpus.js';
import { root } from './helpers/lint.js';

/**
 * Every replacement widen offers on real documents reads as English in its sentence: no word
 * twice, no “you” turned into “they”, no “a” before a vowel sound, no broken verb, no markup, no
 * half sentence. The engine checks each replacement before offering it; this holds the whole
 * pipeline to that on every sentence of the corpora. The rewrites on the judged adverts are kept,
 * read and reviewed, in tests/golden/rewrites-judged.txt.
 */
const folders = [
  join(root, 'examples'),
  ...(hasCorpus
    ? [corpusPath('judged', 'adverts'), corpusPath('adverts', 'nhsjobs-2020'), corpusPath('adverts', 'gds-markdown'), corpusPath('adverts', 'cornwall-role-profiles')]
    : []),
];

function documents(folder: string): string[] {
  const names = readdirSync(folder).filter((name) => /\.(?:md|html|txt)$/.test(name)).sort();
  // The text versions of the NHS adverts say what their HTML says.
  return names.filter((name) => !(name.endsWith('.txt') && names.includes(name.replace(/\.txt$/, '.html')))).map((name) => join(folder, name));
}

/** The sentence a finding is in (from the decoded source), and the same with its replacement put in. */
function inContext(source: string, start: number, end: number, replacement: string): [string, string] {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(source[from - 1]!)) from--;
  let to = end;
  while (to < source.length && !/[.!?\n]/.test(source[to]!)) to++;
  if (to < source.length) to++;
  return [source.slice(from, to), source.slice(from, start) + replacement + source.slice(end, to)];
}

interface Rewrite {
  path: string;
  ruleId: string;
  excerpt: string;
  replacement: string;
  before: string;
  after: string;
}

async function rewritesIn(paths: readonly string[]): Promise<Rewrite[]> {
  const results = await new Linter({ jobs: 1 }).lintPaths(paths);
  const rewrites: Rewrite[] = [];
  for (const result of results) {
    const { doc } = await loadDoc(readFileSync(result.path), result.path, formatOf(result.path)!);
    for (const d of result.diagnostics) {
      if (d.excerpt === '') continue;
      for (const suggestion of d.suggestions) {
        if (suggestion.replacement === null) continue;
        const [before, after] = inContext(doc.source, d.location.offset, d.location.endOffset, suggestion.replacement);
        rewrites.push({ path: result.path, ruleId: d.ruleId, excerpt: d.excerpt, replacement: suggestion.replacement, before, after });
      }
    }
  }
  return rewrites;
}

describe('replacements read as English in their sentences', () => {
  for (const folder of folders) {
    test(folder.slice(root.length - 4), async () => {
      const rewrites = await rewritesIn(documents(folder));
      const broken = rewrites
        .map((rewrite) => ({ rewrite, problems: rewriteProblems(rewrite.before, rewrite.after, { rewordsADemand: /wording|terms|gender/.test(rewrite.ruleId) }) }))
        .filter(({ problems }) => problems.length > 0)
        .map(({ rewrite, problems }) => `${rewrite.path} ${rewrite.ruleId} «${rewrite.excerpt}» → «${rewrite.replacement}»: ${problems.join(', ')}`);
      expect(broken).toEqual([]);
      // A replacement says something new, in good shape: never the flagged words again, no stray spaces.
      for (const rewrite of rewrites) {
        expect(rewrite.replacement, rewrite.path).not.toBe(rewrite.excerpt);
        expect(rewrite.replacement, rewrite.path).toBe(rewrite.replacement.replace(/^\s+|\s+$/g, '').replace(/ {2,}/g, ' '));
      }
    });
  }

  test('the check catches what an editor found in earlier rewrites', () => {
    const cases: Array<[before: string, after: string]> = [
      ['Full comprehensive training is provided.', 'Full full training is provided.'],
      ['As a nurse you will be part of the team and will be involved in care.', 'As a nurse you will be part of the team. They will be involved in care.'],
      ['Should a sufficient number of applications be received, we will close it.', 'Should an enough number of applications be received, we will close it.'],
      ['All analysts are currently being asked to work from home.', 'We currently being ask all analysts to work from home.'],
      ['As a qualified RMN nurse you will care for young people.', 'As a qualified <strong>RMN</strong> nurse. You will care for young people.'],
      ['Across our network of hospitals and care homes, we make a difference.', 'Across our network of hospitals and care homes. We make a difference.'],
      ['We will not pay travel costs.', 'We will pay travel costs.'],
    ];
    for (const [before, after] of cases) expect(rewriteProblems(before, after), after).not.toEqual([]);
    expect(rewriteProblems('You will utilise the hoist.', 'You will use the hoist.')).toEqual([]);
    expect(rewriteProblems('An MDT meets daily.', 'A multidisciplinary team (MDT) meets daily.')).toEqual([]);
  });
});

describeWithCorpus('the reviewed rewrites on real adverts', () => {
  test('the rewrites on the judged adverts are the reviewed ones', async () => {
    const judged = corpusPath('judged', 'adverts');
    const lines = (await rewritesIn(documents(judged))).map(
      (rewrite) => `${rewrite.path.split('/').pop()!.replace('.html', '')} ${rewrite.ruleId}: «${rewrite.excerpt.replace(/\s+/g, ' ')}» → «${rewrite.replacement.replace(/\s+/g, ' ')}»`,
    );
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(join(root, 'tests', 'golden', 'rewrites-judged.txt'));
  });
});
