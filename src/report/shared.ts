import type { FileResult, Profile, Severity } from '../model/diagnostic.js';
import type { RuleMeta } from '../model/rule.js';

/** What every reporter is given besides the results. */
export interface ReportContext {
  /** Use ANSI colour (stylish only). */
  color: boolean;
  /** widen's version, for formats that name the tool. */
  version: string;
  /** The requirement ids each profile checks, for the HTML report's checklist. */
  requirements?: ReadonlyArray<{ id: string; profiles: readonly Profile[] }>;
  /** Where widen's package is, relative to the report ("" or ending in "/"), for links to rule docs. */
  docsBase?: string;
  /** The reading age documents are compared with in the HTML report (default 11). */
  targetAge?: number;
  /** SARIF `automationDetails` category (`--sarif-category`, or one per `--shard`). */
  sarifCategory?: string;
  /** The lowest severity that fails the run (`--fail-on`, default error): JUnit failures follow it. */
  failOn?: Severity;
  /** Every rule's metadata, for SARIF's `tool.driver.rules`. */
  rules?: ReadonlyArray<RuleMeta<any>>;
}

export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
