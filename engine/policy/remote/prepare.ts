import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EngineErrors, sortDiagnostics } from '../../errors.js';
import { readPolicyFile } from '../policy-file.js';
import { resolvePackRef } from '../resolve.js';
import { githubRefsOf } from './extends-scan.js';
import { readLock, type LockFile } from '../lock.js';
import { isGitHubRef } from './github-ref.js';
import type { RemotePack } from './registry.js';
import type { ScanOptions } from '../../scan/options.js';
import type { LoadedConfig } from '../../config/load-config.js';
import { packRefsFor } from '../load-policies.js';

/** What a command knows when it is about to load packs. */
export interface PrepareArgs {
  /** Pack references the run uses (config packs and --policy). */
  refs: string[];
  policyRoot: string;
  env?: NodeJS.ProcessEnv;
  /** `remote.apiUrl` from .bylaw.yaml; wins over GITHUB_API_URL. */
  apiUrl?: string;
  /** Honour bylaw.lock (default true). */
  useLock?: boolean;
  /** Re-resolve locked tags and ranges (`bylaw lock --update`). */
  update?: boolean;
  /** Resolve references missing from the lock instead of failing (`bylaw lock`). */
  resolveMissing?: boolean;
  /** The config file, to point messages at the line a reference is written on. */
  configFile?: string;
}

/** `github:` packs that local (non-built-in) packs extend; each is placed at the pack file that names it. */
function remoteRefsOfLocalPacks(refs: string[], policyRoot: string, places: Map<string, { path: string; line: number; column: number }>): string[] {
  const out: string[] = [];
  const ownPolicies = existsSync(join(policyRoot, 'policies'));
  for (const ref of refs.filter((r) => !isGitHubRef(r))) {
    if (!ownPolicies && !/[/\\]|\.ya?ml$/i.test(ref)) continue; // a plain name can only be a built-in pack
    const located = resolvePackRef(ref, policyRoot, policyRoot);
    if ('error' in located || located.builtin) continue;
    for (const remote of githubRefsOf(located.file)) {
      out.push(remote);
      if (!places.has(remote)) places.set(remote, { path: relative(policyRoot, located.file).split(sep).join('/'), line: 1, column: 1 });
    }
  }
  return out;
}

/** Where each entry of the config's `packs` is written. */
function refPlaces(policyRoot: string, configFile?: string): Map<string, { path: string; line: number; column: number }> {
  const out = new Map<string, { path: string; line: number; column: number }>();
  if (!configFile) return out;
  const shown = relative(policyRoot, configFile).split(sep).join('/');
  const file = readPolicyFile(configFile, shown.startsWith('..') ? configFile : shown, 'invalid-config');
  const packs = (file.data as { packs?: unknown } | undefined)?.packs;
  if (!Array.isArray(packs)) return out;
  packs.forEach((ref, i) => {
    const loc = file.document?.locate(`/packs/${i}`);
    if (typeof ref === 'string' && !out.has(ref)) out.set(ref, { path: file.path, line: loc?.startLine ?? 1, column: loc?.startColumn ?? 1 });
  });
  return out;
}

function place(lock: LockFile): { line: number; column: number } {
  const loc = lock.file.document?.locate('/packs');
  return { line: loc?.startLine ?? 1, column: loc?.startColumn ?? 1 };
}

/**
 * The async step before `loadPolicies`: materialise `github:` references into the cache and register them.
 * Does nothing (no lock read, no client, no network) when no reference is remote. Problems throw EngineErrors (exit 2).
 */
export async function prepareRemotePacks(args: PrepareArgs): Promise<RemotePack[]> {
  const extended = new Map<string, { path: string; line: number; column: number }>();
  const refs = [...args.refs.filter(isGitHubRef), ...remoteRefsOfLocalPacks(args.refs, args.policyRoot, extended)];
  if (!refs.length) return [];
  // The fetching code (octokit, tar) loads only when a remote pack is configured.
  const [{ defaultCacheDir }, { githubPackSource, remoteSettings }, { materializeRemote }] = await Promise.all([
    import('./cache.js'),
    import('./client.js'),
    import('./materialize.js'),
  ]);
  const places = new Map([...extended, ...refPlaces(args.policyRoot, args.configFile)]);
  const env = args.env ?? {};
  const lock = args.useLock === false ? undefined : readLock(args.policyRoot);
  if (lock?.diagnostics.length) throw new EngineErrors(sortDiagnostics([...lock.diagnostics]));
  const settings = remoteSettings(env, defaultCacheDir(env), args.apiUrl);
  const { packs, diagnostics } = await materializeRemote(refs, {
    cacheDir: settings.cacheDir,
    source: () => githubPackSource(settings),
    locked: lock?.entries,
    update: args.update,
    resolveMissing: args.resolveMissing,
    places,
    lockPlace: lock && { path: 'bylaw.lock', ...place(lock) },
  });
  if (diagnostics.length) throw new EngineErrors(sortDiagnostics(diagnostics));
  return packs;
}

/** `prepareRemotePacks` for a run's options and config (what scan and the worker pool use). */
export function prepareForRun(args: { options: ScanOptions; config: LoadedConfig; policyRoot: string }): Promise<RemotePack[]> {
  const remote = args.config.config.remote as { apiUrl?: string } | undefined;
  return prepareRemotePacks({ refs: packRefsFor(args.options, args.config), policyRoot: args.policyRoot, env: args.options.env, apiUrl: remote?.apiUrl, useLock: args.options.verifyLock !== false, configFile: args.config.file });
}
