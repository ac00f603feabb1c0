import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanOptions } from '../scan/options.js';
import type { LoadedConfig } from '../config/load-config.js';
import { EngineErrors, sortDiagnostics } from '../errors.js';
import { loadSelectedPacks, packRefsFor } from './load-policies.js';
import { prepareRemotePacks } from './remote/prepare.js';
import { readLock, type LockEntry } from './lock.js';
import { describeLockChanges, lockEntries, renderLock } from './lock-write.js';

/** A freshly computed lock, what the current one says, and the difference. */
export interface BuiltLock {
  entries: LockEntry[];
  text: string;
  before: LockEntry[];
  changes: string[];
}

/**
 * Resolve and load the run's packs as `bylaw lock` sees them: locked remote references keep their commit unless
 * `update`; new ones are resolved (newest tag in a range). Local and built-in packs are taken as they are now.
 */
export async function buildLock(args: { policyRoot: string; options: ScanOptions; config: LoadedConfig; update?: boolean; env?: NodeJS.ProcessEnv }): Promise<BuiltLock> {
  const { policyRoot, options, config } = args;
  if (config.diagnostics.length) throw new EngineErrors(sortDiagnostics([...config.diagnostics]));
  const current = readLock(policyRoot);
  if (current?.diagnostics.length && !args.update) throw new EngineErrors(sortDiagnostics([...current.diagnostics]));
  const remote = config.config.remote as { apiUrl?: string } | undefined;
  await prepareRemotePacks({ refs: packRefsFor(options, config), policyRoot, env: args.env, apiUrl: remote?.apiUrl, useLock: true, update: args.update, resolveMissing: true, configFile: config.file });
  const loaded = loadSelectedPacks({ options, config, policyRoot });
  if (loaded.diagnostics.length) throw new EngineErrors(sortDiagnostics(loaded.diagnostics));
  const entries = lockEntries(loaded.all);
  const before = current?.entries ?? [];
  const schema = existsSync(join(policyRoot, '.bylaw', 'schema', 'lock.schema.json')) ? './.bylaw/schema/lock.schema.json' : undefined;
  return { entries, text: renderLock(entries, schema), before, changes: describeLockChanges(before, entries) };
}
