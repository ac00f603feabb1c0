import type { Operator } from './operator.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `{"starts_with": [s, prefix]}` */
export const startsWith: Operator = {
  name: 'starts_with',
  description: 'True when the string starts with the prefix.',
  fn: ([s, p]) => str(s) !== undefined && str(p) !== undefined && (s as string).startsWith(p as string),
};

/** `{"ends_with": [s, suffix]}` */
export const endsWith: Operator = {
  name: 'ends_with',
  description: 'True when the string ends with the suffix.',
  fn: ([s, p]) => str(s) !== undefined && str(p) !== undefined && (s as string).endsWith(p as string),
};

/** `{"lower": s}` */
export const lower: Operator = {
  name: 'lower',
  description: 'Lower-cases a string (other values unchanged).',
  fn: ([s]) => (typeof s === 'string' ? s.toLowerCase() : s),
};
