import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { changedPaths } from '../engine/git/changed-lines.js';
import { ensureCommit } from '../engine/git/git.js';
import { materialiseAt, safeRelativePath } from '../engine/git/read-at-commit.js';
import { mdText } from '../reports/escape/markdown.js';
import type { RunContext } from './event.js';

/** Policy files every repository may have, besides what its config names. */
const ALWAYS = ['.bylaw.yaml', '.bylaw.yml', 'bylaw.lock', 'policies', '.bylaw'];
/** Bound on config → pack → extends hops, so a hostile policy cannot make the walk endless. */
const MAX_ROUNDS = 20;

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
 * temporary directory. `head` is what the change is compared against to tell whether it edits policy.
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
  const wanted = new Set(ALWAYS);
  if (options.config) wanted.add(options.config);
  const written = new Set<string>();
  const attempted = new Set<string>();
  const parsed = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pending = [...wanted].map(safeRelativePath).filter((p): p is string => p !== undefined && !attempted.has(p) && !covered(p, written));
    pending.forEach((p) => attempted.add(p));
    if (pending.length > 0) for (const file of await materialiseAt(workspace, baseSha, pending, root)) written.add(file);
    let grew = false;
    for (const file of [...written].filter((f) => /\.ya?ml$/.test(f) && !parsed.has(f))) {
      parsed.add(file);
      for (const ref of await referencesIn(root, file)) {
        if (!wanted.has(ref)) {
          wanted.add(ref);
          grew = true;
        }
      }
    }
    if (!grew && pending.length === 0) break;
  }
  const prefixes = [...wanted].map(safeRelativePath).filter((p): p is string => p !== undefined);
  let changedPolicyFiles: string[] = [];
  try {
    const changed = await changedPaths(workspace, baseSha, options.head);
    changedPolicyFiles = changed.filter((path) => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)));
  } catch {
    changedPolicyFiles = [];
  }
  return { root, files: [...written].sort(), changedPolicyFiles };
}

function covered(path: string, written: Set<string>): boolean {
  if (written.has(path)) return true;
  for (const file of written) if (file.startsWith(`${path}/`)) return true;
  return false;
}

/** Local paths a config or pack file refers to (packs, extends, exceptions), relative to the repository root. */
async function referencesIn(root: string, file: string): Promise<string[]> {
  let data: unknown;
  try {
    const text = await readFile(join(root, ...file.split('/')), 'utf8');
    if (text.length > 1024 * 1024) return [];
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const refs: string[] = [];
  const dir = posix.dirname(file);
  for (const key of ['packs', 'extends', 'policies']) {
    const list = record[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const path = localPath(entry);
      if (path !== undefined) refs.push(...packPaths(dir, path));
    }
  }
  if (Array.isArray(record.rules)) {
    for (const rule of record.rules) {
      if (typeof rule !== 'string' || !(rule.startsWith('./') || rule.startsWith('../'))) continue;
      const literal = rule.split(/[*?[{]/)[0];
      refs.push(posix.join(dir, literal === rule ? rule : posix.dirname(`${literal}x`)));
    }
  }
  if (typeof record.exceptions === 'string') refs.push(posix.join(dir, record.exceptions));
  return refs.map(safeRelativePath).filter((p): p is string => p !== undefined);
}

/** The path of a pack reference that points at local files: `./x`, `../x`, `dir/pack.yaml`, `NAME@./x` (not `github:...`). */
export function localPath(entry: unknown): string | undefined {
  if (typeof entry !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(entry)) return undefined;
  const at = entry.lastIndexOf('@');
  const ref = at > 0 ? entry.slice(at + 1) : entry;
  if (ref.startsWith('./') || ref.startsWith('../') || /\.ya?ml$/.test(ref) || (at <= 0 && ref.includes('/'))) return ref;
  return undefined;
}

/** A pack file brings its whole directory (its `rules:` live beside it); a directory comes whole. */
function packPaths(dir: string, path: string): string[] {
  const joined = posix.join(dir, path);
  return /\.ya?ml$/.test(joined) ? [joined, posix.dirname(joined)] : [joined];
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
