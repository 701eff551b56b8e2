import type { Format } from './diagnostic.js';
import type { ParsedSource } from './document.js';
import { decodeText, InputError, looksBinary, type Encoding } from './parse/decode.js';
import { parseMarkdown } from './parse/markdown.js';
import { parseText } from './parse/text.js';

export interface Loaded {
  parsed: ParsedSource;
  encoding?: Encoding;
}

/** Turns a file's bytes into a ParsedSource. Throws InputError with a one-line reason for bad input. */
export async function parseBytes(bytes: Uint8Array, format: Format): Promise<Loaded> {
  if (format === 'docx' || format === 'html') {
    throw new InputError(`${format.toUpperCase()} input is not supported yet`);
  }
  if (looksBinary(bytes)) throw new InputError('this is not a text file (it holds binary data)');
  const { text, encoding } = decodeText(bytes);
  const parsed = format === 'markdown' ? parseMarkdown(text) : parseText(text);
  return { parsed, encoding };
}
