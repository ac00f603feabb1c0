import type { Finding } from '../types.js';
import { globMatcher } from '../evaluate/operators/glob-match.js';
import type { Exception } from './exception.js';

/** An entry's path glob; a leading `./` is dropped, since finding paths are scan-root-relative without it. */
const glob = (pattern: string): ((path: string) => boolean) => globMatcher(pattern.replace(/^\.\//, ''));

/** `prefix` names `pointer` or one of its ancestors (whole segments: `/a/b` covers `/a/b/c`, not `/a/bc`). */
function pointerCovers(prefix: string, pointer: string | undefined): boolean {
  if (prefix === '') return true;
  if (pointer === undefined) return false;
  return pointer === prefix || pointer.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/**
 * Does the exception cover the finding? Every scope the entry gives must match (rule or control, paths,
 * resources, pointer); inside a list, any item may match. Resource fields compare exactly.
 */
export function exceptionMatches(x: Exception, f: Finding): boolean {
  if (x.rule !== undefined && x.rule !== f.ruleId) return false;
  if (x.control !== undefined && !f.controls.includes(x.control)) return false;
  if (x.paths && !x.paths.some((p) => glob(p)(f.location.path))) return false;
  if (x.resources && !x.resources.some((r) => Object.entries(r).every(([k, v]) => (f.resource as unknown as Record<string, unknown>)[k] === v))) return false;
  if (x.pointer !== undefined && !pointerCovers(x.pointer, f.location.pointer)) return false;
  return true;
}

/** Could the entry's path scope match any of these scanned paths? (Used to tell stale from out-of-scope.) */
export function pathsInScope(x: Exception, scanned: string[]): boolean {
  if (!x.paths) return true;
  return scanned.some((s) => x.paths!.some((p) => glob(p)(s)));
}
