import { streamTooLarge } from './limits.js';

/**
 * Reads a stream (standard input) up to `maxBytes`, and stops reading as soon as there is more:
 * a gigabyte piped in costs no more than the limit. Throws the size limit's LimitError.
 */
export async function readCapped(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (size > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw streamTooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
