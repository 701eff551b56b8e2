import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { root } from './helpers/lint.js';

/**
 * What `npm pack` would publish: the build the suite's setup made (tests/helpers/build.ts), packed
 * without running `prepare` again.
 */
const packed = (() => {
  const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(json) as Array<{ files: Array<{ path: string }>; size: number; unpackedSize: number; entryCount: number }>;
  return { ...info!, paths: info!.files.map((file) => file.path).sort() };
})();

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, any>;
const distSrc = join(root, 'dist', 'src');
const built = (readdirSync(distSrc, { recursive: true }) as string[]).filter((name) => statSync(join(distSrc, name)).isFile()).map((name) => name.split(sep).join('/'));

describe('the published package', () => {
  test('holds exactly the launcher, the built code, the rule docs, the schemas, README and licences', () => {
    const expected = [
      'LICENSE',
      'README.md',
      'bin/widen.js',
      'dist/THIRD-PARTY-LICENSES.md',
      ...built.map((name) => `dist/src/${name}`),
      'package.json',
      ...rules.map((rule) => `rules/${rule.meta.id}/${rule.meta.id}.md`),
      ...readdirSync(join(root, 'schemas')).filter((name) => name.endsWith('.json')).map((name) => `schemas/${name}`),
    ].sort();
    expect(packed.paths).toEqual(expected);
  });

  test('ships no tests, sources, fixtures, scripts or configuration of ours', () => {
    const stray = packed.paths.filter(
      (path) => /^(?:tests|src|scripts|bench|examples|docs|\.ci)\//.test(path) || /fixtures|\.test\.|\.ts$/.test(path.replace(/\.d\.ts$/, '')) || /(?:^|\/)\.[^/]+$/.test(path),
    );
    expect(stray).toEqual([]);
  });

  test('its built code is one build: every chunk is reached from the entry points, and nothing it loads is missing', () => {
    const code = built.filter((name) => name.endsWith('.js'));
    const reached = new Set<string>();
    const visit = (name: string): void => {
      if (reached.has(name)) return;
      expect(code, `dist/src/${name}, imported, was not built`).toContain(name);
      reached.add(name);
      const text = readFileSync(join(root, 'dist', 'src', name), 'utf8');
      for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']\.\/([^"']+\.js)["']/g)) visit(match[1]!);
    };
    for (const entry of ['index.js', 'cli.js', 'worker.js']) visit(entry);
    expect(code.filter((name) => !reached.has(name))).toEqual([]);
  });

  test('the bundle loads nothing from node_modules: data files are carried, not looked up', () => {
    const text = built.filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(root, 'dist', 'src', name), 'utf8')).join('\n');
    expect(text).not.toMatch(/import\.meta\.resolve\(|an-array-of-english-words|["']wink-/);
    // The word list and wink's tagger and model are files beside the chunks, loaded on first need.
    for (const file of ['english-words.txt', 'wink-nlp.cjs', 'wink-eng-lite-web-model.cjs']) {
      expect(text).toMatch(new RegExp(`\\(["']\\./${file.replace(/\./g, '\\.')}["']`));
      expect(built).toContain(file);
      expect(packed.paths).toContain(`dist/src/${file}`);
    }
  });

  test('has no runtime dependencies, and exports the library with its types', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) expect(manifest[field], field).toBeUndefined();
    expect(manifest.exports['.']).toEqual({ types: './dist/src/index.d.ts', default: './dist/src/index.js' });
    expect(manifest.types).toBe('./dist/src/index.d.ts');
    expect(manifest.bin).toEqual({ widen: 'bin/widen.js' });
    // The type declarations stand alone: they import only the nlcst and unist declarations shipped beside them.
    const imports = built.filter((name) => name.endsWith('.d.ts')).flatMap((name) => [...readFileSync(join(root, 'dist', 'src', name), 'utf8').matchAll(/from\s+["']([^"']+)["']/g)].map((match) => match[1]));
    expect([...new Set(imports)].sort()).toEqual(['./nlcst.js', './unist.js']);
  });

  test('the repository is written once, in package.json; homepage and bugs are its pages', () => {
    const repository = /^git\+(https:\/\/github\.com\/[^/]+\/[^/.]+)\.git$/.exec(manifest.repository.url)?.[1];
    expect(repository).toBe('https://github.com/widen-lint/widen');
    expect(manifest.homepage).toBe(`${repository}#readme`);
    expect(manifest.bugs.url).toBe(`${repository}/issues`);
  });

  test('is MIT licensed, by widen contributors, and says what the bundle carries', () => {
    expect(manifest.license).toBe('MIT');
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} widen contributors\n/);
    const third = readFileSync(join(root, 'dist', 'THIRD-PARTY-LICENSES.md'), 'utf8');
    for (const name of ['mammoth', 'parse5', 'retext-equality', 'an-array-of-english-words', '@types/nlcst']) expect(third).toContain(`## ${name} `);
  });
});
