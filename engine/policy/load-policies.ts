import type { Diagnostic } from '../types.js';
import type { ScanOptions } from '../scan/options.js';
import type { LoadedConfig } from '../config/load-config.js';
import { EngineErrors, sortDiagnostics } from '../errors.js';
import { loadPack, type LoadedPack } from './load-pack.js';
import { buildPolicySet, type PolicySet } from './policy-set.js';
import { builtinPackIds } from './builtin-packs.js';

/** The packs a run uses: the config's `packs`, then `--policy` ones; with neither, every built-in pack. */
export function packRefsFor(options: ScanOptions, config: LoadedConfig): string[] {
  const refs = [...(config.config.packs ?? []), ...(options.policies ?? [])];
  return refs.length ? [...new Set(refs)] : builtinPackIds();
}

/** Load and bind every selected pack; any policy problem throws EngineErrors with file:line:column diagnostics (exit 2). */
export function loadPolicies(args: { options: ScanOptions; config: LoadedConfig; policyRoot: string }): PolicySet {
  const { options, config, policyRoot } = args;
  const params = { ...(config.config.parameters ?? {}), ...(options.params ?? {}) };
  const diagnostics: Diagnostic[] = [];
  const ctx = { root: policyRoot, params, diagnostics };
  const packs: LoadedPack[] = [];
  for (const ref of packRefsFor(options, config)) {
    const pack = loadPack(ref, ctx);
    if (pack && !packs.some((p) => p.file === pack.file)) packs.push(pack);
  }
  const policy = buildPolicySet(packs, params, diagnostics);
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
