import { readFileSync } from 'node:fs';
import { rules as allRules } from '../../rules/index.js';
import type { Category, FileResult } from '../model/diagnostic.js';
import type { ParsedSource } from '../model/document.js';
import { unifiedDiff } from './diff.js';
import { lintParsed } from '../engine/engine.js';
import { applyEditsToBytes, composeEdits, encodable, FileChangedError, planFixes, proseOnly, removeStaleTemporaries, writeAtomically, type Edit, type WriteHooks } from './fix.js';
import { parseBytes, type Loaded } from '../load/load.js';
import { InputError } from '../io/limits.js';
import { readError, type FileSettings } from '../run/lint-file.js';

export interface FixFileOptions {
  /** Only fix findings of these categories (`--fix-category`); all when empty. */
  categories?: readonly Category[];
  /** Work out the fixes and the diff, but write nothing (`--fix-dry-run`). */
  dryRun?: boolean;
  /** What the report leaves out of a result (review decisions, a baseline), applied to each lint of the file, so those findings are not fixed. */
  filter?: (result: FileResult) => FileResult;
  /** For tests: called between writing the temporary file and renaming it over the original. */
  hooks?: WriteHooks;
}

/** What `--fix` did to one file. */
export interface FixOutcome {
  path: string;
  /** The findings that remain after the fixes (for a dry run, that would remain). */
  result: FileResult;
  /** How many fixes were applied (or would be), in all and by rule id. */
  count: number;
  byRule: Record<string, number>;
  /** The changes as a unified diff; empty when there are none. */
  diff: string;
  /** The changes as edits of the text as it was read (decoded), in order. */
  edits: Edit[];
  /** Why the fixes could not be written (the file changed on disk, it could not be read): exit code 2. */
  error?: string;
  /** Why the file was left alone although it has safe fixes (a Word document, a charset widen cannot write). */
  note?: string;
}

/**
 * A fix that makes a new safe finding (an old name replaced by an abbreviation that then needs
 * spelling out) is followed by another pass, so that a second `--fix` has nothing left to do.
 */
const maxPasses = 5;

/**
 * Fixes the safe findings of linted files: each result that has a safe suggestion is read
 * again, linted again from exactly those bytes, fixed and written back atomically. Results come
 * back in the order given; files with nothing to fix are left out.
 */
export async function fixResults(
  results: readonly FileResult[],
  settingsFor: (path: string) => FileSettings,
  options: FixFileOptions = {},
): Promise<FixOutcome[]> {
  const outcomes: FixOutcome[] = [];
  for (const result of results) {
    if (result.error || result.path === '<stdin>') continue;
    if (planFixes(result.diagnostics, result.format, options).length === 0) continue;
    if (result.format === 'docx') {
      outcomes.push({ path: result.path, result, count: 0, byRule: {}, diff: '', edits: [], note: wordNote });
      continue;
    }
    outcomes.push(await fixFile(result.path, settingsFor(result.path), options, result));
  }
  return outcomes;
}

export const wordNote = 'widen never changes Word documents: make the suggested changes in Word (the report lists them)';

/** Fixes one Markdown, text or HTML file in place (or, with `dryRun`, works out how). Never throws. */
export async function fixFile(path: string, settings: FileSettings, options: FixFileOptions = {}, before?: FileResult): Promise<FixOutcome> {
  const filter = options.filter ?? ((result: FileResult) => result);
  const unchanged = (result: FileResult, extra: Pick<FixOutcome, 'error' | 'note'>): FixOutcome => ({ path, result, count: 0, byRule: {}, diff: '', edits: [], ...extra });
  if (settings.format === 'docx') return unchanged(before ?? emptyResult(path, settings), { note: wordNote });
  if (!options.dryRun) removeStaleTemporaries(path);
  let bytes: Uint8Array;
  let loaded: Loaded;
  try {
    bytes = readFileSync(path);
    loaded = await parseBytes(bytes, settings.format, settings.load);
  } catch (error) {
    const reason = error instanceof InputError ? error.message : (error as NodeJS.ErrnoException).code ? readError(error) : String(error);
    return unchanged(before ?? emptyResult(path, settings), { error: `could not fix it: ${reason}` });
  }
  const original = bytes;
  const originalText = loaded.parsed.source;
  let result = filter(lint(loaded, path, settings));
  const { encoding } = loaded;
  if (!encoding) {
    return unchanged(result, { note: 'not fixed: widen cannot write text back in the charset this page declares (save it as UTF-8 to let widen fix it)' });
  }
  let composed: Edit[] = [];
  const byRule: Record<string, number> = {};
  let count = 0;
  // Safe fixes left for a person, as the last pass found them: counted so the note can say why.
  let unwritable = 0;
  let notProse = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const text = loaded.parsed.source;
    const planned = planFixes(result.diagnostics, settings.format, options).filter((edit) => text.slice(edit.start, edit.end) === edit.excerpt);
    const writable = planned.filter((edit) => encodable(edit.text, encoding));
    const { kept: edits, dropped } = proseOnly(writable, loaded.parsed);
    unwritable = planned.length - writable.length;
    notProse = dropped.length;
    if (edits.length === 0) break;
    bytes = applyEditsToBytes(bytes, text, encoding, edits)!;
    composed = composeEdits(originalText, composed, edits);
    for (const edit of edits) byRule[edit.ruleId] = (byRule[edit.ruleId] ?? 0) + 1;
    count += edits.length;
    try {
      loaded = await parseBytes(bytes, settings.format, settings.load);
    } catch (error) {
      return unchanged(result, { error: `could not fix it: the fixed text could not be read back (${(error as Error).message})` });
    }
    result = filter(lint(loaded, path, settings));
  }
  const notes = [
    ...(unwritable > 0 ? [`${unwritable === 1 ? 'a safe fix was' : `${unwritable} safe fixes were`} left out: the replacement cannot be written in ${encoding.name}`] : []),
    ...(notProse > 0 ? [`${notProse === 1 ? 'a safe fix was' : `${notProse} safe fixes were`} left for you: the words run over markup or a line break`] : []),
  ];
  const note = notes.length ? notes.join('; ') : undefined;
  const outcome: FixOutcome = { path, result, count, byRule, diff: unifiedDiff(path, originalText, composed), edits: composed, ...(note ? { note } : {}) };
  if (count === 0 || options.dryRun) return outcome;
  try {
    writeAtomically(path, bytes, original, options.hooks);
  } catch (error) {
    const reason = error instanceof FileChangedError ? error.message : `could not write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    return { ...outcome, result: before ?? filter(lint(await parseBytes(original, settings.format, settings.load), path, settings)), count: 0, byRule: {}, diff: '', edits: [], error: reason };
  }
  return outcome;
}

function lint(loaded: Loaded, path: string, settings: FileSettings): FileResult {
  const parsed: ParsedSource = loaded.parsed;
  const result = lintParsed(parsed, path, allRules, settings.config, { includeBlocks: settings.includeBlocks });
  return {
    ...result,
    ...(parsed.note && !result.note ? { note: parsed.note } : {}),
    ...(parsed.warnings?.length ? { warnings: parsed.warnings } : {}),
  };
}

function emptyResult(path: string, settings: FileSettings): FileResult {
  return { path, format: settings.format, profile: 'advert', stats: { words: 0, sentences: 0, readingAge: null }, diagnostics: [] };
}
