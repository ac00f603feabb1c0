import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * A file a post-process stage reads (exceptions, baseline), resolved against `base`: its absolute path, and how
 * reports show it (`/`-separated relative to `base`, or absolute when it lies outside).
 */
export function shownPath(base: string, given: string): { abs: string; shown: string } {
  const abs = resolve(base, given);
  const rel = relative(base, abs);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs;
  return { abs, shown };
}
