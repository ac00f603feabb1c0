import type { Operator } from './operator.js';

const MAX = 1_000_000;

/**
 * `{"json_parse": x}`: the value of a JSON text (e.g. an IAM policy held as a string in Terraform or a plan);
 * non-strings are returned unchanged, so one rule reads inline objects and JSON strings alike. Text that is not
 * valid JSON (or longer than 1 MB) gives null. Objects are rebuilt without prototype-bearing keys.
 */
export const jsonParse: Operator = {
  name: 'json_parse',
  description: 'Parse a JSON string (non-strings pass through; invalid JSON gives null).',
  fn: ([x]) => {
    if (typeof x !== 'string') return x ?? null;
    if (x.length > MAX) return null;
    try {
      return JSON.parse(x, (key, value) => (key === '__proto__' ? undefined : value));
    } catch {
      return null;
    }
  },
};
