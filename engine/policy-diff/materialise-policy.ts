import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../git/git.js';
import { copyPolicyAt } from '../policy/copy-policy-at.js';

/**
 * Copy the policy of the scan root as it is in git `ref` into a new temporary directory: config, lock,
 * `policies/`, `.bylaw/`, `extra` references (e.g. `--policy ./pack`, `--config FILE`), and every local pack,
 * `extends` target, rules directory and exceptions file they name (engine/policy/copy-policy-at.ts). Returns the
 * directory to use as `ScanOptions.policyRoot`.
 */
export async function materialisePolicy(root: string, ref: string, extra: string[] = []): Promise<{ dir: string; policyRoot: string; commit: string }> {
  const commit = (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root })).trim();
  const prefix = (await git(['rev-parse', '--show-prefix'], { cwd: root })).trim().replace(/\/$/, '');
  const dir = await mkdtemp(join(tmpdir(), 'bylaw-policy-'));
  const policyRoot = prefix ? join(dir, ...prefix.split('/')) : dir;
  await copyPolicyAt(root, commit, dir, { prefix, refs: extra });
  return { dir, policyRoot, commit };
}
