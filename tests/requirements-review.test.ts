import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Linter } from '../src/index.js';
import { corpusPath, describeWithCorpus } from './helpers/corpus.js';
import { root } from './helpers/lint.js';

/**
 * Every requirement's state on 60 real adverts (the 30 NHS Jobs adverts of November 2020 and the
 * 30 judged ones), with the words that meet it, as a reviewed snapshot: each “met” line was read
 * to check that its sentence really gives the information, each “missing” against the advert.
 * The disagreements left (a state we think wrong but have not fixed) are listed, with the reason,
 * in requirements-review-disagreements.txt; each must still name a line of the snapshot.
 */
const snapshot = join(root, 'tests', 'snapshots', 'requirements-review.txt');
const disagreements = join(root, 'tests', 'snapshots', 'requirements-review-disagreements.txt');

async function reviewLines(): Promise<string[]> {
  const folders = [corpusPath('adverts', 'nhsjobs-2020'), corpusPath('judged', 'adverts')];
  const paths = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.html')).sort().map((name) => join(folder, name)));
  const results = await new Linter({ profile: 'advert', configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json') }).lintPaths(paths);
  const lines: string[] = [];
  for (const result of results) {
    const name = result.path.split('/').pop();
    for (const state of result.requirements ?? []) {
      const words = state.evidence ? ` «${state.evidence.excerpt.slice(0, 160)}»` : '';
      lines.push(`${name} ${state.id} ${state.status}${words}`);
    }
  }
  return lines;
}

describeWithCorpus('requirements on 60 real adverts', () => {
  test('match the reviewed snapshot; every disagreement recorded names a state widen gives', async () => {
    const lines = await reviewLines();
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(snapshot);
    const recorded = existsSync(disagreements)
      ? readFileSync(disagreements, 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' # ')[0]!)
      : [];
    for (const line of recorded) expect(lines.some((state) => state.startsWith(line)), line).toBe(true);
  });
});
