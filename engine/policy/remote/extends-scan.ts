import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import { isGitHubRef } from './github-ref.js';

/** The pack file a path names: the file itself, or `pack.yaml` (`pack.yml`, `bylaw-pack.yaml`) in the directory. */
export function packFileIn(pathOrDir: string): string | undefined {
  if (!existsSync(pathOrDir)) return undefined;
  if (statSync(pathOrDir).isFile()) return pathOrDir;
  for (const name of ['pack.yaml', 'pack.yml', 'bylaw-pack.yaml']) if (existsSync(join(pathOrDir, name))) return join(pathOrDir, name);
  return undefined;
}

/**
 * The `github:` references a pack file extends, directly or through packs it extends by relative path (followed
 * only inside `within`, when given). Unreadable files are skipped: loading reports them with their position.
 */
export function githubRefsOf(file: string, within?: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || seen.size > 64) return [];
  seen.add(file);
  let data: unknown;
  try {
    data = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  } catch {
    return [];
  }
  const list = (data as { extends?: unknown } | null)?.extends;
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const ref of list.filter((r): r is string => typeof r === 'string')) {
    if (isGitHubRef(ref)) out.push(ref);
    else if (/^\.{1,2}\//.test(ref)) {
      const target = packFileIn(resolve(dirname(file), ref));
      if (target && (!within || !relative(within, target).startsWith('..'))) out.push(...githubRefsOf(target, within, seen));
    }
  }
  return out;
}
