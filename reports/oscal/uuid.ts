import { createHash } from 'node:crypto';

/** RFC 9562 namespace for URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based (version 5, SHA-1) UUID: the same name in the same namespace always gives the same UUID. */
export function uuidv5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** bylaw's own namespace for OSCAL identifiers. */
export const BYLAW_NAMESPACE = uuidv5('urn:bylaw:oscal', URL_NAMESPACE);

/**
 * Hands out deterministic UUIDs under one document UUID: `id(kind, key)` is stable for the same content,
 * and repeated keys get a counter so no two objects share a UUID.
 */
export class UuidFactory {
  private readonly seen = new Map<string, number>();

  constructor(readonly root: string) {}

  id(kind: string, key: string): string {
    const name = `${kind}\u0000${key}`;
    const count = this.seen.get(name) ?? 0;
    this.seen.set(name, count + 1);
    return uuidv5(count === 0 ? name : `${name}\u0000${count}`, this.root);
  }
}
