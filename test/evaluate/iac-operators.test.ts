import { describe, expect, it } from 'vitest';
import { compileLogic } from '../../engine/evaluate/logic.js';

/** [expression, data, expected] for the operators the terraform-aws rules use, through bylaw's one logic engine. */
const cases: [string, unknown, unknown, unknown][] = [
  ['json_parse of a policy string', { get: [{ json_parse: { var: 'p' } }, 'Statement.0.Action'] }, { p: '{"Statement":[{"Action":"*"}]}' }, '*'],
  ['json_parse passes objects through', { get: [{ json_parse: { var: 'p' } }, 'Version'] }, { p: { Version: '2012-10-17' } }, '2012-10-17'],
  ['json_parse of invalid JSON is null', { json_parse: '{not json' }, {}, null],
  ['json_parse of a missing value is null', { json_parse: { var: 'nope' } }, {}, null],
  ['json_parse drops __proto__ keys', { json_parse: '{"__proto__": {"x": 1}, "a": 2}' }, {}, { a: 2 }],
  ['json_parse of an HCL expression marker stays the marker', { json_parse: { var: 'p' } }, { p: { $expr: 'var.policy' } }, { $expr: 'var.policy' }],
  ['any_in_range: port inside the range', { any_in_range: [[22, 3389], 0, 1024] }, {}, true],
  ['any_in_range: none inside', { any_in_range: [[22, 3389], 443, 443] }, {}, false],
  ['any_in_range: numeric strings (CloudFormation)', { any_in_range: [[22], '20', '25'] }, {}, true],
  ['any_in_range: missing bounds are open', { any_in_range: [[22], null, null] }, {}, true],
  ['any_in_range: open upper bound', { any_in_range: [400, 365, null] }, {}, true],
  ['any_in_range: a non-numeric bound never matches', { any_in_range: [[22], 'x', 30] }, {}, false],
  ['any_in_range: non-numeric values never match', { any_in_range: [{ var: 'v' }, 0, 65535] }, { v: ['ssh', { $expr: 'var.p' }] }, false],
];

describe('json_parse and any_in_range', () => {
  it.each(cases)('%s', (_name, logic, data, expected) => {
    expect(compileLogic(logic)(data)).toEqual(expected);
  });
  it('json_parse refuses texts over 1 MB', () => {
    expect(compileLogic({ json_parse: { var: 's' } })({ s: `"${'a'.repeat(1_000_001)}"` })).toBeNull();
  });
});
