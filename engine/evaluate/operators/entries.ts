import type { Operator } from './operator.js';
import { hasOwn, isRecord } from '../../loaders/is-record.js';

/**
 * `{"entries": obj}`: an object's own entries as `[{key, value}]`, sorted by key, so rules can test keys
 * (annotation prefixes, label names) with `filter`/`some`/`none` without dynamic `var` paths.
 */
export const entries: Operator = {
  name: 'entries',
  description: 'Own entries of an object as [{key, value}] in sorted key order ([] for anything else).',
  fn: ([x]) => (isRecord(x) ? Object.keys(x).sort().map((key) => ({ key, value: x[key] })) : []),
};

/**
 * `{"pick": [obj, keys]}`: the entries of `obj` whose key is in `keys` and present as an own property, as
 * `[{key, value}]` in the order of `keys` (duplicates once). Lets a rule look up keys computed from the data
 * (e.g. one annotation per container name) without dynamic `var` paths.
 */
export const pick: Operator = {
  name: 'pick',
  description: 'Entries [{key, value}] of an object for the listed keys that it has as own properties.',
  fn: ([x, keys]) => {
    if (!isRecord(x) || !Array.isArray(keys)) return [];
    const seen = new Set<string>();
    const out: { key: string; value: unknown }[] = [];
    for (const k of keys) {
      if (typeof k !== 'string' || seen.has(k) || !hasOwn(x, k)) continue;
      seen.add(k);
      out.push({ key: k, value: x[k] });
    }
    return out;
  },
};
