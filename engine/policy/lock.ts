import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../types.js';
import type { LoadedPack } from './load-pack.js';
import { diagnosticAt, readPolicyFile, type PolicyFile } from './policy-file.js';
import { registerSchema, validatePolicyFile } from './validate.js';
import lockSchema from '../schema/lock.schema.json' with { type: 'json' };
import { lockEntryFor } from './lock-entry.js';

/** The lock file's name, in the policy root. */
export const LOCK_NAME = 'bylaw.lock';

/** One pinned pack. */
export interface LockEntry {
  id: string;
  version: string;
  source: string;
  commit?: string;
  tag?: string;
  digest: string;
  extends?: string[];
  files?: Record<string, string>;
}

/** bylaw.lock as read, with positions for messages. */
export interface LockFile {
  path: string;
  entries: LockEntry[];
  file: PolicyFile;
  diagnostics: Diagnostic[];
}

let registered = false;

/** Read and check `bylaw.lock` in the policy root; undefined when there is none. */
export function readLock(policyRoot: string): LockFile | undefined {
  const abs = join(policyRoot, LOCK_NAME);
  if (!existsSync(abs)) return undefined;
  if (!registered) {
    registerSchema('lock', lockSchema);
    registered = true;
  }
  const file = readPolicyFile(abs, LOCK_NAME, 'invalid-config');
  const diagnostics = [...file.diagnostics, ...(file.diagnostics.length ? [] : validatePolicyFile(file, 'lock', 'invalid-config'))];
  const entries = diagnostics.length ? [] : ((file.data as { packs: LockEntry[] }).packs ?? []);
  return { path: abs, entries, file, diagnostics };
}

const short = (digest: string): string => digest.slice(0, 19) + '…';

/** Which covered files differ between the locked and the current file digests. */
export function whatChanged(lockedFiles: Record<string, string> | undefined, nowFiles: Record<string, string> | undefined): string {
  if (!lockedFiles || !nowFiles) return 'the pack file, one of its rule files or a pack it extends changed';
  // A remote file's shown path carries its commit; compare by path inside the repository.
  const byPath = (files: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(files).map(([p, d]) => [p.replace(/^(github:[^@/]+\/[^@/]+)@[0-9a-f]{12}\//, '$1/'), d]));
  const locked = byPath(lockedFiles);
  const now = byPath(nowFiles);
  const paths = [...new Set([...Object.keys(locked), ...Object.keys(now)])].sort();
  const parts = paths.flatMap((p) => (!(p in now) ? [`${p} removed`] : !(p in locked) ? [`${p} added`] : locked[p] !== now[p] ? [`${p} changed`] : []));
  if (!parts.length) return 'a pack it extends changed';
  return parts.length > 5 ? `${parts.slice(0, 5).join(', ')} and ${parts.length - 5} more` : parts.join(', ');
}

/**
 * Compare the packs a run loaded (selected and extended) with the lock. Any difference is a `lock-mismatch` at
 * the lock entry's line: nothing a policy author changes reaches CI until someone runs `bylaw lock` and commits it.
 */
export function verifyLock(lock: LockFile, packs: LoadedPack[]): Diagnostic[] {
  if (lock.diagnostics.length) return lock.diagnostics;
  const out: Diagnostic[] = [];
  const sorted = [...packs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version < b.version ? -1 : 1));
  for (const pack of sorted) {
    const now = lockEntryFor(pack);
    const candidates = lock.entries.map((e, i) => ({ e, i })).filter(({ e }) => e.id === pack.id);
    const match = candidates.find(({ e }) => e.version === now.version && e.source === now.source) ?? candidates.find(({ e }) => e.version === now.version) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (!match) {
      const why = candidates.length ? `locked only at ${candidates.map(({ e }) => e.version).join(', ')}` : 'it was added since the lock was written';
      out.push(diagnosticAt(lock.file, '/packs', 'lock-mismatch', `pack ${pack.id}@${pack.version} (${now.source}) is not in the lock (${why}); run \`bylaw lock\` to pin it`));
      continue;
    }
    const { e, i } = match;
    const changes: [string, string][] = [];
    if (e.version !== now.version) changes.push(['version', `version ${e.version} → ${now.version}`]);
    if (e.source !== now.source) changes.push(['source', `source ${e.source} → ${now.source}`]);
    if ((e.commit ?? '') !== (now.commit ?? '')) changes.push(['commit', `commit ${e.commit ?? 'none'} → ${now.commit ?? 'none'}`]);
    if (e.digest !== now.digest) changes.push(['digest', `digest ${short(e.digest)} → ${short(now.digest)} (${whatChanged(e.files, now.files)})`]);
    if (!changes.length) continue;
    out.push(diagnosticAt(lock.file, `/packs/${i}/${changes[0][0]}`, 'lock-mismatch', `pack ${pack.id}: ${changes.map((c) => c[1]).join('; ')}; review the change, then run \`bylaw lock\` to accept it`));
  }
  return out;
}
