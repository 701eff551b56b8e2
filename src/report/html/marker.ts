/**
 * The mark every HTML report widen writes carries in its first few hundred bytes, so that widen
 * recognises its own reports and never lints them as documents.
 */
export function reportMarker(version: string): string {
  return `<meta name="generator" content="widen ${version.replace(/[^\w.+-]/g, '')} co-review report">`;
}

/** How far into a file the mark is looked for. */
const headBytes = 1024;

/** “widen 1.2.3 co-review report” when the bytes start like a report widen wrote, else undefined. */
export function readReportMarker(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, headBytes));
  return /^\uFEFF?<!doctype html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8">\s*<meta name="generator" content="(widen [\w.+-]+ co-review report)">/i.exec(head)?.[1];
}
