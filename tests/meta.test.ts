import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { categories, profiles, severities } from '../src/model/diagnostic.js';
import { docsPath } from '../src/model/rule.js';
import { generatedFiles } from '../scripts/generated.js';
import { root } from './helpers/lint.js';

describe('rule metadata', () => {
  test('rules/index.ts lists every rule folder, sorted by id', () => {
    const folders = readdirSync(join(root, 'rules'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(folders);
  });

  for (const rule of rules) {
    test(`${rule.meta.id} is well described`, () => {
      const { meta } = rule;
      expect(meta.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(categories).toContain(meta.category);
      expect(severities).toContain(meta.severity);
      expect(meta.profiles.length).toBeGreaterThan(0);
      for (const profile of meta.profiles) expect(profiles).toContain(profile);
      expect(meta.description).not.toMatch(/\.$/);
      const doc = readFileSync(join(root, docsPath(meta.id)), 'utf8');
      const headings = [...doc.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
      expect(headings.slice(0, 2)).toEqual(['Why', 'Examples']);
      expect(headings).toContain('Sources');
      expect(doc).toMatch(/https?:\/\//);
    });
  }

  test('generated docs and the config schema are up to date (run `npm run build:docs`)', () => {
    for (const [path, expected] of generatedFiles()) {
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(expected);
    }
  });
});

describe('test configurations', () => {
  test('every test file runs in exactly one of npm test and npm run test:install', async () => {
    const { default: picomatch } = await import('picomatch');
    const { default: main } = await import('../vitest.config.js');
    const { default: install } = await import('../vitest.install.config.js');
    const selects = (config: typeof main) => {
      const included = picomatch(config.test!.include!);
      const excluded = picomatch(config.test!.exclude!);
      return (path: string) => included(path) && !excluded(path);
    };
    const inMain = selects(main);
    const inInstall = selects(install);
    const files = ['tests', 'rules'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('.test.ts'))
        .map((path) => `${folder}/${path}`),
    );
    expect(files.filter((path) => inInstall(path))).toEqual(['tests/install.test.ts']);
    expect(files.filter((path) => inMain(path) === inInstall(path))).toEqual([]);
  });
});

test('the participle table is what wink-lemmatizer gives (run `npx tsx scripts/make-participles.ts`)', async () => {
  const { participleTable, participlesPath } = await import('../scripts/make-participles.js');
  expect(readFileSync(participlesPath, 'utf8')).toBe(participleTable());
});
