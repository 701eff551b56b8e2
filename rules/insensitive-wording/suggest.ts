import type { Suggestion } from '../../src/model/diagnostic.js';
import type { Doc } from '../../src/model/document.js';
import { matchCase } from '../../src/kit/text-case.js';

/** Pronouns that take the place of a pair exactly (“his/her” → “their”); other replacements change the meaning. */
const pronouns = new Set(['their', 'them', 'themselves']);

/** Words after which “they” needs no change of verb: “he/she will” → “they will”, but “he/she is” → “they are”. */
const sameVerbAfter = /^\s{1,3}(?:will|would|can|could|may|might|must|should|shall|did|had)\b/i;

/**
 * The suggestion for one of widen's own phrases: its replacement in the writer's capitals.
 * “his/her” → “their” and “him/her” → “them” fit any sentence, so they are safe to apply; “he/she”
 * → “they” is safe only before a verb that does not change (“he/she will” → “they will”).
 */
export function extraSuggestion(
  doc: Doc,
  extra: { instead: string; replacements?: Readonly<Record<string, string>> },
  written: string,
  start: number,
  end: number,
): Suggestion {
  const replacement = extra.replacements?.[written];
  if (!replacement) return { text: extra.instead, replacement: null, safe: false };
  const text = matchCase(replacement, doc.slice(start, end));
  const safe = replacement === 'they' ? sameVerbAfter.test(doc.slice(end, end + 12)) : pronouns.has(replacement);
  return { text: `${extra.instead}: “${text}”`, replacement: text, safe };
}
