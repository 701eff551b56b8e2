import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusPath, corpusState, describeWithCorpus, inCi } from './helpers/corpus.js';
import { root } from './helpers/lint.js';

/** Every file under a folder, leaving out installed, built and generated folders. */
function files(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && ['node_modules', '.git', 'dist', '.artefacts', '.hostile', '.corpus'].includes(entry.name)) continue;
    if (entry.isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('finding the corpus', () => {
  test('found: its tests run, in CI or not', () => {
    expect(corpusState(true, {})).toBe('run');
    expect(corpusState(true, { CI: 'true' })).toBe('run');
  });

  test('not found: skipped on a contributor’s machine, a failure in CI or when WIDEN_CORPUS names it', () => {
    expect(corpusState(false, {})).toBe('skip');
    expect(corpusState(false, { CI: 'false' })).toBe('skip');
    expect(corpusState(false, { CI: '0' })).toBe('skip');
    expect(corpusState(false, { CI: 'true' })).toBe('fail');
    expect(corpusState(false, { CI: '1' })).toBe('fail');
    expect(corpusState(false, { WIDEN_CORPUS: '/nowhere' })).toBe('fail');
  });

  test('CI is any value but empty, 0 or false', () => {
    expect([inCi({}), inCi({ CI: '' }), inCi({ CI: 'FALSE' }), inCi({ CI: 'true' }), inCi({ CI: 'woodpecker' })]).toEqual([false, false, false, true, true]);
  });

  test('every test reads the corpus through tests/helpers/corpus.ts', () => {
    const offenders = files(join(root, 'tests'))
      .filter((path) => path.endsWith('.ts') && !path.endsWith(join('helpers', 'corpus.ts')))
      .filter((path) => /['"]shared['"]|\.\.\/shared\/|shared[\\/]corpus|WIDEN_CORPUS/.test(readFileSync(path, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')))
      .map((path) => relative(root, path));
    expect(offenders.filter((path) => path !== join('tests', 'corpus.test.ts'))).toEqual([]);
  });
});

describeWithCorpus('the copies of public test documents', () => {
  const pairs: Array<[string, string]> = [
    ...files(join(root, 'tests', 'fixtures', 'docx'))
      .filter((path) => path.endsWith('.docx'))
      .map((path): [string, string] => [path, corpusPath('docx', ...relative(join(root, 'tests', 'fixtures', 'docx'), path).split(sep))]),
    [join(root, 'tests', 'fixtures', 'peers', 'retext-equality', 'rules.md'), corpusPath('fixtures', 'retext-equality', 'rules.md')],
    [join(root, 'tests', 'fixtures', 'peers', 'retext-equality', 'license'), corpusPath('fixtures', 'retext-equality', 'license')],
    [join(root, 'tests', 'fixtures', 'peers', 'gender-decoder', 'EXTRACTED-cases.json'), corpusPath('fixtures', 'gender-decoder', 'EXTRACTED-cases.json')],
    [join(root, 'tests', 'fixtures', 'peers', 'gender-decoder', 'License.md'), corpusPath('fixtures', 'gender-decoder', 'License.md')],
  ];

  test('every Word document of the corpus is copied, and each copy is the corpus file byte for byte', () => {
    expect(pairs.length).toBe(files(corpusPath('docx')).filter((path) => path.endsWith('.docx')).length + 4);
    for (const [copy, original] of pairs) expect(sha256(copy), relative(root, copy)).toBe(sha256(original));
  });

  test('no advert without a licence to copy (NHS Jobs, judged, Cornwall) is in the repository', () => {
    const unlicensed = [corpusPath('adverts', 'nhsjobs-2020'), corpusPath('adverts', 'cornwall-role-profiles'), corpusPath('judged')].flatMap(files);
    const theirs = new Set(unlicensed.map(sha256));
    const ours = files(root).filter((path) => statSync(path).size > 0);
    expect(ours.filter((path) => theirs.has(sha256(path))).map((path) => relative(root, path))).toEqual([]);
  });
});
