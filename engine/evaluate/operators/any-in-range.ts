import type { Operator } from './operator.js';

const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN);

/**
 * `{"any_in_range": [values, low, high]}`: some value lies in the inclusive range (numbers, or numeric strings as
 * CloudFormation writes ports). A missing bound is open. Example: admin ports inside a security group rule's
 * `from_port`..`to_port`.
 */
export const anyInRange: Operator = {
  name: 'any_in_range',
  description: 'True when some value of the list lies within [low, high] (inclusive; numeric strings allowed; a missing bound is open).',
  fn: ([values, low, high]) => {
    const lo = low === null || low === undefined ? -Infinity : num(low);
    const hi = high === null || high === undefined ? Infinity : num(high);
    if (Number.isNaN(lo) || Number.isNaN(hi)) return false;
    const list = Array.isArray(values) ? values : [values];
    return list.some((v) => {
      const n = num(v);
      return n >= lo && n <= hi;
    });
  },
};
