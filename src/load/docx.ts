import mammoth from 'mammoth';
import type { Element } from 'hast';
import type { ParsedSource } from '../model/document.js';
import { defaultLimits, docxTooLarge, InputError } from '../io/limits.js';
import { parseHtmlFragment, walkHtml, type HtmlBlock } from './html.js';
import { docxUnpackedSize, docxUnpackedSizeOfFile, inflateEntry, readZipDirectory, unreadParts, type ZipEntry } from './zip.js';

export { docxUnpackedSize, docxUnpackedSizeOfFile };

/** Default limit on what a Word document's parts may unpack to. */
export const defaultMaxDocxBytes = defaultLimits.maxDocxBytes;

export interface DocxOptions {
  /** Refuse a document whose text parts would unpack to more than this many bytes. */
  maxDocxBytes?: number;
}


/** Titles and subtitles read as headings too. */
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * Word (`.docx`): mammoth turns it into HTML and the shared HTML walker into blocks. The source
 * is the extracted text, blocks separated by blank lines. Sizes are checked in the zip's central
 * directory before anything is unpacked, and XML document type declarations are removed, so an
 * external entity is never fetched or expanded.
 */
export async function parseDocx(bytes: Uint8Array, options: DocxOptions = {}): Promise<ParsedSource> {
  const warnings: string[] = [];
  if (bytes.length === 0) return { source: '', format: 'docx', blocks: [], directives: [], warnings };
  checkSignature(bytes);
  // readZipDirectory refuses an archive with two parts of one name.
  const entries = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(bytes)) entries.set(entry.name, entry);
  if (entries.size === 0) throw new InputError('this is an empty zip archive, not a Word document');
  checkParts(entries);

  const limit = options.maxDocxBytes ?? defaultMaxDocxBytes;
  let declared = 0;
  for (const entry of entries.values()) if (!unreadParts.test(entry.name)) declared += entry.size;
  if (declared > limit) throw docxTooLarge(declared, limit);

  // Every part unpacked counts towards the limit too (mammoth should only read the text parts).
  let unpacked = 0;
  const read = new Set<string>();
  let declaresEntities = false;
  const file = {
    exists: (name: string): boolean => entries.has(name),
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const entry = entries.get(name);
      if (!entry) throw new Error(`no part ${name}`);
      if (!read.has(name)) unpacked += entry.size;
      read.add(name);
      if (unpacked > limit) throw docxTooLarge(unpacked, limit);
      const data = inflateEntry(bytes, entry);
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      if (!encoding) return data;
      const xml = new TextDecoder(encoding).decode(data);
      const safe = withoutDoctype(xml);
      if (safe !== xml) {
        declaresEntities = true;
        warnings.push(`${name} has an XML document type declaration; widen removed it and its entities`);
      }
      return safe;
    },
  };

  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({ file } as unknown as Parameters<typeof mammoth.convertToHtml>[0], {
      styleMap,
      externalFileAccess: false,
      // Pictures are not prose: never unpack them.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new InputError('the Word document nests tables or other elements too deeply for widen to follow (maximum call stack size exceeded)');
    }
    const message = error instanceof Error ? error.message : String(error);
    if (/main document part/i.test(message)) throw new InputError(noDocumentPart);
    if (/xmldom/i.test(message)) throw new InputError('the Word document is damaged: its XML is not well formed (open it in Word and save it again)');
    throw new InputError(`the Word document is damaged: ${message.split('\n')[0]!.replace(/^error:\s*/i, '').replace(/\s+/g, ' ').trim()}`);
  }
  for (const message of result.messages) warnings.push(`${message.type === 'error' ? 'error' : 'warning'} from mammoth: ${message.message}`);

  const { blocks } = walkHtml(parseHtmlFragment(result.value), {
    lineBreak: 'newline',
    wholePage: true,
    skip: isNoteLink,
    kindOf: (element) => (isNote(element) ? 'paragraph' : undefined),
  });
  const parsed = build(blocks, warnings);
  if (declaresEntities) parsed.note = 'the document declares XML entities, which Word never writes; widen ignored them and fetched nothing';
  return parsed;
}

const noDocumentPart = 'this zip file has no Word document in it (no word/document.xml), so it is not a .docx file';

/** Old Word files, encrypted documents and other formats renamed `.docx` get a clear reason. */
function checkSignature(bytes: Uint8Array): void {
  const starts = (...signature: number[]): boolean => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // Encrypted OOXML is stored in an OLE2 container with an "EncryptedPackage" stream.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new InputError('the document is password-protected; remove the password in Word (File > Info > Protect Document) and save it again');
    }
    throw new InputError('this is an old Word .doc file; open it in Word and save it as .docx');
  }
  if (starts(0x50, 0x4b)) return;
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) throw new InputError('this is an RTF file, not a .docx; open it in Word and save it as .docx');
  if (starts(0x25, 0x50, 0x44, 0x46)) throw new InputError('this is a PDF file, not a .docx; widen reads .docx, .html, .md and .txt');
  throw new InputError('this is not a Word document (a .docx file is a zip archive, and this is not one)');
}

function checkParts(entries: Map<string, ZipEntry>): void {
  if (entries.has('word/document.xml') || entries.has('_rels/.rels')) return;
  if (entries.has('xl/workbook.xml')) throw new InputError('this is an Excel workbook, not a Word document');
  if (entries.has('ppt/presentation.xml')) throw new InputError('this is a PowerPoint presentation, not a Word document');
  if (entries.has('content.xml') && entries.has('mimetype')) throw new InputError('this is an OpenDocument file; save it as .docx');
  throw new InputError(noDocumentPart);
}

/**
 * Removes every document type declaration and the entity references one could define, so no
 * external entity is fetched and no entity is expanded. Word never writes one.
 *
 * One pass: each search (for the next declaration, and for the "]" and ">" that end one) starts
 * where the last stopped, and a search that found nothing is not repeated, so 8,000 unclosed
 * `<!DOCTYPE [` in 4 MB cost one scan, where a regular expression tried from each of them took a
 * minute. A declaration that never ends means the XML is damaged.
 */
export function withoutDoctype(xml: string): string {
  const start = /<!DOCTYPE/gi;
  if (!start.test(xml)) return xml;
  const pieces: string[] = [];
  let kept = 0;
  // The next "[", "]" and ">" at or after a position; -1 once there is none (searches only move forward).
  const next = { '[': -2, ']': -2, '>': -2 };
  const find = (char: '[' | ']' | '>', from: number): number => {
    if (next[char] === -1) return -1;
    if (next[char] < from) next[char] = xml.indexOf(char, from);
    return next[char];
  };
  start.lastIndex = 0;
  for (let match = start.exec(xml); match; match = start.exec(xml)) {
    const at = match.index;
    if (at < kept) continue;
    let end = -1;
    const close = find('>', at + match[0].length);
    // An internal subset "[ … ]" may hold ">" (in entity declarations): the declaration ends at the first ">" after its "]".
    const open = find('[', at + match[0].length);
    if (open >= 0 && (close < 0 || open < close)) {
      const bracket = find(']', open + 1);
      if (bracket >= 0) end = find('>', bracket + 1);
    } else {
      end = close;
    }
    if (end < 0) throw new InputError('the Word document is damaged: its XML has a document type declaration that never ends');
    pieces.push(xml.slice(kept, at));
    kept = end + 1;
    start.lastIndex = kept;
  }
  pieces.push(xml.slice(kept));
  return pieces.join('').replace(/&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)[A-Za-z_][\w.-]*;/g, '');
}

/** mammoth's footnote and endnote links: "[1]" in the text and "↑" back from the note. */
function isNoteLink(element: Element): boolean {
  const href = element.properties.href;
  return element.tagName === 'a' && typeof href === 'string' && /^#(?:footnote|endnote)-/.test(href);
}

function isNote(element: Element): boolean {
  const id = element.properties.id;
  return element.tagName === 'li' && typeof id === 'string' && /^(?:footnote|endnote)-/.test(id);
}

/** Joins the blocks' text with blank lines; a short paragraph all in bold reads as a heading in Word. */
function build(blocks: HtmlBlock[], warnings: string[]): ParsedSource {
  const parsed: ParsedSource = { source: '', format: 'docx', blocks: [], directives: [], warnings };
  let source = '';
  for (const block of blocks) {
    // Line breaks stay inside the block, one at a time, so blank lines only ever separate blocks.
    const text = tidyLineBreaks(block.pieces.map((piece) => piece.value).join('').trim());
    if (!text) continue;
    if (source) source += '\n\n';
    const start = source.length;
    source += text;
    const kind = block.kind === 'paragraph' && looksLikeHeading(block, text) ? 'heading' : block.kind;
    parsed.blocks.push({ kind, start, end: source.length, text, ...(block.depth ? { depth: block.depth } : {}) });
  }
  parsed.source = source;
  return parsed;
}

/**
 * One line break for each run of line breaks and the white space around them. Done line by line:
 * the regular expression /[ \t]*\n\s*\/ would take quadratic time on a long run of spaces.
 */
function tidyLineBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n').map((line) => {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    return line.slice(0, end);
  });
  return lines.join('\n').replace(/\n\s*/g, '\n');
}

function looksLikeHeading(block: HtmlBlock, text: string): boolean {
  if (!block.pieces.every((piece) => piece.bold || !piece.value.trim())) return false;
  return !text.includes('\n') && text.split(/\s+/).length <= 12 && !/[.!?,;]$/.test(text);
}
