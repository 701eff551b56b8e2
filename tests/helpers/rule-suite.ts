import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import type { Diagnostic, Format, Profile } from '../../src/model/diagnostic.js';
import { docsPath } from '../../src/model/rule.js';
import { formatOf } from '../../src/run/discover.js';
import { lintWithRule, root } from './lint.js';

/**
 * One rule's tests, from its folder: the ```md invalid / ```md valid examples of its doc page, and
 * its fixtures (rules/<id>/fixtures/). Each rule's `rules/<id>/<id>.test.ts` calls this, so
 * `npx vitest run rules/<id>` runs that rule alone.
 */
export function ruleSuite(id: string): void {
  const rule = rules.find((candidate) => candidate.meta.id === id);
  if (!rule) throw new Error(`no rule ${id} in rules/index.ts`);
  describe(`${id} doc examples`, () => {
    const cases = examples(readFileSync(join(root, docsPath(id)), 'utf8'));
    test('has invalid and valid examples', () => {
      expect(cases.some((example) => example.kind === 'invalid')).toBe(true);
      expect(cases.some((example) => example.kind === 'valid')).toBe(true);
    });
    cases.forEach((example, index) => {
      test(`example ${index + 1} (${example.kind})`, async () => {
        const result = await lintWithRule(id, example.text, { format: example.format, ...(example.profile ? { profile: example.profile } : {}) });
        const found = result.diagnostics.map((d) => `${d.ruleId}: ${d.message}`);
        if (example.kind === 'valid') expect(found).toEqual([]);
        else expect(found, example.text).toHaveLength(1);
      });
    });
  });
  const folder = join(root, 'rules', id, 'fixtures');
  if (!existsSync(folder)) return;
  // `valid*` files give no finding from the rule, `invalid*` at least one, and every non-valid
  // fixture has a readable `.out` snapshot beside it. A sibling `<name>.json` may hold `{ "profile": "event" }`.
  describe(`${id} fixtures`, () => {
    for (const name of readdirSync(folder).sort()) {
      const format = formatOf(name) as Format | undefined;
      if (!format || name.endsWith('.out')) continue;
      test(name, async () => {
        const path = join(folder, name);
        const settingsPath = path.replace(/\.[a-z]+$/, '.json');
        const settings = existsSync(settingsPath) ? (JSON.parse(readFileSync(settingsPath, 'utf8')) as { profile?: Profile }) : {};
        const result = await lintWithRule(id, readFileSync(path, 'utf8'), { format, path, ...(settings.profile ? { profile: settings.profile } : {}) });
        const own = result.diagnostics.filter((d) => d.ruleId === id);
        if (name.startsWith('valid')) {
          expect(formatFindings(own)).toBe('\n');
          return;
        }
        if (name.startsWith('invalid')) expect(own.length).toBeGreaterThan(0);
        await expect(formatFindings(own)).toMatchFileSnapshot(`${path}.out`);
      });
    }
  });
}

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

/** The readable `.out` form of a fixture's findings: one line each, suggestions indented. */
export function formatFindings(diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    const l = d.location;
    const where = d.excerpt === '' ? 'document' : l.line !== undefined ? `${l.line}:${l.column}-${l.endLine}:${l.endColumn}` : `¶${l.block}`;
    lines.push(`${where}  ${d.severity}  ${d.message}  ${d.ruleId}${d.requirement ? ` (${d.requirement})` : ''}`);
    for (const s of d.suggestions) lines.push(`  suggestion${s.safe ? ' (safe)' : ''}: ${s.text}${s.replacement !== null ? ` → ${JSON.stringify(s.replacement)}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
