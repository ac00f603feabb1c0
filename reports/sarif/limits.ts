import { gzipSync } from 'node:zlib';

/**
 * GitHub code scanning's upload limits ("SARIF support for code scanning" and "SARIF results exceed limits").
 * The size limit applies to the gzip-compressed file, which is how every upload path sends it.
 */
export const GITHUB_LIMITS = {
  /** Bytes per gzip-compressed SARIF file. */
  gzipBytes: 10 * 1024 * 1024,
  /** Results per run (uploads with more are rejected; GitHub displays the top 5,000 by severity). */
  resultsPerRun: 25_000,
  /** Locations per result (bylaw emits one). */
  locationsPerResult: 1_000,
  /** Rules per run. */
  rulesPerRun: 25_000,
  /** Tags per rule. */
  tagsPerRule: 20,
} as const;

/** Leaves room for the truncation note added after measuring. */
const MARGIN_BYTES = 64 * 1024;

/** Size of `text` once gzip-compressed. */
export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8')).length;
}

/**
 * Serialises `build(kept)` (two-space indented) with the largest `kept ≤ total` whose gzip-compressed size fits
 * in `maxGzipBytes`, estimating from the measured size per result and confirming by measuring again.
 */
export function fitToSize(total: number, maxGzipBytes: number, build: (kept: number) => unknown): { text: string; kept: number } {
  const serialise = (kept: number) => JSON.stringify(build(kept), null, 2) + '\n';
  let kept = total;
  let text = serialise(kept);
  let size = gzipSize(text);
  if (size <= maxGzipBytes) return { text, kept };
  const base = gzipSize(serialise(0));
  while (size > maxGzipBytes && kept > 0) {
    const perResult = Math.max(1, (size - base) / kept);
    kept = Math.max(0, Math.min(kept - 1, Math.floor((maxGzipBytes - MARGIN_BYTES - base) / perResult)));
    text = serialise(kept);
    size = gzipSize(text);
  }
  return { text, kept };
}
