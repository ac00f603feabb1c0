import type { Severity } from '../types.js';
import type { Limits } from '../limits.js';
import type { GitHubRequest } from '../loaders/repository-github.js';

/** Everything a scan needs. The CLI and the Action both build one of these and call `scan()`. */
export interface ScanOptions {
  /** Scan root: finding paths are relative to it. Default: process.cwd(). */
  root?: string;
  /** Files, directories or globs to scan, relative to `root`. Default: `['.']`. */
  paths?: string[];
  /** Packs: `NAME[@RANGE]`, `NAME@PATH`, or a path to a pack file/directory. Added to the config's packs. */
  policies?: string[];
  /** Pack parameters from the command line (`KEY=VALUE`, or `PACK.KEY=VALUE` for one pack). */
  params?: Record<string, unknown>;
  /** Config file; default `.bylaw.yaml` in root when present. `false` to ignore any config. */
  config?: string | false;
  /** Directory the config, packs and lock are read from (the Action points this at the base commit). Default: root. */
  policyRoot?: string;
  failOn?: Severity | 'none';
  exceptions?: string;
  baseline?: string;
  /** Limit failures to files (or lines) changed since this git ref. */
  changedSince?: string;
  /** `files` or `lines` (default `lines` with changedSince). */
  changedMode?: 'files' | 'lines';
  /** Precomputed changed lines per path (the Action passes the PR's diff); overrides changedSince. */
  changed?: Map<string, Set<number> | 'all'>;
  /** `I/N`: scan only this deterministic share of the inputs. */
  shard?: string;
  /** Worker threads: 0 = decide by input size, 1 = in-process. */
  workers?: number;
  limits?: Partial<Limits>;
  /** Clock, injectable for tests and deterministic reports. */
  now?: () => Date;
  /** Content read from standard input (`bylaw scan -`), scanned as a file with this path (detection uses the name). */
  stdin?: { path: string; bytes: Buffer };
  /**
   * Environment for fetching `github:` remote packs (`BYLAW_GITHUB_TOKEN`/`GITHUB_TOKEN`, `GITHUB_API_URL`,
   * `BYLAW_CACHE_DIR`). The engine never reads `process.env` itself: the CLI and the Action pass theirs.
   */
  env?: NodeJS.ProcessEnv;
  /** Called as files are evaluated (for a TTY progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Commit and ref recorded in the result (default: read from git in root when available). */
  commit?: string;
  ref?: string;
  /** GitHub settings source for the `repository` input: octokit's `request` and `owner/repo`. Default: from GITHUB_TOKEN/GITHUB_REPOSITORY. */
  github?: { request: GitHubRequest; repository: string };
  /** Check that packs match bylaw.lock (default true when a lock exists). */
  verifyLock?: boolean;
}
