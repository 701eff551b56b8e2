import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { requirements } from '../rules/missing-information/requirements.js';
import { configSchema } from '../src/config/schema.js';
import { updateRuleDoc } from './rule-docs.js';
import { packageRoot } from '../src/io/package-root.js';
import { docsPath } from '../src/model/rule.js';

/** Every generated file, path → expected content. `npm run build:docs` writes them; a test checks them. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('schemas/widen.config.schema.json', `${JSON.stringify(configSchema(rules), null, 2)}\n`);
  for (const rule of rules) {
    const path = docsPath(rule.meta.id);
    const current = readFileSync(join(packageRoot, path), 'utf8');
    const extra: Record<string, string> = {};
    if (rule.meta.id === 'missing-information') extra.requirements = requirementsTable();
    files.set(path, updateRuleDoc(current, rule, extra));
  }
  return files;
}

function requirementsTable(): string {
  const rows = requirements.map(
    (requirement) =>
      `| \`${requirement.id}\` | ${requirement.profiles.join(', ')} | ${requirement.severity} | ${requirement.why.replace(/\|/g, '\\|')} | ${requirement.sentence.replace(/\|/g, '\\|')} |`,
  );
  return ['| Requirement | Profiles | Severity | Why it matters | Sentence to add |', '|---|---|---|---|---|', ...rows].join('\n');
}
