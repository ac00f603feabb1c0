import { join, relative, sep } from 'node:path';

/** A remote pack reference materialised in the cache for this run. Plain data, so worker threads can get a copy. */
export interface RemotePack {
  /** The reference as written (`github:acme/policies/baseline@^1.2`). */
  ref: string;
  owner: string;
  repo: string;
  /** Path of the pack inside the repository. */
  path: string;
  /** Commit the reference resolved to. */
  sha: string;
  /** Tag a range resolved to, when it was one. */
  tag?: string;
  /** Cached repository tree at `sha`, absolute. */
  dir: string;
  /** Pack file, absolute. */
  file: string;
}

const table = new Map<string, RemotePack>();

/** Record materialised references (the scan does this before loading packs; worker threads get the same list). */
export function registerRemote(packs: RemotePack[]): void {
  for (const p of packs) table.set(p.ref, p);
}

/** Every reference materialised so far, sorted by reference. */
export const remoteTable = (): RemotePack[] => [...table.values()].sort((a, b) => (a.ref < b.ref ? -1 : 1));

export const lookupRemote = (ref: string): RemotePack | undefined => table.get(ref);

/** The cached tree an absolute path lies in, if any. */
function remoteOwning(abs: string): RemotePack | undefined {
  for (const p of table.values()) {
    const rel = relative(p.dir, abs);
    if (rel && !rel.startsWith('..') && !rel.startsWith(sep)) return p;
  }
  return undefined;
}

/**
 * How a file inside a cached tree is shown (and hashed into pack digests): `github:OWNER/REPO@SHA12/path`, the same
 * on every machine whatever the cache directory.
 */
export function remoteShown(abs: string): string | undefined {
  const p = remoteOwning(abs);
  return p && `github:${p.owner}/${p.repo}@${p.sha.slice(0, 12)}/${relative(p.dir, abs).split(sep).join('/')}`;
}

/** Forget everything (tests). */
export const clearRemote = (): void => table.clear();

/** The cached file a shown path (`github:OWNER/REPO@SHA12/path`) stands for, when its tree is registered. */
export function remoteFile(shown: string): string | undefined {
  const m = /^github:([^/]+)\/([^@]+)@([0-9a-f]{12})\/(.+)$/.exec(shown);
  if (!m || m[4].split('/').includes('..')) return undefined;
  const p = [...table.values()].find((r) => r.owner === m[1] && r.repo === m[2] && r.sha.startsWith(m[3]));
  return p && join(p.dir, ...m[4].split('/'));
}
