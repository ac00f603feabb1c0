/**
 * GitHub code scanning's upload limits (docs: "SARIF support for code scanning", limits table).
 * The file limit applies to the gzip-compressed upload; bylaw applies it to the uncompressed file, so it always holds.
 */
export const GITHUB_LIMITS = {
  /** Bytes per SARIF file. */
  fileBytes: 10 * 1024 * 1024,
  /** Results per run. */
  resultsPerRun: 25_000,
  /** Locations per result (bylaw emits one). */
  locationsPerResult: 1_000,
  /** Rules per run. */
  rulesPerRun: 25_000,
} as const;

/** Leaves room for the truncation note and properties added after measuring. */
const MARGIN_BYTES = 64 * 1024;

/**
 * Serialises `build(n)` with the largest `n ≤ total` whose output fits in `maxBytes`: pretty-printed when that
 * fits, else compact, else with fewer results (estimated from the measured size, then confirmed).
 */
export function fitToSize(total: number, maxBytes: number, build: (kept: number) => unknown): { text: string; kept: number } {
  const budget = maxBytes - MARGIN_BYTES;
  let kept = total;
  for (;;) {
    const value = build(kept);
    const pretty = JSON.stringify(value, null, 2) + '\n';
    if (Buffer.byteLength(pretty) <= maxBytes) return { text: pretty, kept };
    const compact = JSON.stringify(value) + '\n';
    const size = Buffer.byteLength(compact);
    if (size <= maxBytes || kept === 0) return { text: compact, kept };
    const base = Buffer.byteLength(JSON.stringify(build(0)));
    const perResult = Math.max(1, (size - base) / kept);
    kept = Math.max(0, Math.min(kept - 1, Math.floor((budget - base) / perResult)));
  }
}
