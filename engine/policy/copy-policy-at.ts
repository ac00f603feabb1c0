import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { materialiseAt, safeRelativePath } from '../git/read-at-commit.js';

/** Policy files every policy root may have, besides what its config and packs name. */
const ALWAYS = ['.bylaw.yaml', '.bylaw.yml', 'bylaw.lock', 'policies', '.bylaw'];
/** Bound on config → pack → extends hops, so a hostile policy cannot make the walk endless. */
const MAX_ROUNDS = 20;
const MAX_POLICY_FILE = 1024 * 1024;

/** What was copied: the repository-relative files written, and every path the walk asked for (files and directories). */
export interface CopiedPolicy {
  files: string[];
  wanted: string[];
}

/**
 * Copy a policy as it is at `commit` (never the work tree, never through symlinks) into `dest`: config, lock,
 * `policies/`, `.bylaw/`, then every local pack, `extends` target, rules directory and exceptions file the copied
 * files name, hop by hop. `prefix` is the policy root inside the repository (a scan from a subdirectory); `paths`
 * are extra repository-relative-to-prefix paths (a `--config` file), `refs` extra pack references (`--policy ./x`).
 * Shared by `bylaw diff` (a git ref's policy) and the Action (the base commit's policy).
 */
export async function copyPolicyAt(cwd: string, commit: string, dest: string, options: { prefix?: string; paths?: string[]; refs?: string[] } = {}): Promise<CopiedPolicy> {
  const prefix = options.prefix ?? '';
  const inRepo = (p: string): string => (prefix ? `${prefix}/${p}` : p);
  const wanted = new Set<string>([...ALWAYS, ...(options.paths ?? []), ...(options.refs ?? []).map(localPath).filter((p): p is string => p !== undefined)].map(inRepo));
  const written = new Set<string>();
  const attempted = new Set<string>();
  const parsed = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pending = [...wanted].map(safeRelativePath).filter((p): p is string => p !== undefined && !attempted.has(p) && !covered(p, written));
    pending.forEach((p) => attempted.add(p));
    if (pending.length > 0) for (const file of await materialiseAt(cwd, commit, pending, dest)) written.add(file);
    let grew = false;
    for (const file of [...written].filter((f) => /\.ya?ml$/.test(f) && !parsed.has(f))) {
      parsed.add(file);
      for (const ref of await referencesIn(dest, file)) {
        if (!wanted.has(ref)) {
          wanted.add(ref);
          grew = true;
        }
      }
    }
    if (!grew && pending.length === 0) break;
  }
  return { files: [...written].sort(), wanted: [...wanted].map(safeRelativePath).filter((p): p is string => p !== undefined) };
}

function covered(path: string, written: Set<string>): boolean {
  if (written.has(path)) return true;
  for (const file of written) if (file.startsWith(`${path}/`)) return true;
  return false;
}

/** Local paths a config or pack file refers to (packs, extends, exceptions, rules), relative to the repository root. */
async function referencesIn(root: string, file: string): Promise<string[]> {
  let data: unknown;
  try {
    const text = await readFile(join(root, ...file.split('/')), 'utf8');
    if (text.length > MAX_POLICY_FILE) return [];
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const refs: string[] = [];
  const dir = posix.dirname(file);
  for (const key of ['packs', 'extends', 'policies']) {
    const list = typeof record[key] === 'string' ? [record[key]] : record[key];
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
