import type { Format, Profile } from '../model/diagnostic.js';
import { profiles } from '../model/diagnostic.js';
import type { Doc, ParsedSource } from '../model/document.js';
import { binaryReason, decodeHtml, decodeText, fallbackWarning, fellBack, looksBinary, type Encoding } from './decode.js';
import { InputError } from '../io/limits.js';
import { parseMarkdown } from './markdown.js';
import { toDoc } from './prose.js';
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

/** A document ready for the rules, with what the reader noticed along the way. */
export interface LoadedDoc {
  doc: Doc;
  /** How a text file was stored, for `--fix` (absent for DOCX, and for a charset widen cannot write back). */
  encoding?: Encoding;
  /** Notes from the reader for `--verbose` (mammoth's warnings, an encoding guess). */
  warnings?: string[];
  /** A one-line remark that is not a failure (an XML entity ignored, deep nesting flattened). */
  note?: string;
}

/**
 * Reads a file's bytes into the Doc every rule sees. The document's own front matter
 * (`widen-profile:`) wins over `profile`, since the document knows what it is.
 * Throws InputError with a one-line reason for bad input.
 */
export async function loadDoc(bytes: Uint8Array, path: string, format: Format, options: LoadOptions & { profile?: Profile } = {}): Promise<LoadedDoc> {
  const { parsed, encoding } = await parseBytes(bytes, format, options);
  const doc = toDoc(parsed, path, chooseProfile(parsed, options.profile));
  return {
    doc,
    ...(encoding ? { encoding } : {}),
    ...(parsed.warnings?.length ? { warnings: parsed.warnings } : {}),
    ...(parsed.note ? { note: parsed.note } : {}),
  };
}

function chooseProfile(parsed: ParsedSource, fallback: Profile | undefined): Profile {
  const declared = parsed.frontMatter?.['widen-profile'];
  if (typeof declared === 'string' && (profiles as readonly string[]).includes(declared)) return declared as Profile;
  return fallback ?? 'advert';
}
