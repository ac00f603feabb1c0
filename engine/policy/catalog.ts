import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../types.js';
import type { Rule } from './rule.js';
import { loadPack, type LoadedPack, type PackContext } from './load-pack.js';
import { loadRuleFile } from './compile-rule.js';
import { builtinPackIds } from './builtin-packs.js';
import type { RuleCatalog } from './run-cases.js';

const SKIP = new Set(['node_modules', '.git', 'dist']);

/** YAML files under the given paths (files themselves, or directories walked), sorted. */
export function yamlFilesUnder(root: string, paths: string[], filter: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (p: string, depth: number): void => {
    if (depth > 20 || !existsSync(p)) return;
    const st = statSync(p);
    if (st.isFile()) {
      if (filter(p)) out.push(p);
      return;
    }
    for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) walk(join(p, name), depth + 1);
  };
  for (const p of paths) walk(join(root, p), 0);
  return [...new Set(out)].sort();
}

const isYaml = (p: string): boolean => /\.ya?ml$/i.test(p);
const isCases = (p: string): boolean => /\.cases\.ya?ml$/i.test(p);

/**
 * Every rule and pack bylaw can see: the built-in packs, the given packs, and pack/rule files under `paths`.
 * Used by `test`, `list` and `explain`. Problems are returned, not thrown.
 */
export function buildCatalog(root: string, packRefs: string[], paths: string[]): RuleCatalog & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ctx: PackContext = { root, params: {}, diagnostics };
  const packs = new Map<string, LoadedPack>();
  const rules = new Map<string, { rule: Rule; pack?: LoadedPack }>();
  const addPack = (p: LoadedPack | undefined): void => {
    if (!p || packs.has(p.id)) return;
    packs.set(p.id, p);
    for (const [id, rule] of p.rules) if (!rules.has(id)) rules.set(id, { rule, pack: p });
  };
  for (const ref of packRefs) addPack(loadPack(ref, ctx));
  for (const file of yamlFilesUnder(root, paths, (f) => /(^|[\\/])(pack\.ya?ml|[^\\/]+\.pack\.ya?ml)$/.test(f))) addPack(loadPack(file, ctx));
  if (existsSync(join(root, 'policies'))) {
    for (const f of yamlFilesUnder(root, ['policies'], (p) => isYaml(p) && !isCases(p) && !p.includes(`${sep}frameworks${sep}`))) {
      if (relative(join(root, 'policies'), f).split(sep).length <= 2) addPack(loadPack(f, { ...ctx, diagnostics: [] }));
    }
  }
  for (const id of builtinPackIds()) addPack(loadPack(id, ctx));
  for (const file of yamlFilesUnder(root, paths, (f) => isYaml(f) && !isCases(f) && f.includes(`${sep}rules${sep}`))) {
    const shown = relative(root, file).split(sep).join('/');
    const loaded = loadRuleFile(file, shown);
    if (loaded.rule && !rules.has(loaded.rule.id)) rules.set(loaded.rule.id, { rule: loaded.rule });
  }
  return { rules, packs, diagnostics };
}
