import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { git } from '../git/git.js';
import { materialiseAt, safeRelativePath } from '../git/read-at-commit.js';

/** Policy files every policy root may have, besides what its config and packs name. */
const ALWAYS = ['.bylaw.yaml', '.bylaw.yml', 'bylaw.lock', 'policies', '.bylaw'];
/** Bound on config → pack → extends hops, so a hostile policy cannot make the walk endless. */
const MAX_ROUNDS = 10;

const looksLikePath = (s: string): boolean => s.startsWith('.') || s.startsWith('/') || s.includes('/') || /\.ya?ml$/.test(s);

/** Local paths a config or pack refers to (packs, extends, exceptions, rules directories), relative to its directory. */
function referencesIn(data: unknown): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const o = data as Record<string, unknown>;
  const out: string[] = [];
  const refs = [...(Array.isArray(o.packs) ? o.packs : []), ...(Array.isArray(o.extends) ? o.extends : typeof o.extends === 'string' ? [o.extends] : [])];
  for (const r of refs) {
    if (typeof r !== 'string' || r.startsWith('github:')) continue;
    const at = r.lastIndexOf('@');
    const path = at > 0 ? r.slice(at + 1) : r;
    if (looksLikePath(path)) out.push(path);
  }
  if (typeof o.exceptions === 'string') out.push(o.exceptions);
  if (Array.isArray(o.rules)) for (const r of o.rules) if (typeof r === 'string' && looksLikePath(r)) out.push(posix.dirname(r.replace(/\*.*$/, 'x')));
  return out;
}

/**
 * Copy the policy of the scan root as it is in git `ref` into a new temporary directory: config, lock,
 * `policies/`, `.bylaw/`, `extra` paths (e.g. `--policy ./pack`), and every local pack, `extends` target, rules
 * directory and exceptions file they name. Returns the directory to use as `ScanOptions.policyRoot`.
 */
export async function materialisePolicy(root: string, ref: string, extra: string[] = []): Promise<{ dir: string; policyRoot: string; commit: string }> {
  const commit = (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root })).trim();
  const prefix = (await git(['rev-parse', '--show-prefix'], { cwd: root })).trim().replace(/\/$/, '');
  const dir = await mkdtemp(join(tmpdir(), 'bylaw-policy-'));
  const policyRoot = prefix ? join(dir, ...prefix.split('/')) : dir;
  const inRepo = (p: string): string | undefined => safeRelativePath(prefix ? `${prefix}/${p}` : p);
  const wanted = new Set([...ALWAYS, ...extra.filter(looksLikePath)].map(inRepo).filter((p): p is string => !!p));
  const done = new Set<string>();
  const parsed = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pending = [...wanted].filter((p) => !done.has(p));
    if (!pending.length) break;
    pending.forEach((p) => done.add(p));
    const written = await materialiseAt(root, commit, pending, dir);
    for (const file of written.filter((f) => /\.ya?ml$/.test(f) && !parsed.has(f))) {
      parsed.add(file);
      let data: unknown;
      try {
        const text = await readFile(join(dir, ...file.split('/')), 'utf8');
        data = text.length <= 1024 * 1024 ? load(text, { schema: CORE_SCHEMA }) : undefined;
      } catch {
        continue;
      }
      for (const ref of referencesIn(data)) {
        const p = safeRelativePath(posix.join(posix.dirname(file), ref));
        if (p) wanted.add(p);
      }
    }
  }
  return { dir, policyRoot, commit };
}
