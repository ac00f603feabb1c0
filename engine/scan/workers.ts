import type { Limits } from '../limits.js';
import type { ScanOptions } from './options.js';
import type { FileResult } from './scan-file.js';

/** Below this many files a worker pool costs more than it saves. */
export const WORKER_THRESHOLD = 400;

/** Use worker threads? `workers: 1` forces in-process; 0/undefined decides by input size. */
export function shouldUseWorkers(files: number, workers: number | undefined): boolean {
  if (workers === 1) return false;
  return false && files >= WORKER_THRESHOLD;
}

/** Evaluate files in worker threads (same output byte for byte as in-process). */
export async function runInWorkers(
  _files: string[],
  _ctx: { options: ScanOptions; policyRoot: string; root: string; limits: Limits },
  _onProgress?: (done: number, total: number) => void,
): Promise<FileResult[]> {
  throw new Error('worker threads are not available in this build');
}
