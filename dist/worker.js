import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);
import {
  loadConfig,
  loadPolicies,
  scanFile
} from "./chunk-4ECAEXT5.js";
import {
  registerRemote
} from "./chunk-BFJSV7N7.js";
import "./chunk-H5PB2ROW.js";
import "./chunk-TNTV4BKW.js";

// engine/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var init = workerData;
try {
  registerRemote(init.remote ?? []);
  const config = loadConfig(init.policyRoot, init.options.config);
  const policy = loadPolicies({ options: init.options, config, policyRoot: init.policyRoot });
  const fileOptions = { root: init.root, limits: init.limits, session: /* @__PURE__ */ new Map() };
  parentPort.on("message", (msg) => {
    const results = msg.files.map((path) => scanFile(path, policy, fileOptions));
    parentPort.postMessage({ start: msg.start, results });
  });
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ error: err.message });
}
