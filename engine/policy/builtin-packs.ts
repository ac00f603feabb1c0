import { existsSync, readdirSync } from 'node:fs';
import { builtinPoliciesDir } from './builtin.js';

/** Ids of the built-in packs (files `policies/<id>.yaml`), sorted. */
export function builtinPackIds(): string[] {
  const dir = builtinPoliciesDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}
