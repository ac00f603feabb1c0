import type { Document } from '../types.js';
import { joinPointer } from '../source/pointer.js';
import type { Parsed } from './loader.js';
import { parseErrorAt } from './parse-error-at.js';

/**
 * Report `<<` keys, for formats whose consumer reads YAML 1.2 without merge keys (GitHub Actions): there the key
 * is not a merge but an unknown key, and the consumer rejects the file. Returns one parse error per key, in document order.
 */
export function yamlMergeKeys(document: Document, consumer: string): Parsed['errors'] {
  const found: string[] = [];
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (depth > 200 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, joinPointer(pointer, i), depth + 1));
      return;
    }
    for (const key of Object.keys(node)) {
      const child = joinPointer(pointer, key);
      if (key === '<<') found.push(child);
      walk((node as Record<string, unknown>)[key], child, depth + 1);
    }
  };
  walk(document.data, '', 0);
  return found.map((pointer) =>
    parseErrorAt(document, pointer, `merge keys (<<) are not supported by ${consumer}; it reads "<<" as an ordinary key and rejects the file`),
  );
}
