import { ruleDoc, type Rule } from '../index.js';

/** One line per rule: id, category, default severity, description. */
export function listRules(rules: readonly Rule<any>[]): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const categoryWidth = Math.max(...rules.map((rule) => rule.meta.category.length));
  return `${rules
    .map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.category.padEnd(categoryWidth)}  ${rule.meta.severity.padEnd(7)}  ${rule.meta.description}`)
    .join('\n')}\n`;
}

/** The rule's documentation page, or undefined for an unknown id. */
export function explainRule(id: string): string | undefined {
  return ruleDoc(id);
}
