import { join } from 'node:path';
import type { Diagnostic } from '../../types.js';
import type { LockEntry } from '../lock.js';
import { isGitHubRef, parseGitHubRef, type GitHubRef } from './github-ref.js';
import { describeFailure, newestTag, type PackSource } from './client.js';
import { commitDir, isCached, storeTarball } from './cache.js';
import { githubRefsOf, packFileIn } from './extends-scan.js';
import { registerRemote, remoteShown, type RemotePack } from './registry.js';

/** How to materialise remote references. */
export interface MaterializeOptions {
  cacheDir: string;
  /** Creates the API client on first need, so a run without a remote pack (or with every commit cached) never makes one. */
  source: () => PackSource;
  /** Entries of bylaw.lock, when there is one: a locked reference is fetched at exactly its locked commit. */
  locked?: LockEntry[];
  /** Re-resolve tags and ranges even when locked (`bylaw lock --update`). */
  update?: boolean;
  /** Resolve references missing from the lock instead of failing (`bylaw lock`). */
  resolveMissing?: boolean;
  /** Where each configured reference is written (`.bylaw.yaml:3:5`), for messages. */
  places?: Map<string, { path: string; line: number; column: number }>;
  /** Where the lock's `packs` are, for messages. */
  lockPlace?: { path: string; line: number; column: number };
}

const MAX_REFS = 64;

/**
 * Fetch every `github:` reference among `refs` (and those their packs extend) into the cache, keyed by commit, and
 * register them so `resolvePackRef` finds them. A cached commit is never fetched again; with a lock, a reference
 * is fetched at its locked commit and one missing from the lock is an error (no fetch). Returns problems.
 */
export async function materializeRemote(refs: string[], options: MaterializeOptions): Promise<{ packs: RemotePack[]; diagnostics: Diagnostic[] }> {
  const queue = refs.filter(isGitHubRef);
  const done = new Map<string, RemotePack>();
  const tried = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  let current = '';
  const fail = (message: string, code: Diagnostic['code'] = 'unknown-pack', place?: { path: string; line: number; column: number }): void => {
    diagnostics.push({ ...(place ?? options.places?.get(current) ?? { path: '<command line>', line: 1, column: 1 }), code, message });
  };
  let client: PackSource | undefined;
  const api = (): PackSource => (client ??= options.source());
  while (queue.length) {
    const raw = queue.shift()!;
    current = raw;
    if (tried.has(raw)) continue;
    tried.add(raw);
    if (done.size >= MAX_REFS) {
      fail(`more than ${MAX_REFS} remote packs; refusing to fetch more`);
      break;
    }
    const ref = parseGitHubRef(raw);
    if ('error' in ref) {
      fail(ref.error);
      continue;
    }
    const locked = options.locked?.find((e) => e.source === raw && e.commit);
    let sha: string;
    let tag: string | undefined;
    try {
      if (ref.kind === 'commit') sha = ref.ref;
      else if (locked && !options.update) {
        sha = locked.commit!;
        tag = locked.tag;
      } else if (options.locked && !options.update && !options.resolveMissing) {
        fail(`remote pack ${raw} is not in the lock; run \`bylaw lock\` to resolve and pin it`, 'lock-mismatch', options.lockPlace);
        continue;
      } else ({ sha, tag } = await resolveRef(ref, api()));
      const dir = commitDir(options.cacheDir, ref.owner, ref.repo, sha);
      if (!isCached(dir)) await storeTarball(await api().tarball(ref.owner, ref.repo, sha), dir);
      const file = packFileIn(join(dir, ...ref.path.split('/').filter(Boolean)));
      if (!file) {
        fail(`remote pack ${raw}: no pack file at "${ref.path || '/'}" in ${ref.owner}/${ref.repo}@${sha.slice(0, 12)} (expected pack.yaml or a pack YAML file)`);
        continue;
      }
      const pack: RemotePack = { ref: raw, owner: ref.owner, repo: ref.repo, path: ref.path, sha, ...(tag ? { tag } : {}), dir, file };
      done.set(raw, pack);
      registerRemote([pack]);
      for (const parent of githubRefsOf(file, dir)) {
        queue.push(parent);
        if (!options.places?.has(parent)) options.places?.set(parent, { path: remoteShown(file) ?? file, line: 1, column: 1 });
      }
    } catch (err) {
      fail(describeFailure(ref, err));
    }
  }
  return { packs: [...done.values()].sort((a, b) => (a.ref < b.ref ? -1 : 1)), diagnostics };
}

async function resolveRef(ref: GitHubRef, api: PackSource): Promise<{ sha: string; tag?: string }> {
  if (ref.kind === 'range') {
    const tags = await api.listTags(ref.owner, ref.repo);
    const best = newestTag(tags, ref.ref);
    if (!best) {
      const versions = tags.map((t) => t.name).slice(0, 10).join(', ');
      throw new Error(`no tag satisfies ${ref.ref}${versions ? ` (tags: ${versions}${tags.length > 10 ? ', …' : ''})` : ' (the repository has no tags)'}`);
    }
    return { sha: best.sha, tag: best.name };
  }
  return { sha: await api.resolveCommit(ref.owner, ref.repo, ref.ref) };
}

