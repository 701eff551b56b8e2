import { createRequire } from 'node:module';

/**
 * an-array-of-english-words' 275,000 words as one string, a word a line, sorted, with a newline
 * before the first and after the last: one 3 MB string, where the array is 275,000 strings
 * (15 MB of each thread's heap, and 50 ms to parse). The bundle replaces this module with one
 * that reads dist/src/english-words.txt, which scripts/build.mjs writes in this form.
 */
export function englishWordLines(): string {
  return `\n${(createRequire(import.meta.url)('an-array-of-english-words') as string[]).join('\n')}\n`;
}
