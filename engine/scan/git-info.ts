import { execFileSync } from 'node:child_process';

/** Commit and ref of the checkout at `dir` (undefined when it is not a git work tree or git is missing). */
export function gitInfo(dir: string): { commit?: string; ref?: string } {
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
