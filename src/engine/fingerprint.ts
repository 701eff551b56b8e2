import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/diagnostic.js';

/**
 * Stable fingerprints for a file's findings: rule, requirement, normalised excerpt and the
 * occurrence number among findings with the same three. Line numbers are left out, so an
 * edit elsewhere in the document does not change them. Used by reviews and baselines.
 */
export function fingerprintAll(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const key = `${diagnostic.ruleId}\u0000${diagnostic.requirement ?? ''}\u0000${normaliseExcerpt(diagnostic.excerpt)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 16);
  });
}

/** Lower case with runs of white space as one space, so re-wrapping a line keeps the fingerprint. */
export function normaliseExcerpt(excerpt: string): string {
  return excerpt.toLowerCase().replace(/\s+/g, ' ').trim();
}
