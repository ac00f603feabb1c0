import type { LoadedPack } from './load-pack.js';
import type { LockEntry } from './lock.js';
import { remoteTable } from './remote/registry.js';

/** What the lock records for a loaded pack: a remote pack by its reference as configured and the commit it resolved to. */
export function lockEntryFor(pack: LoadedPack): LockEntry {
  const remote = remoteTable().find((r) => r.file === pack.file);
  return {
    id: pack.id,
    version: pack.version,
    source: remote ? remote.ref : pack.source,
    ...(remote ? { commit: remote.sha } : {}),
    ...(remote?.tag ? { tag: remote.tag } : {}),
    digest: pack.digest,
    ...(pack.extends.length ? { extends: [...pack.extends].sort() } : {}),
    files: pack.files,
  };
}
