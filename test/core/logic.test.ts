import { describe, expect, it } from 'vitest';
import { LogicEngine } from 'json-logic-engine';
import jsonLogic from 'json-logic-js';
import { checkLogic, compileLogic, truthy } from '../../engine/evaluate/logic.js';

/** Truthiness corner cases, pinned: bylaw follows the JSON Logic spec, and json-logic-js agrees on each. */
const pinned: [string, unknown, unknown, unknown][] = [
  ['empty array is falsy', { '!!': [[]] }, {}, false],
  ['if on empty array takes the else branch', { if: [[], 'yes', 'no'] }, {}, 'no'],
  ['all over [] is false', { all: [[], { '==': [{ var: '' }, 1] }] }, {}, false],
  ['some over [] is false', { some: [[], true] }, {}, false],
  ['none over [] is true', { none: [[], true] }, {}, true],
  ['"0" string is truthy', { '!!': ['0'] }, {}, true],
  ['missing var is null', { '==': [{ var: 'a.b' }, null] }, { a: {} }, true],
  ['loose equality', { '==': [1, '1'] }, {}, true],
  ['strict equality', { '===': [1, '1'] }, {}, false],
];

describe('JSON Logic semantics', () => {
  it.each(pinned)('%s', (_name, logic, data, expected) => {
    expect(compileLogic(logic)(data)).toEqual(expected);
    expect(jsonLogic.apply(logic as never, data)).toEqual(expected);
  });
  it('truthy() of an assert result matches truthiness inside expressions', () => {
    for (const v of [[], [0], 0, 1, '', 'x', null, undefined, {}, { a: 1 }, false, true]) {
      expect(truthy(v), JSON.stringify(v)).toBe(new LogicEngine().build({ '!!': [{ var: 'v' }] })({ v }) as boolean);
    }
  });
  it('an empty object is falsy in bylaw (json-logic-js would say true)', () => {
    expect(truthy({})).toBe(false);
    expect(compileLogic({ if: [{ var: 'x' }, 'yes', 'no'] })({ x: {} })).toBe('no');
    expect(jsonLogic.truthy({})).toBe(true);
  });
});

/** [operator expression, data, expected] */
const operators: [unknown, unknown, unknown][] = [
  [{ regex_match: ['nginx:latest', ':latest$'] }, {}, true],
  [{ regex_match: ['NGINX', '^nginx$', 'i'] }, {}, true],
  [{ regex_match: [42, '4'] }, {}, false],
  [{ regex_match: ['a'.repeat(50000) + '!', '(a+)+$'] }, {}, false],
  [{ glob_match: ['registry.example.com/app:1', ['docker.io/*', 'registry.example.com/*']] }, {}, true],
  [{ glob_match: ['evil.com/registry.example.com/x', 'registry.example.com/*'] }, {}, false],
  [{ semver_satisfies: ['v1.25.3', '>=1.25'] }, {}, true],
  [{ subset: [['NET_BIND_SERVICE'], ['NET_BIND_SERVICE', 'CHOWN']] }, {}, true],
  [{ subset: [['SYS_ADMIN'], ['NET_BIND_SERVICE']] }, {}, false],
  [{ intersects: [['ALL', 'x'], ['ALL']] }, {}, true],
  [{ difference: [['a', 'b', 'c'], ['b']] }, {}, ['a', 'c']],
  [{ starts_with: ['hostPath', 'host'] }, {}, true],
  [{ ends_with: ['docker.sock', '.sock'] }, {}, true],
  [{ lower: 'ABC' }, {}, 'abc'],
  [{ type_of: [{ var: 'x' }] }, { x: [1] }, 'array'],
  [{ values: [{ var: 'x' }] }, { x: { b: 2, a: 1 } }, [1, 2]],
];

describe('custom operators', () => {
  it.each(operators.map(([l, d, e]) => [JSON.stringify(l).slice(0, 80), l, d, e]))('%s', (_name, logic, data, expected) => {
    expect(checkLogic(logic)).toEqual([]);
    expect(compileLogic(logic)(data)).toEqual(expected);
  });
  it('are not registered on the global json-logic-js', () => {
    expect(() => jsonLogic.apply({ regex_match: ['a', 'a'] } as never, {})).toThrow(/Unrecognized operation/);
  });
  it('invalid RE2 patterns throw (evaluation turns that into an error finding)', () => {
    expect(() => compileLogic({ regex_match: ['a', '(?<=a)b'] })({})).toThrow();
  });
});
