import type * as core from '@actions/core';
import type { policyDiff, scan } from '../engine/index.js';
import type { createClient } from './github.js';

/** The parts of @actions/core the Action uses (logging, annotations, inputs, outputs). */
export type ActionCore = Pick<typeof core, 'getInput' | 'setSecret' | 'setOutput' | 'setFailed' | 'info' | 'notice' | 'warning' | 'error' | 'debug'>;

/** What `run` needs from the outside world; the bundle passes the real ones, tests may pass fakes. */
export interface ActionDeps {
  core: ActionCore;
  scan: typeof scan;
  /** Evaluates the change's own policy next to the base's when a change edits policy files. */
  policyDiff?: typeof policyDiff;
  createClient: typeof createClient;
  env: NodeJS.ProcessEnv;
}
