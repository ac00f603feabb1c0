import { createHash } from 'node:crypto';
import type { ResourceRef } from '../types.js';
import { escapeSegment, parsePointer } from '../source/pointer.js';

/**
 * A pointer that names list items by their `name` when they have one (`/spec/containers/web/image`
 * instead of `/spec/containers/0/image`), so reordering a list keeps fingerprints.
 */
export function semanticPointer(resource: unknown, pointer: string): string {
  let cur: unknown = resource;
  let out = '';
  for (const seg of parsePointer(pointer)) {
    if (Array.isArray(cur)) {
      const item = cur[Number(seg)];
      const name = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>).name : undefined;
      out += '/' + (typeof name === 'string' ? `[name=${escapeSegment(name)}]` : seg);
      cur = item;
    } else {
      out += '/' + escapeSegment(seg);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/**
 * Stable identity of a finding: rule, file, resource identity and the semantic pointer inside the resource.
 * No line numbers and no document index, so moving lines or reordering documents keeps it.
 */
export function fingerprint(ruleId: string, path: string, resource: ResourceRef, semantic: string): string {
  const id = [ruleId, path, resource.type, resource.kind ?? '', resource.namespace ?? '', resource.name ?? '', resource.address ?? '', semantic].join('\u0000');
  return createHash('sha256').update(id).digest('hex').slice(0, 32);
}
