import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { x as extract } from 'tar';

/** Largest tarball accepted (compressed) and largest total of file contents extracted from it. */
export const MAX_TARBALL_BYTES = 32 * 1024 * 1024;
const MAX_EXTRACTED_BYTES = 128 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

/** `$BYLAW_CACHE_DIR`, else `$XDG_CACHE_HOME/bylaw`, else `~/.cache/bylaw`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.BYLAW_CACHE_DIR) return env.BYLAW_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'bylaw');
}

/** Directory holding a repository's tree at a commit: `<cache>/github/<owner>/<repo>/<sha>`. */
export function commitDir(cacheDir: string, owner: string, repo: string, sha: string): string {
  return join(cacheDir, 'github', owner.toLowerCase(), repo.toLowerCase(), sha);
}

/** Is this commit already in the cache? (The directory appears only once extraction finished.) */
export const isCached = (dir: string): boolean => existsSync(dir);

/**
 * Extract a GitHub tarball (one top-level `owner-repo-sha/` directory) into `dir`. Only regular files and
 * directories are written (no links, devices or absolute/`..` paths); sizes are bounded. The directory appears
 * atomically, so an interrupted fetch never leaves a half-written commit in the cache.
 */
export async function storeTarball(tarball: Buffer, dir: string): Promise<void> {
  if (tarball.length > MAX_TARBALL_BYTES) throw new Error(`tarball is larger than ${MAX_TARBALL_BYTES} bytes`);
  const tmp = `${dir}.tmp-${process.pid}-${Date.now().toString(36)}`;
  mkdirSync(tmp, { recursive: true });
  let total = 0;
  let entries = 0;
  let problem: string | undefined;
  try {
    await pipeline(
      Readable.from([tarball]),
      extract({
        cwd: tmp,
        strip: 1,
        strict: true,
        preservePaths: false,
        preserveOwner: false,
        noMtime: true,
        filter: (_path, entry) => {
          const type = (entry as { type?: string }).type;
          if (type !== 'File' && type !== 'Directory' && type !== 'OldFile') return false;
          total += (entry as { size?: number }).size ?? 0;
          entries += 1;
          if (total > MAX_EXTRACTED_BYTES || entries > MAX_ENTRIES) {
            problem ??= `tarball expands past ${MAX_EXTRACTED_BYTES} bytes or ${MAX_ENTRIES} entries`;
            return false;
          }
          return true;
        },
      }),
    );
    if (problem) throw new Error(problem);
    if (existsSync(dir)) rmSync(tmp, { recursive: true, force: true });
    else renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}
