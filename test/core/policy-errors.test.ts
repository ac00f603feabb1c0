import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';

const RULE_OK = `id: ok-rule
title: OK
severity: high
match: {type: kubernetes, kinds: [Pod]}
assert: {"==": [1, 1]}
`;
const PACK = (rules = '  - ./rules/*.yaml') => `id: p
version: 1.0.0
title: P
rules:
${rules}
`;
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: [{name: c}]}\n';

/** [mistake, files in the pack dir, expected "path:line:column: code: message" fragment] */
const cases: [string, Record<string, string>, RegExp][] = [
  ['unknown key', { 'rules/a.yaml': RULE_OK + 'colour: red\n' }, /^pack\/rules\/a\.yaml:6:1: invalid-rule: unknown key "colour"/m],
  ['missing required field', { 'rules/a.yaml': RULE_OK.replace('title: OK\n', '') }, /^pack\/rules\/a\.yaml:1:1: invalid-rule: missing required key "title"/m],
  ['bad severity', { 'rules/a.yaml': RULE_OK.replace('severity: high', 'severity: urgent') }, /^pack\/rules\/a\.yaml:3:1: invalid-rule: \/severity must be one of "critical"/m],
  ['unknown JSON Logic operator', { 'rules/a.yaml': RULE_OK.replace('{"==": [1, 1]}', '{"and": [true, {"frobnicate": [1]}]}') }, /^pack\/rules\/a\.yaml:5:25: invalid-rule: invalid JSON Logic: unknown operator "frobnicate"/m],
  ['var reaching the prototype', { 'rules/a.yaml': RULE_OK.replace('{"==": [1, 1]}', '{"var": "node.__proto__.polluted"}') }, /^pack\/rules\/a\.yaml:5:10: invalid-rule: invalid JSON Logic: "var" path "node\.__proto__\.polluted" reaches a forbidden property/m],
  ['computed var path', { 'rules/a.yaml': RULE_OK.replace('{"==": [1, 1]}', '{"var": {"cat": ["con", "structor"]}}') }, /^pack\/rules\/a\.yaml:5:10: invalid-rule: invalid JSON Logic: "var" paths must be literal/m],
  ['invalid JSON Schema', { 'rules/a.yaml': RULE_OK.replace('assert: {"==": [1, 1]}', 'schema: {type: objekt}') }, /^pack\/rules\/a\.yaml:5:1: invalid-rule: invalid JSON Schema: .*objekt|^pack\/rules\/a\.yaml:5:\d+: invalid-rule: invalid JSON Schema/m],
  ['both assert and schema', { 'rules/a.yaml': RULE_OK + 'schema: {type: object}\n' }, /^pack\/rules\/a\.yaml:1:1: invalid-rule: .* must match exactly one schema in oneOf/m],
  ['bad select path', { 'rules/a.yaml': RULE_OK + 'select: "containers[*]"\n' }, /^pack\/rules\/a\.yaml:6:1: invalid-rule: invalid select path "containers\[\*\]"/m],
  ['unknown message placeholder', { 'rules/a.yaml': RULE_OK + 'message: "{{container.name}}"\n' }, /^pack\/rules\/a\.yaml:6:1: invalid-rule: unknown placeholder "\{\{container\.name\}\}"/m],
  ['unknown input type', { 'rules/a.yaml': RULE_OK.replace('type: kubernetes', 'type: kubernets') }, /^pack\/rules\/a\.yaml:4:9: invalid-rule: unknown input type "kubernets" \(one of: /m],
  ['select from a root the input never has', { 'rules/a.yaml': RULE_OK + 'select: $podspec/containers/*\n' }, /^pack\/rules\/a\.yaml:6:1: invalid-rule: unknown root "\$podspec" for input type kubernetes \(roots: \$podSpec, \$podMeta\)/m],
  ['YAML syntax error', { 'rules/a.yaml': 'id: a\ntitle: [unclosed\nseverity: high\n' }, /^pack\/rules\/a\.yaml:\d+:\d+: invalid-rule: YAML: /m],
  ['duplicate rule id', { 'rules/a.yaml': RULE_OK, 'rules/b.yaml': RULE_OK.replace('title: OK', 'title: Other') }, /^pack\/rules\/b\.yaml:1:1: duplicate-rule: rule id "ok-rule" is also defined in pack\/rules\/a\.yaml:1/m],
  ['rule reference matching nothing', { 'rules/a.yaml': RULE_OK, 'pack.yaml': PACK('  - ./rules/*.yaml\n  - ./missing/none.yaml') }, /^pack\/pack\.yaml:6:5: unknown-rule: no rule file matches "\.\/missing\/none\.yaml"/m],
  ['pack with bad version', { 'rules/a.yaml': RULE_OK, 'pack.yaml': PACK().replace('1.0.0', 'one') }, /^pack\/pack\.yaml:2:1: invalid-pack: \/version must match pattern/m],
  ['control naming an absent rule', { 'rules/a.yaml': RULE_OK, 'pack.yaml': PACK() + 'controls:\n  - {id: C1, title: c, rules: [nope]}\n' }, /^pack\/pack\.yaml:7:32: unknown-rule: control C1 names rule "nope"/m],
  ['extends cycle', { 'rules/a.yaml': RULE_OK, 'pack.yaml': PACK() + 'extends: [./pack.yaml]\n' }, /^pack\/pack\.yaml:1:1: invalid-pack: extends cycle/m],
];

describe('every mistake in a policy is reported as file:line:column, exit 2', () => {
  it.each(cases)('%s', async (_name, files, expected) => {
    const tree: Record<string, string> = { 'pods/pod.yaml': POD };
    for (const [p, c] of Object.entries({ 'pack.yaml': PACK(), ...files })) tree[`pack/${p}`] = c;
    const dir = tempTree(tree);
    const r = await cli(['scan', 'pods', '--policy', './pack', '--no-config'], dir);
    expect(r.stderr).toMatch(expected);
    expect(r.code).toBe(2);
    const v = await cli(['validate', 'pack'], dir);
    expect(v.code).toBe(2);
  });

  it('a correct pack scans cleanly (the table above is not vacuous)', async () => {
    const dir = tempTree({ 'pods/pod.yaml': POD, 'pack/pack.yaml': PACK(), 'pack/rules/a.yaml': RULE_OK });
    const r = await cli(['scan', 'pods', '--policy', './pack', '--no-config'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await cli(['validate', 'pack'], dir)).code).toBe(0);
  });

  it("other inputs' roots are usable in select and messages (CloudFormation $props)", async () => {
    const cfnRule = `id: cfn-bucket-name\ntitle: Bucket named\nseverity: low\nmatch: {type: cloudformation, kinds: ['AWS::S3::Bucket']}\nselect: $props\nassert: {"!!": [{"var": "node.BucketName"}]}\nmessage: 'Bucket {{target.name}} has no name ({{props.AccessControl}})'\n`;
    const dir = tempTree({ 'cfn/t.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n', 'pack/pack.yaml': PACK(), 'pack/rules/a.yaml': cfnRule });
    const r = await cli(['scan', 'cfn', '--policy', './pack', '--no-config', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings.map((f: { message: string }) => f.message)).toEqual(['Bucket Logs has no name (Private)']);
  });

  it('config mistakes are reported with their place', async () => {
    const dir = tempTree({ 'pods/pod.yaml': POD, '.bylaw.yaml': 'packs: [pss-baseline]\nfailon: high\n' });
    const r = await cli(['scan', 'pods'], dir);
    expect(r.stderr).toMatch(/^\.bylaw\.yaml:2:1: invalid-config: unknown key "failon"/m);
    expect(r.code).toBe(2);
  });

  it('unknown packs and undeclared parameters are usage errors', async () => {
    const dir = tempTree({ 'pods/pod.yaml': POD, 'pack/pack.yaml': PACK(), 'pack/rules/a.yaml': RULE_OK });
    expect((await cli(['scan', 'pods', '--policy', 'no-such-pack', '--no-config'], dir)).stderr).toMatch(/unknown-pack: unknown pack "no-such-pack"/);
    const r = await cli(['scan', 'pods', '--policy', './pack', '--param', 'nope=1', '--no-config'], dir);
    expect(r.stderr).toMatch(/no selected pack declares parameter "nope"/);
    expect(r.code).toBe(2);
  });
});
