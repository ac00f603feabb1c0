import type { WaiverCounts } from '../types.js';
import type { Draft } from '../scan/post-process.js';

/** The draft's waiver counters, created at zero on first use (the last stage makes sure every summary has them). */
export function waiverCounts(draft: Draft): WaiverCounts {
  draft.summary ??= {};
  return (draft.summary.waivers ??= { applied: 0, expired: 0, expiring: 0, stale: 0, inline: 0 });
}
