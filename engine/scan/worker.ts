import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/load-config.js';
import { loadPolicies } from '../policy/load-policies.js';
import { scanFile } from './scan-file.js';
import type { WorkerInit } from './workers.js';
import { registerRemote } from '../policy/remote/registry.js';

/** Worker thread entry (dist/worker.js): rebuild the policy set once, then evaluate the batches it is sent. */
const init = workerData as WorkerInit;
try {
  registerRemote(init.remote ?? []);
  const config = loadConfig(init.policyRoot, init.options.config);
  const policy = loadPolicies({ options: init.options, config, policyRoot: init.policyRoot });
  // A worker serves one scan: its memo lives as long as the worker.
  const fileOptions = { root: init.root, limits: init.limits, session: new Map<string, unknown>() };
  parentPort!.on('message', (msg: { start: number; files: string[] }) => {
    const results = msg.files.map((path) => scanFile(path, policy, fileOptions));
    parentPort!.postMessage({ start: msg.start, results });
  });
  parentPort!.postMessage({ ready: true });
} catch (err) {
  parentPort!.postMessage({ error: (err as Error).message });
}
