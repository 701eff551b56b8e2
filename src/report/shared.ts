import type { FileResult } from '../diagnostic.js';

/** What every reporter is given besides the results. */
export interface ReportContext {
  /** Use ANSI colour (stylish only). */
  color: boolean;
  /** widen's version, for formats that name the tool. */
  version: string;
}

export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
