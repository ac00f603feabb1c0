import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import semver from 'semver';
import { builtinPoliciesDir } from './builtin.js';
import { isGitHubRef } from './remote/github-ref.js';
import { lookupRemote } from './remote/registry.js';

/** Where a pack reference points. */
export interface PackLocation {
  file: string;
  builtin: boolean;
  /** Version range the pack must satisfy (from `NAME@RANGE`). */
  range?: string;
  /** Shown source for remote packs. */
  source?: string;
}

const looksLikePath = (s: string): boolean => /^(\.{1,2}\/|\/)/.test(s) || /\.ya?ml$/i.test(s) || s.includes('/');

function packFileIn(pathOrDir: string): string | undefined {
  if (!existsSync(pathOrDir)) return undefined;
  if (statSync(pathOrDir).isFile()) return pathOrDir;
  for (const name of ['pack.yaml', 'pack.yml', 'bylaw-pack.yaml']) if (existsSync(join(pathOrDir, name))) return join(pathOrDir, name);
  return undefined;
}

/** Versions of a named pack available in a policies directory: `NAME.yaml`, `NAME/pack.yaml`, `NAME/VERSION/pack.yaml`. */
const heads = new Map<string, { id?: unknown; version?: unknown } | undefined>();

/**
 * A pack file's `id` and `version`, to choose among candidates before loading one for real (which validates it):
 * read from the top-level lines when they are plain, else by parsing the file. Cached per file for the process.
 */
function packHead(file: string): { id?: unknown; version?: unknown } | undefined {
  if (heads.has(file)) return heads.get(file);
  let head: { id?: unknown; version?: unknown } | undefined;
  try {
    const text = readFileSync(file, 'utf8');
    const id = /^id:[ \t]*([A-Za-z0-9._-]+)[ \t]*(?:#.*)?$/m.exec(text)?.[1];
    const version = /^version:[ \t]*["']?([0-9A-Za-z.+-]+)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
    head = id && version ? { id, version } : (load(text, { schema: CORE_SCHEMA }) as { id?: unknown; version?: unknown });
  } catch {
    head = undefined; // reported when the pack is loaded for real
  }
  heads.set(file, head);
  return head;
}

function candidates(dir: string, name: string): { file: string; version: string }[] {
  const out: { file: string; version: string }[] = [];
  const read = (file: string) => {
    const head = packHead(file);
    if (head && head.id === name && typeof head.version === 'string') out.push({ file, version: head.version });
  };
  for (const f of [join(dir, `${name}.yaml`), join(dir, `${name}.yml`), join(dir, name, 'pack.yaml')]) if (existsSync(f)) read(f);
  const versions = join(dir, name);
  if (existsSync(versions) && statSync(versions).isDirectory()) {
    for (const v of readdirSync(versions)) if (semver.valid(v) && existsSync(join(versions, v, 'pack.yaml'))) read(join(versions, v, 'pack.yaml'));
  }
  return out;
}

/**
 * Resolve `NAME`, `NAME@RANGE`, `NAME@PATH` or a path. Named packs are looked up in the policy root's
 * `policies/` (the repository's own packs) and then bylaw's built-in `policies/`; a range picks the newest match.
 * `github:` references resolve to the cached tree `prepareRemotePacks` fetched before loading.
 */
export function resolvePackRef(ref: string, baseDir: string, policyRoot: string): PackLocation | { error: string } {
  if (isGitHubRef(ref)) {
    const remote = lookupRemote(ref);
    return remote ? { file: remote.file, builtin: false, source: `${ref} (${remote.sha.slice(0, 12)})` } : { error: `remote pack ${ref} was not fetched (only scan, lock, list, explain and test fetch remote packs)` };
  }
  const at = ref.lastIndexOf('@');
  const name = at > 0 ? ref.slice(0, at) : ref;
  const after = at > 0 ? ref.slice(at + 1) : undefined;
  if (after !== undefined && looksLikePath(after)) {
    const file = packFileIn(isAbsolute(after) ? after : resolve(baseDir, after));
    return file ? { file, builtin: false } : { error: `pack ${name}: no pack file at ${after}` };
  }
  if (at < 0 && looksLikePath(ref)) {
    const file = packFileIn(isAbsolute(ref) ? ref : resolve(baseDir, ref));
    return file ? { file, builtin: false } : { error: `no pack file at ${ref} (expected a pack YAML file or a directory with pack.yaml)` };
  }
  if (after !== undefined && semver.validRange(after) === null) return { error: `pack ${name}: "${after}" is neither a semver range nor a path` };
  const range = after;
  const dirs: [string, boolean][] = [[join(policyRoot, 'policies'), false], [builtinPoliciesDir(), true]];
  const seen: string[] = [];
  for (const [dir, builtin] of dirs) {
    const found = candidates(dir, name);
    seen.push(...found.map((f) => f.version));
    const ok = found.filter((f) => !range || semver.satisfies(f.version, range, { includePrerelease: true }));
    ok.sort((a, b) => semver.rcompare(a.version, b.version));
    if (ok.length) return { file: ok[0].file, builtin, range };
  }
  if (seen.length) return { error: `pack ${name}: no version satisfies ${range} (available: ${[...new Set(seen)].join(', ')})` };
  return { error: `unknown pack "${name}" (not in ./policies or the built-in packs; see \`bylaw list packs\`)` };
}
