import { execFile } from 'node:child_process';

/** A git command that failed, with its arguments and stderr (never the environment). */
export class GitError extends Error {
  override name = 'GitError';
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
    options?: { cause?: unknown },
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-3).join(' ') || 'unknown error'}`, options);
  }
}

/** Options for one git invocation. */
export interface GitOptions {
  /** Repository (or work tree) directory. */
  cwd: string;
  /** Return raw bytes instead of UTF-8 text (for blobs). */
  binary?: boolean;
  /** Largest output accepted, in bytes (default 256 MiB). */
  maxBuffer?: number;
}

/**
 * Run git with fixed arguments (no shell) and return stdout. Prompts and pagers are disabled, so a missing
 * credential fails fast instead of hanging the run.
 */
export function git(args: readonly string[], options: GitOptions & { binary: true }): Promise<Buffer>;
export function git(args: readonly string[], options: GitOptions): Promise<string>;
export function git(args: readonly string[], options: GitOptions): Promise<string | Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args],
      {
        cwd: options.cwd,
        encoding: options.binary ? 'buffer' : 'utf8',
        maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, String(stderr ?? ''), { cause: error }));
        else resolve(stdout);
      },
    );
  });
}

/** True when `commit` names a commit present in the local object store. */
export async function hasCommit(cwd: string, commit: string): Promise<boolean> {
  try {
    await git(['cat-file', '-e', `${commit}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

/** Make `commit` available locally, fetching it shallowly from `remote` when it is missing. */
export async function ensureCommit(cwd: string, commit: string, remote = 'origin'): Promise<void> {
  if (await hasCommit(cwd, commit)) return;
  await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, commit], { cwd });
}
