import type { Audience, RequirementStatus } from '../../model/diagnostic.js';
import type { Doc } from '../../model/document.js';
import { judgeUnit, type Concept } from './concept.js';
import { concepts } from './concepts.js';
import { requirementUnits, type Unit } from './units.js';

/** A requirement's state in source offsets; the engine turns the offsets into a location. */
export interface Judgement {
  id: string;
  status: RequirementStatus;
  /** The sentence that meets (or declines) it. */
  unit?: Unit;
}

/**
 * Judges each requirement on the document's sentences: met by the first sentence that meets it,
 * else declined by the first that declines it, else missing; `ignore`d ones are off, and ones
 * that do not fit the document not-applicable. One pass over the sentences per requirement, once
 * per document and audience: the rule's findings, the checklist and the key facts all ask.
 */
export function judgeRequirements(doc: Doc, ids: readonly string[], options: { audience: Audience; ignore?: readonly string[] }): Judgement[] {
  let known = judgedBefore.get(doc);
  if (!known) judgedBefore.set(doc, (known = new Map()));
  return ids.map((id): Judgement => {
    if (options.ignore?.includes(id)) return { id, status: 'off' };
    const key = `${options.audience}\0${id}`;
    let judgement = known.get(key);
    if (!judgement) known.set(key, (judgement = judge(doc, id, options.audience)));
    return judgement;
  });
}

const judgedBefore = new WeakMap<Doc, Map<string, Judgement>>();

function judge(doc: Doc, id: string, audience: Audience): Judgement {
  const units = requirementUnits(doc);
  const concept = concepts.get(id);
  if (!concept) throw new Error(`no concept defines the requirement “${id}”`);
  if (concept.applies && !concept.applies(doc, units, audience)) return { id, status: 'not-applicable' };
  let declined: Unit | undefined;
  for (const unit of units) {
    const verdict = judgeUnit(concept, unit);
    if (verdict === 'met') return { id, status: 'met', unit: evidenceOf(concept, unit) };
    if (verdict === 'declined') declined ??= unit;
  }
  if (declined) return { id, status: 'declined', unit: declined };
  const found = concept.inSource ? inSource(doc, concept.inSource) : undefined;
  return found ? { id, status: 'met', unit: found } : { id, status: 'missing' };
}

/** The sentence that met it, with the one before when it met only with it (a name above its number). */
function evidenceOf(concept: Concept, unit: Unit): Unit {
  if (!concept.withPrevious || unit.previous === undefined || unit.previousStart === undefined) return unit;
  const { previous, previousStart, ...alone } = unit;
  if (judgeUnit(concept, alone) === 'met') return unit;
  return { ...alone, text: `${previous} ${unit.text}`, start: previousStart };
}

/** The first match in the source as a unit, widened to the run of non-space characters around it. */
function inSource(doc: Doc, pattern: RegExp): Unit | undefined {
  const match = pattern.exec(doc.source);
  if (!match) return undefined;
  const token = /[^\s<>"'(),;:]/;
  let start = match.index;
  let end = match.index + match[0].length;
  while (start > 0 && match.index - start < 64 && token.test(doc.source[start - 1]!)) start--;
  while (end < doc.source.length && end - match.index < 320 && token.test(doc.source[end]!)) end++;
  return { text: doc.source.slice(start, end).replace(/^mailto:/i, '').replace(/[.]+$/, ''), start, end, block: doc.blockAt(start)?.index ?? 0 };
}
