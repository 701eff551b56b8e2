import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../io/package-root.js';
import type { Rule } from '../model/rule.js';
import { docsPath } from '../model/rule.js';


/** One line per rule: id, category, default severity, description. */
export function listRules(rules: readonly Rule<any>[]): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const categoryWidth = Math.max(...rules.map((rule) => rule.meta.category.length));
  return `${rules
    .map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.category.padEnd(categoryWidth)}  ${rule.meta.severity.padEnd(7)}  ${rule.meta.description}`)
    .join('\n')}\n`;
}

/** The rule's documentation page, or undefined for an unknown id. */
export function explainRule(rules: readonly Rule<any>[], id: string): string | undefined {
  const rule = rules.find((candidate) => candidate.meta.id === id);
  if (!rule) return undefined;
  return readFileSync(join(packageRoot, docsPath(rule.meta.id)), 'utf8');
}
