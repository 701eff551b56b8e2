import type { Format } from '../model/diagnostic.js';
import type { ParsedSource } from '../model/document.js';
import { binaryReason, decodeHtml, decodeText, fallbackWarning, fellBack, looksBinary, type Encoding } from './decode.js';
import { InputError } from '../io/limits.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';

export interface Loaded {
  parsed: ParsedSource;
  /** How a text file was stored (absent for DOCX, and for a page in a charset widen cannot write back). */
  encoding?: Encoding;
}

export interface LoadOptions {
  /** HTML: lint the whole page even when it has a `<main>`. */
  wholePage?: boolean;
  /** DOCX: refuse a document whose text parts would unpack to more than this (default 50 MB). */
  maxDocxBytes?: number;
}

/** Turns a file's bytes into a ParsedSource. Throws InputError with a one-line reason for bad input. */
export async function parseBytes(bytes: Uint8Array, format: Format, options: LoadOptions = {}): Promise<Loaded> {
  if (format === 'docx') {
    // mammoth is large: load it only when a Word document is linted.
    const { parseDocx } = await import('./docx.js');
    return { parsed: await parseDocx(bytes, options.maxDocxBytes === undefined ? {} : { maxDocxBytes: options.maxDocxBytes }) };
  }
  if (looksBinary(bytes)) throw new InputError(binaryReason(bytes));
  if (format === 'html') {
    const { text, encoding, warning } = decodeHtml(bytes);
    const { parseHtml } = await import('./html.js');
    const parsed = parseHtml(text, options.wholePage ? { wholePage: true } : {});
    if (warning) parsed.warnings = [warning, ...(parsed.warnings ?? [])];
    return encoding ? { parsed, encoding } : { parsed };
  }
  const { text, encoding } = decodeText(bytes);
  const parsed = format === 'markdown' ? parseMarkdown(text) : parseText(text);
  if (fellBack(encoding)) parsed.warnings = [fallbackWarning, ...(parsed.warnings ?? [])];
  return { parsed, encoding };
}
