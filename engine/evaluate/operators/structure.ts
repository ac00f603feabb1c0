import type { Operator } from './operator.js';

/** `{"values": obj}`: own values of an object in key order. */
export const values: Operator = {
  name: 'values',
  description: 'Own values of an object, in sorted key order ([] for anything else).',
  fn: ([x]) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.keys(x)
          .sort()
          .map((k) => (x as Record<string, unknown>)[k])
      : [],
};

/** `{"type_of": x}`: `null`, `array`, `object`, `string`, `number`, `boolean`, `undefined`. */
export const typeOf: Operator = {
  name: 'type_of',
  description: 'JSON type name of the value: null, array, object, string, number, boolean or undefined.',
  fn: ([x]) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x),
};
