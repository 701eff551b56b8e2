import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import type { Diagnostic, Format, Profile } from '../src/model/diagnostic.js';
import { formatOf } from '../src/run/discover.js';
import { lintWithRule, root } from './helpers/lint.js';

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

/**
 * One harness for every rule's fixtures (rules/<id>/fixtures/): `valid*` files must give no
 * finding from the rule, `invalid*` at least one, and every non-valid fixture has a readable
 * `.out` snapshot beside it. A sibling `<name>.json` may hold `{ "profile": "event" }`.
 */
for (const rule of rules) {
  const folder = join(root, 'rules', rule.meta.id, 'fixtures');
  if (!existsSync(folder)) continue;
  describe(`${rule.meta.id} fixtures`, () => {
    for (const name of readdirSync(folder).sort()) {
      const format = formatOf(name) as Format | undefined;
      if (!format || name.endsWith('.out')) continue;
      test(name, async () => {
        const path = join(folder, name);
        const settingsPath = path.replace(/\.[a-z]+$/, '.json');
        const settings = existsSync(settingsPath) ? (JSON.parse(readFileSync(settingsPath, 'utf8')) as { profile?: Profile }) : {};
        const text = readFileSync(path, 'utf8');
        const result = await lintWithRule(rule.meta.id, text, { format, path, ...(settings.profile ? { profile: settings.profile } : {}) });
        const own = result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
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
