import { escapeSegment, parsePointer } from '../source/pointer.js';

/** One parsed `select` path: an optional named root, then segments where `*` matches every member. */
export interface SelectPath {
  root?: string;
  segments: string[];
  /** Root pointer → root segments + own segments, filled on first use. */
  resolved?: Map<string, readonly string[]>;
}

/** A node picked by `select`: pointer relative to the resource, its value, and its own key (map key or index). */
export interface Selected {
  pointer: string;
  value: unknown;
  key?: string;
}

/** Parse `$podSpec/containers/*` or `/spec/volumes/*` (or `''` for the resource itself). */
export function parseSelect(path: string): SelectPath {
  let rest = path.trim();
  let root: string | undefined;
  const m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
  if (m) {
    root = m[1];
    rest = rest.slice(m[0].length);
  }
  const segments = rest === '' || rest === '/' ? [] : rest.replace(/^\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return { root, segments };
}

const own = Object.prototype.hasOwnProperty;

function walk(value: unknown, pointer: string, key: string | undefined, segments: readonly string[], i: number, out: Selected[]): void {
  if (i === segments.length) {
    if (value !== undefined) out.push(key === undefined ? { pointer, value } : { pointer, value, key });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const seg = segments[i];
  if (Array.isArray(value)) {
    if (seg === '*') for (let k = 0; k < value.length; k++) walk(value[k], `${pointer}/${k}`, String(k), segments, i + 1, out);
    else if (/^(0|[1-9]\d*)$/.test(seg)) walk(value[Number(seg)], `${pointer}/${seg}`, seg, segments, i + 1, out);
    return;
  }
  const obj = value as Record<string, unknown>;
  if (seg === '*') {
    for (const k of Object.keys(obj)) walk(obj[k], `${pointer}/${escapeSegment(k)}`, k, segments, i + 1, out);
  } else if (own.call(obj, seg)) {
    walk(obj[seg], `${pointer}/${escapeSegment(seg)}`, seg, segments, i + 1, out);
  }
}

/** Root segments followed by the path's own, cached on the compiled path per root pointer. */
function fullPath(base: string, p: SelectPath): readonly string[] {
  p.resolved ??= new Map();
  let segments = p.resolved.get(base);
  if (!segments) {
    segments = [...parsePointer(base), ...p.segments];
    p.resolved.set(base, segments);
  }
  return segments;
}

/**
 * Nodes a rule checks inside a resource. `roots` maps root names to pointers relative to the resource;
 * a path whose root the target lacks selects nothing.
 */
export function select(resource: unknown, paths: SelectPath[], roots: Record<string, string> | undefined): Selected[] {
  if (paths.length === 0) return [{ pointer: '', value: resource }];
  const out: Selected[] = [];
  for (const p of paths) {
    let segments: readonly string[] = p.segments;
    if (p.root) {
      const base = roots?.[p.root];
      if (base === undefined) continue;
      segments = fullPath(base, p);
    }
    walk(resource, '', undefined, segments, 0, out);
  }
  return out;
}
