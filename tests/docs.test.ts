import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { docsPath } from '../src/model/rule.js';
import type { Format, Profile } from '../src/model/diagnostic.js';
import { lintWithRule, root } from './helpers/lint.js';

interface Example {
  kind: 'valid' | 'invalid';
  format: Format;
  profile?: Profile;
  text: string;
}

const languages: Record<string, Format> = { md: 'markdown', txt: 'text', html: 'html' };

/** The ```md invalid / ```md valid blocks of a rule doc; `profile=event` may follow. */
export function examples(doc: string): Example[] {
  const found: Example[] = [];
  const block = /^```(md|txt|html) (valid|invalid)(?: profile=([a-z-]+))?\n([\s\S]*?)^```$/gm;
  for (let match = block.exec(doc); match; match = block.exec(doc)) {
    found.push({
      format: languages[match[1]!]!,
      kind: match[2] as Example['kind'],
      ...(match[3] ? { profile: match[3] as Profile } : {}),
      text: match[4]!,
    });
  }
  return found;
}

describe('rule docs are tests', () => {
  for (const rule of rules) {
    const doc = readFileSync(join(root, docsPath(rule.meta.id)), 'utf8');
    const cases = examples(doc);
    test(`${rule.meta.id} has invalid and valid examples`, () => {
      expect(cases.some((example) => example.kind === 'invalid')).toBe(true);
      expect(cases.some((example) => example.kind === 'valid')).toBe(true);
    });
    cases.forEach((example, index) => {
      test(`${rule.meta.id} example ${index + 1} (${example.kind})`, async () => {
        const result = await lintWithRule(rule.meta.id, example.text, { format: example.format, ...(example.profile ? { profile: example.profile } : {}) });
        const found = result.diagnostics.map((d) => `${d.ruleId}: ${d.message}`);
        if (example.kind === 'valid') expect(found).toEqual([]);
        else expect(found, example.text).toHaveLength(1);
      });
    });
  }
});
