import type { Diagnostic } from '../types.js';
import type { ScanOptions } from '../scan/options.js';
import type { LoadedConfig } from '../config/load-config.js';
import { EngineErrors, sortDiagnostics } from '../errors.js';
import { loadPack, type LoadedPack, type PackContext } from './load-pack.js';
import { buildPolicySet, type PolicySet } from './policy-set.js';
import { builtinPackIds } from './builtin-packs.js';
import { readLock, verifyLock } from './lock.js';

/** The packs a run uses: the config's `packs`, then `--policy` ones; with neither, every built-in pack. */
export function packRefsFor(options: ScanOptions, config: LoadedConfig): string[] {
  const refs = [...(config.config.packs ?? []), ...(options.policies ?? [])];
  return refs.length ? [...new Set(refs)] : builtinPackIds();
}

/** Load the selected packs; `all` also has every pack they extend (what bylaw.lock pins). Problems go to `diagnostics`. */
export function loadSelectedPacks(args: { options: ScanOptions; config: LoadedConfig; policyRoot: string }): { packs: LoadedPack[]; all: LoadedPack[]; params: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const { options, config, policyRoot } = args;
  const params = { ...(config.config.parameters ?? {}), ...(options.params ?? {}) };
  const diagnostics: Diagnostic[] = [];
  const ctx: PackContext = { root: policyRoot, params, diagnostics };
  const packs: LoadedPack[] = [];
  for (const ref of packRefsFor(options, config)) {
    const pack = loadPack(ref, ctx);
    if (pack && !packs.some((p) => p.file === pack.file)) packs.push(pack);
  }
  return { packs, all: [...(ctx.cache?.values() ?? [])], params, diagnostics };
}

/**
 * Load and bind every selected pack; any policy problem throws EngineErrors with file:line:column diagnostics (exit 2).
 * With a `bylaw.lock` in the policy root (and `verifyLock` not false), every loaded pack must match it.
 */
export function loadPolicies(args: { options: ScanOptions; config: LoadedConfig; policyRoot: string }): PolicySet {
  const { packs, all, params, diagnostics } = loadSelectedPacks(args);
  const policy = buildPolicySet(packs, params, diagnostics);
  const lock = args.options.verifyLock === false || diagnostics.length ? undefined : readLock(args.policyRoot);
  if (lock) diagnostics.push(...verifyLock(lock, all));
  if (diagnostics.length) throw new EngineErrors(sortDiagnostics(dedupe(diagnostics)));
  return policy;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.path}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
