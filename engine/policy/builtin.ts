import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * bylaw's own directory (where `policies/` and `rules/` live), found by walking up from this module: works from
 * the sources (tests), from `dist/` (CLI and Action) and from an installed package.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'bylaw') return (root = dir);
      } catch {
        /* keep walking */
      }
    }
    dir = dirname(dir);
  }
  throw new Error('cannot find the bylaw package directory (policies/ and rules/)');
}

export const builtinPoliciesDir = (): string => join(packageRoot(), 'policies');
export const builtinRulesDir = (): string => join(packageRoot(), 'rules');
