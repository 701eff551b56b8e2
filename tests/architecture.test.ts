import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from './helpers/lint.js';

/**
 * Who may import whom (README, “Architecture”). Read from the import statements, so a change that
 * crosses a boundary fails here, not in review.
 */

/** Packages that parse documents: only the loaders may use them. */
const parserPackages = /^(?:unified|remark-|rehype-|retext-|mdast-|hast-|micromark|parse5|parse-english|mammoth|vfile|yaml$)/;

interface Import {
  /** The importing file, relative to the repository, with forward slashes. */
  from: string;
  /** A repository path for a relative import, or the package name. */
  to: string;
  relative: boolean;
}

/** Every static and dynamic import in a source file. Type-only imports count: they are a dependency too. */
export function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const specifier = match[2]!;
    if (specifier.startsWith('.')) {
      const target = relative(root, resolve(dirname(join(root, file)), specifier)).split(sep).join('/');
      found.push({ from: file, to: target.replace(/\.js$/, '.ts'), relative: true });
    } else {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      found.push({ from: file, to: name, relative: false });
    }
  }
  return found;
}

/** Why an import breaks the architecture, or undefined when it is allowed. */
export function violation({ from, to, relative: isRelative }: Import): string | undefined {
  const inside = (folder: string, path: string): boolean => path.startsWith(`${folder}/`);
  if (inside('rules', from) && from !== 'rules/index.ts') {
    const own = from.split('/').slice(0, 2).join('/');
    if (!isRelative) return parserPackages.test(to) ? 'a rule never uses a parser: it reads the Doc' : undefined;
    if (inside(own, to) || inside('src/model', to) || inside('src/kit', to)) return undefined;
    if (inside('rules', to)) return 'a rule never imports another rule: shared data and helpers belong in src/kit/';
    return 'a rule imports only src/model/, src/kit/ and its own folder';
  }
  if (inside('src/model', from)) {
    if (!isRelative) return /^(?:nlcst|unist|node:)/.test(to) ? undefined : 'the model imports no packages but the tree types';
    return inside('src/model', to) ? undefined : 'the model imports nothing outside src/model/';
  }
  if (inside('src/kit', from)) {
    if (!isRelative) return parserPackages.test(to) ? 'the rule kit never uses a parser' : undefined;
    return inside('src/model', to) || inside('src/kit', to) ? undefined : 'the rule kit imports only src/model/ and src/kit/';
  }
  if (inside('src/load', from) && isRelative) {
    return inside('src/load', to) || inside('src/model', to) || inside('src/io', to) ? undefined : 'a loader knows nothing of rules, the engine, runs or reports';
  }
  if (inside('src/engine', from) && isRelative) {
    const allowed = ['src/engine', 'src/model', 'src/kit', 'src/io', 'src/config'];
    return allowed.some((folder) => inside(folder, to)) ? undefined : 'the engine takes a Doc: it never parses, and knows nothing of runs or reports';
  }
  if (inside('src/report', from)) {
    if (!isRelative) return parserPackages.test(to) ? 'a reporter takes results, never a parser' : undefined;
    return inside('src/report', to) || inside('src/model', to) || inside('src/io', to) ? undefined : 'a reporter takes results: it imports only the model and other reporters';
  }
  if (inside('src/cli', from)) {
    if (!isRelative) return to === 'commander' || to.startsWith('node:') ? undefined : 'the CLI uses only commander and the public API';
    return to === 'src/index.ts' || inside('src/cli', to) || inside('src/report', to) ? undefined : 'the CLI calls only the public API (src/index.ts) and the reporters';
  }
  if (isRelative && inside('src/cli', to) && !inside('src/cli', from)) return 'nothing imports the CLI';
  return undefined;
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(join(root, directory), { withFileTypes: true })) {
      const path = `${directory}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures') visit(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(path);
    }
  };
  visit(folder);
  return files;
}

describe('the architecture', () => {
  test('every import in src/ and rules/ respects the boundaries', () => {
    const broken = [...sourceFiles('src'), ...sourceFiles('rules')].flatMap((file) =>
      importsOf(file, readFileSync(join(root, file), 'utf8')).flatMap((found) => {
        const why = violation(found);
        return why ? [`${found.from} → ${found.to}: ${why}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  test('the check fails when a rule imports a parser or another rule, or the CLI reaches inside', () => {
    const cases: Array<[file: string, text: string]> = [
      ['rules/simpler-words/simpler-words.ts', "import { fromMarkdown } from 'mdast-util-from-markdown';"],
      ['rules/simpler-words/simpler-words.ts', "import { parseMarkdown } from '../../src/load/markdown.js';"],
      ['rules/hard-sentence/suggest.ts', "import { terms } from '../simpler-words/terms.js';"],
      ['src/cli/main.ts', "import { lintParsed } from '../engine/engine.js';"],
      ['src/report/json.ts', "import { parseBytes } from '../load/load.js';"],
      ['src/model/document.ts', "import { PhraseMatcher } from '../kit/phrase-matcher.js';"],
      ['src/load/markdown.ts', "import { rules } from '../../rules/index.js';"],
      ['src/engine/engine.ts', "import { toDoc } from '../load/prose.js';"],
    ];
    for (const [file, text] of cases) {
      const found = importsOf(file, text);
      expect(found).toHaveLength(1);
      expect(violation(found[0]!), `${file}: ${text}`).toBeDefined();
    }
    expect(violation(importsOf('rules/simpler-words/simpler-words.ts', "import { PhraseMatcher } from '../../src/kit/phrase-matcher.js';")[0]!)).toBeUndefined();
  });
});
