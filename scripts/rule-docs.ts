import type { Rule } from '../src/model/rule.js';

/** The generated part of a rule doc, from its metadata. */
export function renderMeta(rule: Rule<any>): string {
  const { meta } = rule;
  const options = Object.keys(meta.defaultOptions).map((key) => `\`${key}\``).join(', ') || 'none';
  return [
    `${meta.description}.`,
    '',
    '| Category | Default severity | Profiles | Fix | Options |',
    '|---|---|---|---|---|',
    `| ${meta.category} | ${meta.severity} | ${meta.profiles.join(', ')} | ${meta.fixable ? 'safe fixes' : 'suggestions only'} | ${options} |`,
  ].join('\n');
}

/** Rewrites the text between `<!-- name:start … -->` and `<!-- name:end -->`. */
export function replaceSection(doc: string, name: string, body: string): string {
  const start = new RegExp(`(<!-- ${name}:start[^>]*-->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  return doc.replace(start, (_, open: string, close: string) => `${open}\n${body}\n${close}`);
}

/** A rule doc with its generated sections brought up to date. */
export function updateRuleDoc(doc: string, rule: Rule<any>, extra: Record<string, string> = {}): string {
  let out = replaceSection(doc, 'meta', renderMeta(rule));
  for (const [name, body] of Object.entries(extra)) out = replaceSection(out, name, body);
  return out;
}
