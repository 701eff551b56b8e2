import type { DisableDirective } from '../model/document.js';

/** Reads `<!-- widen-disable rule-a, rule-b -->`, `<!-- widen-enable -->` and `<!-- widen-disable-next-line rule -->`. */
export function parseDirective(html: string): Omit<DisableDirective, 'offset'> | undefined {
  const match = /^<!--\s*widen-(disable-next-line|disable|enable)\b([^>]*?)-->\s*$/.exec(html.trim());
  if (!match) return undefined;
  const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
  return { kind: match[1] as DisableDirective['kind'], rules };
}
