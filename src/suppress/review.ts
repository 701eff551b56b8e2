import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxSuppressBytes, readTextCapped } from '../io/read.js';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { Decision, FileResult } from '../model/diagnostic.js';
import { packageRoot } from '../io/package-root.js';
import { Suppressor } from './suppress.js';
import { UsageError } from '../io/limits.js';

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
export class ReviewError extends UsageError {}

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
  const suppressor = new Suppressor(review);
  const applied = results.map((result) => suppressor.apply(result));
  return { results: applied, unmatched: suppressor.finish().unmatchedDecisions };
}
