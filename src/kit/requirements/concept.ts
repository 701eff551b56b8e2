import type { Audience, Profile } from '../../model/diagnostic.js';
import type { Doc } from '../../model/document.js';
import type { Unit } from './units.js';

/**
 * One requirement, declaratively: the words that name it, the context that must come with them
 * in the same sentence, the contexts that rule them out, and the ways of saying no. Every
 * pattern is tried on one sentence at a time and is bounded (no unbounded repeat next to another
 * that can match the same characters), so judging a document stays linear in its length.
 */
export interface Concept {
  id: string;
  /** Words that meet it on their own (“Access to Work”, “reasonable adjustments … interview”). */
  names: readonly RegExp[];
  /** Words that meet it only with one of `offer` in the same sentence (“interpreter” + “your interview”). */
  weakNames?: readonly RegExp[];
  /** The context a weak name needs: an offer to the applicant, a pay unit, a date. */
  offer?: readonly RegExp[];
  /** Any of these in the sentence rules it out: a duty of the job, staff of the service, another purpose of money. */
  unless?: readonly RegExp[];
  /** Any of these within `nearChars` of the name rules that occurrence out (“the associated fee of £40”). */
  unlessNear?: readonly RegExp[];
  /** The sentence answers with a no: “No part time or job share”, “We cannot sponsor visas”. */
  declined?: readonly RegExp[];
  /** A label (heading, table cell, “Closing date:”) that names it; the sentence after it needs `labelValue`. */
  label?: RegExp;
  labelValue?: RegExp;
  /** Judge each sentence together with a short one before it in the block before (a name above its number). */
  withPrevious?: boolean;
  /**
   * Looked for in the source when no sentence meets it: an email address alone in a block, which
   * the prose leaves out. The match (widened to the whole address) is the evidence.
   */
  inSource?: RegExp;
  /** Whether it fits this document at all (default: yes): a quiet hour does not fit an online event. */
  applies?: (doc: Doc, units: readonly Unit[], audience: Audience) => boolean;
  /** Profiles whose documents it is judged for (default: every profile that lists it). */
  profiles?: readonly Profile[];
}

export type Verdict = 'met' | 'declined' | undefined;

/** Characters either side of a name that `unlessNear` looks at. */
export const nearChars = 50;

/** Whether a sentence meets a concept, declines it, or neither. */
export function judgeUnit(concept: Concept, unit: Unit): Verdict {
  const text = concept.withPrevious && unit.previous ? `${unit.previous} ${unit.text}` : unit.text;
  if (concept.label && unit.label && concept.label.test(unit.label) && (!concept.labelValue || concept.labelValue.test(text))) return 'met';
  if (concept.declined?.some((pattern) => pattern.test(text))) return 'declined';
  if (concept.unless?.some((pattern) => pattern.test(text))) return undefined;
  if (namedIn(concept.names, concept, text)) return 'met';
  if (concept.weakNames && concept.offer?.some((pattern) => pattern.test(text)) && namedIn(concept.weakNames, concept, text)) return 'met';
  return undefined;
}

/** Whether one of the patterns names the concept somewhere not ruled out by the words near it. */
function namedIn(patterns: readonly RegExp[], concept: Concept, text: string): boolean {
  for (const pattern of patterns) {
    if (!concept.unlessNear) {
      if (pattern.test(text)) return true;
      continue;
    }
    const global = globalOf(pattern);
    global.lastIndex = 0;
    for (let match = global.exec(text); match; match = global.exec(text)) {
      const around = text.slice(Math.max(0, match.index - nearChars), match.index + match[0].length + nearChars);
      if (!concept.unlessNear.some((near) => near.test(around))) return true;
      if (match[0].length === 0) global.lastIndex++;
    }
  }
  return false;
}

/** A global copy of each pattern, made once, to walk every match of a name. */
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  return global;
}
