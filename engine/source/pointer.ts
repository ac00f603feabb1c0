/** RFC 6901 JSON Pointers. */

export function escapeSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeSegment(segment: string): string {
  if (segment.indexOf('~') < 0) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

const parsed = new Map<string, readonly string[]>();

/** Segments of a pointer. Results are cached and shared: callers must not modify the array. */
export function parsePointer(pointer: string): readonly string[] {
  let segments = parsed.get(pointer);
  if (!segments) {
    segments = pointer === '' ? [] : pointer === '/' ? [''] : pointer.slice(pointer.startsWith('/') ? 1 : 0).split('/').map(unescapeSegment);
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(pointer, segments);
  }
  return segments;
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  let out = base;
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}

/** Concatenate two pointers (`rel` is itself a pointer, '' meaning "same place"). */
export function appendPointer(base: string, rel: string): string {
  if (!rel) return base;
  return base + (rel.startsWith('/') ? rel : '/' + rel);
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Read a value at a pointer using own properties only (never the prototype chain). */
export function getAt(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  for (const seg of parsePointer(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(seg)) return undefined;
      cur = cur[Number(seg)];
    } else {
      if (FORBIDDEN.has(seg) && !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return cur;
}
