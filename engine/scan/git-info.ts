import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The `.git` directory of the work tree containing `dir` (following a `gitdir:` file for worktrees). */
function gitDir(dir: string): string | undefined {
  let d = resolve(dir);
  for (let i = 0; i < 64; i++) {
    const g = join(d, '.git');
    if (existsSync(g)) {
      if (statSync(g).isDirectory()) return g;
      const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(g, 'utf8'));
      return m ? resolve(d, m[1].trim()) : undefined;
    }
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
  return undefined;
}

/** Read HEAD from the git directory's files (no process spawned); undefined when anything is unusual. */
function readHead(git: string): { commit?: string; ref?: string } | undefined {
  try {
    const head = readFileSync(join(git, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head)) return { commit: head };
    const m = /^ref:\s*(refs\/\S+)$/.exec(head);
    if (!m) return undefined;
    const ref = m[1];
    const loose = join(git, ref);
    if (existsSync(loose)) {
      const sha = readFileSync(loose, 'utf8').trim();
      return /^[0-9a-f]{40}$/.test(sha) ? { commit: sha, ref } : undefined;
    }
    const packed = join(git, 'packed-refs');
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, 'utf8').split('\n')) {
        const [sha, name] = line.trim().split(' ');
        if (name === ref && /^[0-9a-f]{40}$/.test(sha)) return { commit: sha, ref };
      }
    }
    return { ref };
  } catch {
    return undefined;
  }
}

/**
 * Commit and ref of the checkout at `dir` (undefined when it is not a git work tree). Read from `.git` directly
 * when it is ordinary; otherwise asks git.
 */
export function gitInfo(dir: string): { commit?: string; ref?: string } {
  const git = gitDir(dir);
  if (!git) return {};
  const fast = readHead(git);
  if (fast?.commit) return fast;
  const run = (...args: string[]): string | undefined => {
    try {
      return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim() || undefined;
    } catch {
      return undefined;
    }
  };
  const commit = run('rev-parse', '--verify', '-q', 'HEAD');
  if (!commit) return {};
  const ref = run('symbolic-ref', '-q', 'HEAD');
  return { commit, ref };
}
