import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Limits } from '../limits.js';
import type { ScanOptions } from './options.js';
import type { FileResult } from './scan-file.js';
import type { RemotePack } from '../policy/remote/registry.js';

/**
 * Below this much input a worker pool costs more than it saves: each worker loads the packs itself and results
 * are copied back (measured with `npm run bench` on 2 cores: slower at 2 MB, faster at 19 MB).
 */
export const WORKER_THRESHOLD_BYTES = 8 * 1024 * 1024;
const BATCH = 32;

/** What a worker needs to rebuild the same policy set: plain data only. */
export interface WorkerInit {
  root: string;
  policyRoot: string;
  limits: Limits;
  options: Pick<ScanOptions, 'policies' | 'params' | 'config'>;
  /** Remote packs the main thread fetched (the worker registers them; it never fetches). */
  remote?: RemotePack[];
}

/** The bundled worker script (dist/worker.js), beside the running bundle. Absent when running from sources. */
export function workerScript(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidate = join(here, 'worker.js');
  return existsSync(candidate) && here.endsWith('dist') ? candidate : undefined;
}

/** Use worker threads? `workers: 1` forces in-process; `workers > 1` asks for them; otherwise by input size and cores. */
export function shouldUseWorkers(files: number, workers: number | undefined, inputBytes: () => number): boolean {
  if (workers === 1 || !workerScript()) return false;
  if (workers && workers > 1) return files > 1;
  return availableParallelism() > 1 && files >= 100 && inputBytes() >= WORKER_THRESHOLD_BYTES;
}

/**
 * Evaluate files in a pool of worker threads pulling batches; results come back as plain FileResults and are
 * merged and sorted exactly as in-process results are, so the output is the same byte for byte.
 */
export async function runInWorkers(files: string[], init: WorkerInit, requested: number | undefined, onProgress?: (done: number, total: number) => void): Promise<FileResult[]> {
  const script = workerScript()!;
  const count = Math.max(1, Math.min(requested && requested > 1 ? requested : availableParallelism(), Math.ceil(files.length / BATCH)));
  const results: FileResult[][] = [];
  let next = 0;
  let done = 0;
  const workerData = { root: init.root, policyRoot: init.policyRoot, limits: init.limits, options: { policies: init.options.policies, params: init.options.params, config: init.options.config }, remote: init.remote };
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { workerData });
        const send = (): void => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const start = next;
          next += BATCH;
          worker.postMessage({ start, files: files.slice(start, start + BATCH) });
        };
        worker.on('message', (msg: { start?: number; results?: FileResult[]; ready?: boolean; error?: string }) => {
          if (msg.error) {
            void worker.terminate();
            reject(new Error(`worker: ${msg.error}`));
            return;
          }
          if (msg.results && msg.start !== undefined) {
            results[msg.start / BATCH] = msg.results;
            done += msg.results.length;
            onProgress?.(done, files.length);
          }
          send();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && code !== 1) reject(new Error(`worker exited with code ${code}`));
        });
      }),
    ),
  );
  return results.flat();
}
