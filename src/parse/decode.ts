/** How a text file was stored, so that `--fix` can write it back the same way. */
export interface Encoding {
  name: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  bom: boolean;
}

export class InputError extends Error {}

/**
 * Decodes a text file: UTF-8 with or without a byte order mark, UTF-16 with one, and
 * Windows-1252 when the bytes are not valid UTF-8 (a "£" saved by an old Windows editor).
 */
export function decodeText(bytes: Uint8Array, declared?: string): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: { name: 'utf-8', bom: true } };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: { name: 'utf-16le', bom: true } };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: { name: 'utf-16be', bom: true } };
  }
  if (declared && /^(?:windows-1252|iso-8859-1|latin-?1|us-ascii|cp1252)$/i.test(declared)) {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: { name: 'windows-1252', bom: false } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: { name: 'utf-8', bom: false } };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: { name: 'windows-1252', bom: false } };
  }
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
