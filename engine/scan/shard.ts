import { createHash } from 'node:crypto';

/** Parse `I/N` (1-based I). */
export function parseShard(spec: string): { index: number; count: number } | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/** Deterministic partition by a hash of the path: a file's shard does not change when other files come or go. */
export function inShard(path: string, shard: { index: number; count: number }): boolean {
  if (shard.count === 1) return true;
  const h = createHash('sha1').update(path).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}
