import type { Operator } from './operator.js';

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** `{"subset": [a, b]}`: every element of a is in b. */
export const subset: Operator = {
  name: 'subset',
  description: 'True when every element of the first list is in the second.',
  fn: ([a, b]) => {
    const set = new Set(asArray(b));
    return asArray(a).every((x) => set.has(x));
  },
};

/** `{"intersects": [a, b]}`: some element of a is in b. */
export const intersects: Operator = {
  name: 'intersects',
  description: 'True when the two lists share at least one element.',
  fn: ([a, b]) => {
    const set = new Set(asArray(b));
    return asArray(a).some((x) => set.has(x));
  },
};

/** `{"difference": [a, b]}`: elements of a not in b (order kept). */
export const difference: Operator = {
  name: 'difference',
  description: 'Elements of the first list that are not in the second.',
  fn: ([a, b]) => {
    const set = new Set(asArray(b));
    return asArray(a).filter((x) => !set.has(x));
  },
};
