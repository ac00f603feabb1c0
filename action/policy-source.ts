import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedPaths } from '../engine/git/changed-lines.js';
import { ensureCommit } from '../engine/git/git.js';
import { copyPolicyAt } from '../engine/policy/copy-policy-at.js';
import { mdText } from '../reports/escape/markdown.js';
import type { RunContext } from './event.js';

/** The base commit's policy, copied out of git so the pull request's edits cannot reach it. */
export interface BasePolicy {
  /** Temporary directory to pass as `ScanOptions.policyRoot`. */
  root: string;
  /** Repository-relative files copied, sorted. */
  files: string[];
  /** Policy files (as paths or directories) the change touches, sorted; empty when policy is unchanged. */
  changedPolicyFiles: string[];
}

/**
 * Materialise the config, lock, `policies/` and every local pack, exception file and `extends` target the
 * base commit's config reaches, as they are in `baseSha` (fetched with depth 1 when missing), into a fresh
 * temporary directory (engine/policy/copy-policy-at.ts). `head` is what the change is compared against to tell
 * whether it edits policy.
 */
export async function materialiseBasePolicy(options: {
  workspace: string;
  baseSha: string;
  head: string;
  config?: string;
  tempDir?: string;
}): Promise<BasePolicy> {
  const { workspace, baseSha } = options;
  await ensureCommit(workspace, baseSha);
  const root = await mkdtemp(join(options.tempDir ?? tmpdir(), 'bylaw-policy-'));
  const copied = await copyPolicyAt(workspace, baseSha, root, { paths: options.config ? [options.config] : [] });
  let changedPolicyFiles: string[] = [];
  try {
    const changed = await changedPaths(workspace, baseSha, options.head);
    changedPolicyFiles = changed.filter((path) => copied.wanted.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)));
  } catch {
    changedPolicyFiles = [];
  }
  return { root, files: copied.files, changedPolicyFiles };
}

/**
 * The policy root for the run: on pull requests and merge groups with `policy-from: base`, the base commit's
 * policy copied to a temporary directory, with the policy files the change modifies; otherwise no root (the checkout). Adds summary notes, including
 * one listing the policy files the change modifies. Failing to read the base is an error, never a silent
 * fallback to the change's own policy.
 */
export async function policyRootFor(
  policyFrom: 'base' | 'head',
  config: string | undefined,
  context: RunContext,
  workspace: string,
  tempDir: string | undefined,
  notes: string[],
): Promise<{ root?: string; changedPolicyFiles: string[] }> {
  if (!context.isChangeReview) return { changedPolicyFiles: [] };
  if (policyFrom === 'head') {
    notes.push('Policy: read from the head of the change (`policy-from: head`).');
    return { changedPolicyFiles: [] };
  }
  if (!context.baseSha) throw new Error(`policy-from: base needs the base commit, and the ${context.eventName} payload has none; set policy-from: head to use the checked-out policy`);
  let base: BasePolicy;
  try {
    base = await materialiseBasePolicy({ workspace, baseSha: context.baseSha, head: 'HEAD', config, tempDir });
  } catch (error) {
    throw new Error(
      `policy-from: base could not read the policy at the base commit ${context.baseSha}: ${(error as Error).message.split('\n')[0]}. ` +
        'Check out with enough history (actions/checkout fetch-depth: 0) or set policy-from: head.',
    );
  }
  notes.push(`Policy: config, packs and lock from the base commit \`${context.baseSha.slice(0, 12)}\`, so the change is judged by the policy it would modify.`);
  if (base.changedPolicyFiles.length > 0) {
    const list = base.changedPolicyFiles.map((f) => `\`${mdText(f)}\``).join(', ');
    notes.push(`**This change modifies policy files:** ${list}. The edits take effect after merge; this run used the base commit's policy.`);
  }
  return { root: base.root, changedPolicyFiles: base.changedPolicyFiles };
}
