import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';

/** One of `count` shards, numbered from 1 (`--shard 2/3`). */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `i/n` with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`expected <i>/<n> with 1 ≤ i ≤ n, such as 1/3, got "${text}"`);
  return { index, count };
}

/**
 * Whether a file belongs to a shard. The shard depends only on the file's path relative to the
 * working folder, so adding files never moves the others, and every machine of a CI matrix
 * agrees without seeing the others' lists.
 */
export function inShard(path: string, shard: Shard, cwd = process.cwd()): boolean {
  if (shard.count === 1) return true;
  const key = relative(cwd, resolve(cwd, path)).split(sep).join('/');
  const hash = createHash('sha256').update(key).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}
