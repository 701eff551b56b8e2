import { UsageError } from '../../io/limits.js';

/**
 * The most documents one page holds. Past this a browser takes too long to open it (300 open in
 * about 1.5 s on a busy two-CPU machine, 1,000 in about 5 s; see the benchmark's “HTML report”
 * figures) and the page is tens of megabytes; the CLI refuses such a run before linting, with a
 * line saying how to split it.
 */
export const maxReportDocuments = 1000;
/** The most characters one page may have (a JavaScript string stops at 2^29; a browser chokes long before). */
export const maxReportChars = 200 * 1024 * 1024;

/** The HTML report cannot be one page: too many documents, or too large. */
export class ReportTooLargeError extends UsageError {}

/** The refusal for a run of `count` documents, or nothing when one page can hold them. */
export function checkReportDocuments(count: number): void {
  if (count <= maxReportDocuments) return;
  const parts = Math.ceil(count / (maxReportDocuments / 2));
  throw new ReportTooLargeError(
    `${count.toLocaleString('en-GB')} documents are too many for one HTML report (it holds at most ${maxReportDocuments.toLocaleString('en-GB')}); lint them in parts, a folder at a time, or with --shard 1/${parts} to --shard ${parts}/${parts}, each with its own --output (--format json has no limit)`,
  );
}
