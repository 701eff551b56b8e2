import { basename, join } from 'node:path';
import { Linter, requirements, version } from '../../src/index.js';
import type { FileResult } from '../../src/model/diagnostic.js';
import type { ReportContext } from '../../src/report/shared.js';
import { root } from './lint.js';

/** The context the CLI gives the HTML reporter, with the default docs address. */
export const htmlContext: ReportContext = { color: false, version, requirements, docsBase: 'https://github.com/widen-lint/widen/blob/main/' };

/**
 * Results for `count` documents, for the HTML report at scale: the examples linted once (with
 * their blocks, as `--format html` lints them), repeated under numbered names.
 */
export async function manyResults(count: number): Promise<FileResult[]> {
  const examples = await new Linter({ includeBlocks: true }).lintPaths([join(root, 'examples')]);
  return Array.from({ length: count }, (_, index) => {
    const example = examples[index % examples.length]!;
    return { ...example, path: `adverts/${String(index + 1).padStart(4, '0')}-${basename(example.path)}` };
  });
}
