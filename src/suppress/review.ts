import { readFileSync } from 'node:fs';
import { maxSuppressBytes, readTextCapped } from '../io/read.js';
import { join, resolve } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { Decision, Diagnostic, FileResult, ReviewDecision } from '../model/diagnostic.js';
import { packageRoot } from '../io/package-root.js';

/** One reviewer's decision on one finding, as the HTML report exports it. */
export interface ReviewEntry {
  /** The document, as the report names it. */
  path: string;
  fingerprint: string;
  ruleId: string;
  requirement?: string;
  excerpt: string;
  message?: string;
  decision: Decision;
  comment: string;
  reviewer: string;
  date: string;
}

/** A review file (schemas/widen-review.schema.json). */
export interface ReviewFile {
  version: 1;
  tool?: 'widen';
  reportId?: string;
  exported?: string;
  decisions: ReviewEntry[];
}

/** A review file that cannot be read or is not valid; the message names the file and the key. */
export class ReviewError extends Error {}

let validator: ReturnType<Ajv2020['compile']> | undefined;

function validate(data: unknown): ErrorObject | undefined {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'schemas', 'widen-review.schema.json'), 'utf8')) as object;
    validator = new Ajv2020({ strict: false }).compile(schema);
  }
  return validator(data) ? undefined : (validator.errors?.[0] ?? ({ instancePath: '', message: 'invalid' } as ErrorObject));
}

/** Reads and validates a review file. Throws ReviewError with a one-line reason. */
export function readReview(path: string): ReviewFile {
  let text: string;
  try {
    text = readTextCapped(path, { maxBytes: maxSuppressBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReviewError(`${path}: cannot read the review file${code ? ` (${code})` : `: ${(error as Error).message}`}`);
  }
  return parseReview(text, path);
}

/** Validates the text of a review file; `name` is used in error messages. */
export function parseReview(text: string, name = 'review'): ReviewFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReviewError(`${name}: the review file is not valid JSON: ${(error as Error).message}`);
  }
  const error = validate(data);
  if (error) {
    const key = error.instancePath.split('/').filter(Boolean).join('.') || '(top level)';
    const detail =
      error.keyword === 'additionalProperties'
        ? `unknown key "${String((error.params as { additionalProperty: string }).additionalProperty)}"`
        : error.keyword === 'enum'
          ? `expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
          : (error.message ?? 'invalid value');
    throw new ReviewError(`${name}: ${key}: ${detail}`);
  }
  return data as ReviewFile;
}

/** What applying a review did. */
export interface AppliedReview {
  results: FileResult[];
  /** Decisions about a linted document whose finding is no longer there (the text changed). */
  unmatched: ReviewEntry[];
}

/**
 * Applies a review to lint results. A finding's latest decision (by date) counts: disagree moves
 * it from `diagnostics` to `reviewed`; agree and discuss stay as findings with `review` attached.
 * Paths match when they name the same file from the current folder.
 */
export function applyReview(results: readonly FileResult[], review: ReviewFile): AppliedReview {
  const latest = new Map<string, ReviewEntry>();
  const ordered = review.decisions.map((entry, order) => ({ entry, order }));
  ordered.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.order - b.order));
  for (const { entry } of ordered) latest.set(key(entry.path, entry.fingerprint, entry.ruleId), entry);

  const used = new Set<string>();
  const linted = new Set(results.map((result) => samePath(result.path)));
  const applied = results.map((result) => {
    if (result.error) return result;
    const diagnostics: Diagnostic[] = [];
    const reviewed: NonNullable<FileResult['reviewed']> = [...(result.reviewed ?? [])];
    for (const diagnostic of result.diagnostics) {
      const id = key(result.path, diagnostic.fingerprint, diagnostic.ruleId);
      const entry = latest.get(id);
      if (!entry) {
        diagnostics.push(diagnostic);
        continue;
      }
      used.add(id);
      const decision: ReviewDecision = { decision: entry.decision, reviewer: entry.reviewer, comment: entry.comment, date: entry.date };
      if (entry.decision === 'disagree') reviewed.push({ ...diagnostic, review: decision });
      else diagnostics.push({ ...diagnostic, review: decision });
    }
    return { ...result, diagnostics, ...(reviewed.length ? { reviewed } : {}) };
  });
  const unmatched = [...latest.entries()]
    .filter(([id, entry]) => !used.has(id) && linted.has(samePath(entry.path)))
    .map(([, entry]) => entry);
  return { results: applied, unmatched };
}

function samePath(path: string): string {
  return path.startsWith('<') ? path : resolve(path);
}

function key(path: string, fingerprint: string, ruleId: string): string {
  return `${samePath(path)}\u0000${fingerprint}\u0000${ruleId}`;
}
