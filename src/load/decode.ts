/** How a text file was stored, so that `--fix` can write it back the same way. */
export interface Encoding {
  name: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  bom: boolean;
}

/**
 * Decodes a text file: UTF-8 with or without a byte order mark, UTF-16 with one, and
 * Windows-1252 when the bytes are not valid UTF-8 (a "£" saved by an old Windows editor) or when
 * `declared` (an HTML page's charset) says so: ISO-8859-1 and ASCII mean Windows-1252, as in browsers.
 *
 * The decoded text is exact: after the one byte order mark that is removed, every UTF-16 unit of
 * the text stands for bytes that encoding it again gives back (one byte for Windows-1252, two for
 * UTF-16, its UTF-8 length for UTF-8), so `--fix` can find the bytes of any offset by counting
 * (`applyEditsToBytes`). Two things would break that, and are avoided: a TextDecoder removes a
 * byte order mark of its own at the start of what it decodes, so a file starting with two lost
 * its second one from the text while its bytes stayed in the file (every offset after it was out
 * by one, and `--fix` wrote "Pleauseise" for "Please utilise"); and a forgiving UTF-8 decoder turns
 * each bad byte into a three-byte "�". So the decoders here never remove a byte order mark
 * (`ignoreBOM`), and UTF-8 is decoded strictly, after a byte order mark too: bytes that are not
 * valid UTF-8 are read as Windows-1252, byte order mark or not.
 */
export function decodeText(bytes: Uint8Array, declared?: string): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    const text = strictUtf8(rest);
    if (text !== undefined) return { text, encoding: { name: 'utf-8', bom: true } };
    return { text: windows1252.decode(rest), encoding: { name: 'windows-1252', bom: true } };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: { name: 'utf-16le', bom: true } };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: { name: 'utf-16be', bom: true } };
  }
  if (declared && knownEncoding(declared) === 'windows-1252') {
    return { text: windows1252.decode(bytes), encoding: { name: 'windows-1252', bom: false } };
  }
  const text = strictUtf8(bytes);
  if (text !== undefined) return { text, encoding: { name: 'utf-8', bom: false } };
  return { text: windows1252.decode(bytes), encoding: { name: 'windows-1252', bom: false } };
}

/** Windows-1252 maps every byte to one UTF-16 unit (the five it leaves undefined to U+0081 and so on). */
const windows1252 = new TextDecoder('windows-1252');

/** The bytes as UTF-8, keeping a byte order mark among them as U+FEFF; undefined when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** How many bytes a byte order mark takes: a UTF-8 one (also before Windows-1252 text), or a UTF-16 one. */
export function bomLength(encoding: Encoding): number {
  if (!encoding.bom) return 0;
  return encoding.name === 'utf-16le' || encoding.name === 'utf-16be' ? 2 : 3;
}

/**
 * Decodes an HTML page, honouring its `<meta charset>` after any byte order mark. A page in a
 * charset `--fix` cannot write back (ISO-8859-15, say) is still read, without an `encoding`.
 */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding?: Encoding; warning?: string } {
  const declared = declaredHtmlCharset(bytes);
  const label = declared ? knownEncoding(declared) : undefined;
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // As in browsers, a page cannot declare UTF-16 without a byte order mark; that means UTF-8.
  if (!hasBom && label && label !== 'utf-8' && label !== 'windows-1252' && !label.startsWith('utf-16') && label !== 'replacement') {
    return { text: new TextDecoder(label).decode(bytes), warning: `read as ${label}, as the page declares` };
  }
  const { text, encoding } = decodeText(bytes, label);
  if (declared && !label) return { text, encoding, warning: `the page declares an unknown charset "${declared}"; read as ${encoding.name}` };
  return { text, encoding, ...(fellBack(encoding, label) ? { warning: fallbackWarning } : {}) };
}

/** Whether bytes were read as Windows-1252 because they are not valid UTF-8. */
export function fellBack(encoding: Encoding, declared?: string): boolean {
  return encoding.name === 'windows-1252' && declared !== 'windows-1252';
}

export const fallbackWarning = 'not valid UTF-8, so read as Windows-1252';

/** The WHATWG name of an encoding label, or undefined when the label is unknown. */
function knownEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/**
 * The charset an HTML page declares in its first 1024 bytes (`<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`), as browsers look for it.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const meta = /<meta\b[^>]*>/gi;
  for (let match = meta.exec(head); match; match = meta.exec(head)) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(match[0]);
    if (charset) return charset[1];
  }
  return undefined;
}

/** True when bytes look like a binary file rather than text: NUL bytes outside UTF-16. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8000);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Why binary bytes cannot be linted as text, naming the format when it is a common one. */
export function binaryReason(bytes: Uint8Array): string {
  const starts = (...signature: number[]): boolean => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'this is a zip archive (a Word .docx file, perhaps), not a text file; if it is a Word document, name it .docx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'this is an old Microsoft Office file (a Word .doc, perhaps), not a text file; save it as .docx';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'this is a PDF file, not a text file; widen reads .md, .txt, .html and .docx';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'this is a picture, not a text file';
  return 'this is not a text file (it holds binary data)';
}
