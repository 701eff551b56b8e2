import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { root } from './helpers/lint.js';

/**
 * Each rule's own tests (its doc examples and fixtures) are in rules/<id>/<id>.test.ts, so that
 * `npx vitest run rules/<id>` runs one rule; this checks that no rule is left without them.
 */
test('every rule has its test file, which runs its doc examples and fixtures', () => {
  const missing = rules
    .map((rule) => rule.meta.id)
    .filter((id) => {
      const file = join(root, 'rules', id, `${id}.test.ts`);
      return !existsSync(file) || !readFileSync(file, 'utf8').includes(`ruleSuite('${id}')`);
    });
  expect(missing).toEqual([]);
});
