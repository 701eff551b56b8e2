import type { Category, FileResult } from '../model/diagnostic.js';
import type { Doc } from '../model/document.js';
import type { Encoding } from '../load/decode.js';
import { LimitError } from '../io/limits.js';
import { unifiedDiff } from './diff.js';
import { applyEditsToBytes, composeEdits, encodable, FileChangedError, planFixes, proseOnly, removeStaleTemporaries, writeAtomically, type Edit, type WriteHooks } from './fix.js';

/** What `--fix` or `--fix-dry-run` asks of a file. */
export interface FixRequest {
  /** Work out the fixes and the diff, but write nothing (`--fix-dry-run`). */
  dryRun?: boolean;
  /** Only fix findings of these categories (`--fix-category`); all when empty. */
  categories?: readonly Category[];
  /** For tests: called between writing the temporary file and renaming it over the original. */
  hooks?: WriteHooks;
}

/** What `--fix` did to one file. */
export interface FixOutcome {
  /** How many fixes were applied (or would be), in all and by rule id. */
  count: number;
  byRule: Record<string, number>;
  /** The changes as a unified diff; empty when there are none. */
  diff: string;
  /** The changes as edits of the text as it was read (decoded), in order. */
  edits: Edit[];
  /** Why the fixes could not be written (the file changed on disk, it could not be written): exit code 2. */
  error?: string;
  /** Why some or all safe fixes were left (a Word document, a charset widen cannot write, markup in the words). */
  note?: string;
}

/** A document as read, with the findings that count (after review and baseline). */
export interface Linted {
  doc: Doc;
  encoding?: Encoding;
  result: FileResult;
}

export const wordNote = 'widen never changes Word documents: make the suggested changes in Word (the report lists them)';

/**
 * Passes at most: each pass fixes what the last lint found (at most 1,000 findings a rule), and a
 * fix can make a new safe finding (an old name replaced by an abbreviation that then needs
 * spelling out). The time limit stops the loop long before this on a huge file.
 */
const maxPasses = 50;

/**
 * Fixes one linted file: plans the safe edits of its findings, splices them into the original
 * bytes, lints the new bytes again through `relint` (the same reading, rules, limits, review and
 * baseline as the first lint) and repeats until nothing is left, then writes the file atomically
 * (unless `dryRun`). Returns the outcome and the findings that remain. Never throws but for the
 * time limit (which `relint` enforces).
 */
export async function fixLinted(
  path: string,
  bytes: Uint8Array,
  first: Linted,
  relint: (bytes: Uint8Array) => Promise<Linted>,
  request: FixRequest = {},
): Promise<{ outcome: FixOutcome; result: FileResult }> {
  const none = (result: FileResult, extra: Pick<FixOutcome, 'error' | 'note'> = {}) => ({ outcome: { count: 0, byRule: {}, diff: '', edits: [], ...extra }, result });
  if (planFixes(first.result.diagnostics, first.doc.format, request).length === 0) return none(first.result);
  if (first.doc.format === 'docx') return none(first.result, { note: wordNote });
  const { encoding } = first;
  if (!encoding) return none(first.result, { note: 'not fixed: widen cannot write text back in the charset this page declares (save it as UTF-8 to let widen fix it)' });
  if (!request.dryRun) removeStaleTemporaries(path);
  const originalText = first.doc.source;
  let current = first;
  let fixed = bytes;
  let composed: Edit[] = [];
  const byRule: Record<string, number> = {};
  let count = 0;
  // Safe fixes left for a person, as the last pass found them: counted so the note can say why.
  let unwritable = 0;
  let notProse = 0;
  let left = 0;
  let unmatched = 0;
  for (let pass = 0; ; pass++) {
    const text = current.doc.source;
    const planned = planFixes(current.result.diagnostics, current.doc.format, request).filter((edit) => text.slice(edit.start, edit.end) === edit.excerpt);
    const writable = planned.filter((edit) => encodable(edit.text, encoding));
    const { kept: edits, dropped } = proseOnly(writable, current.doc);
    unwritable = planned.length - writable.length;
    notProse = dropped.length;
    if (edits.length === 0) break;
    if (pass === maxPasses) {
      left = edits.length;
      break;
    }
    const next = applyEditsToBytes(fixed, text, encoding, edits);
    if (!next) {
      // The decoded text and the bytes disagree: splicing could land a fix in the wrong place.
      unmatched = edits.length;
      break;
    }
    fixed = next;
    composed = composeEdits(originalText, composed, edits);
    for (const edit of edits) byRule[edit.ruleId] = (byRule[edit.ruleId] ?? 0) + 1;
    count += edits.length;
    try {
      current = await relint(fixed);
    } catch (error) {
      if (error instanceof LimitError) throw error;
      return none(first.result, { error: `could not fix it: the fixed text could not be read back (${(error as Error).message})` });
    }
  }
  const notes = [
    ...(unwritable > 0 ? [`${unwritable === 1 ? 'a safe fix was' : `${unwritable} safe fixes were`} left out: the replacement cannot be written in ${encoding.name}`] : []),
    ...(notProse > 0 ? [`${notProse === 1 ? 'a safe fix was' : `${notProse} safe fixes were`} left for you: the words run over markup or a line break`] : []),
    ...(unmatched > 0 ? [`${unmatched === 1 ? 'a safe fix was' : `${unmatched} safe fixes were`} left out: widen could not match the text it read to the file's bytes, so it did not risk writing them`] : []),
    ...(left > 0 ? [`${left === 1 ? 'a safe fix is' : `${left} safe fixes are`} still to do: run widen --fix again`] : []),
  ];
  const note = notes.length ? notes.join('; ') : undefined;
  const outcome: FixOutcome = { count, byRule, diff: unifiedDiff(path, originalText, composed), edits: composed, ...(note ? { note } : {}) };
  if (count === 0 || request.dryRun) return { outcome, result: current.result };
  try {
    writeAtomically(path, fixed, bytes, request.hooks);
  } catch (error) {
    const reason = error instanceof FileChangedError ? error.message : `could not write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    return none(first.result, { error: reason });
  }
  return { outcome, result: current.result };
}
