import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';
import type { Result } from '../../engine/types.js';

const POD = `apiVersion: v1
kind: Pod
metadata: {name: x, annotations: {a: "${'a'.repeat(30000)}!"}}
spec:
  containers:
    - {name: c, image: nginx, args: [${Array.from({ length: 2000 }, (_, i) => `a${i}${'ab'.repeat(500)}`).join(', ')}]}
`;
const rule = (id: string, body: string) => `id: ${id}\ntitle: ${id}\nseverity: high\nmatch: {type: kubernetes, kinds: [Pod]}\n${body}\n`;
const pack = (ids: string[]) => `id: hostile\nversion: 1.0.0\ntitle: Hostile\nrules: [${ids.map((i) => `./rules/${i}.yaml`).join(', ')}]\n`;

async function scanWith(rules: Record<string, string>, config = '') {
  const files: Record<string, string> = { 'pods/pod.yaml': POD, 'p/pack.yaml': pack(Object.keys(rules)) };
  for (const [id, body] of Object.entries(rules)) files[`p/rules/${id}.yaml`] = rule(id, body);
  if (config) files['.bylaw.yaml'] = config;
  const dir = tempTree(files);
  return cli(['scan', 'pods', '--policy', './p', '--format', 'json'], dir);
}

describe('hostile policies', () => {
  it('catastrophic regular expressions run in linear time (RE2), in operators and in JSON Schema patterns', async () => {
    const r = await scanWith({
      redos: 'assert: {"!": {"regex_match": [{"var": "resource.metadata.annotations.a"}, "^(a+)+$"]}}',
      'redos-schema': 'select: /metadata/annotations\nschema: {properties: {a: {not: {pattern: "^(a|aa)+$"}}}}',
    });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.errors).toEqual([]);
    expect(result.summary.byStatus.pass).toBe(2);
  });

  it('rules that throw become error findings with their rule id; nothing crashes', async () => {
    const r = await scanWith({ thrower: 'assert: {"throw": "boom"}', fine: 'assert: true' });
    const result = JSON.parse(r.stdout) as Result;
    expect(result.findings.map((f) => [f.ruleId, f.status])).toEqual([['thrower', 'error']]);
    expect(result.findings[0].message).toMatch(/thrower could not be evaluated/);
    expect(result.summary.byStatus.pass).toBe(1);
    expect(r.code).toBe(1);
  });

  it('a rule over its time budget is reported as rule-timeout with the resource', async () => {
    // 2,000 strings of 1,000 characters, each searched in full by RE2: linear, but far more than 1 ms.
    const heavy = 'assert: {"none": [{"var": "resource.spec.containers.0.args"}, {"regex_match": [{"var": ""}, "(a|b)*c"]}]}';
    const r = await scanWith({ heavy }, 'limits:\n  ruleTimeoutMs: 1\n');
    const result = JSON.parse(r.stdout) as Result;
    expect(result.errors.map((e) => [e.code, e.path, e.line])).toEqual([['rule-timeout', 'pods/pod.yaml', 1]]);
    expect(result.errors[0].message).toMatch(/rule heavy took \d+ ms on this resource \(budget 1 ms\)/);
  });

  it.each([
    ['invalid RE2 pattern', 'assert: {"regex_match": [{"var": "resource.kind"}, "(?<=a)b"]}', /a\.yaml:5:\d+: invalid-rule: invalid JSON Logic: invalid RE2 regular expression/],
    ['enormous JSON Schema', `schema: {allOf: [${Array.from({ length: 12000 }, () => "{type: object}").join(', ')}]}`, /invalid-rule: JSON Schema is larger than 20000 nodes/],
    ['remote $ref', 'schema: {$ref: "https://evil.example.com/schema.json"}', /invalid-rule: invalid JSON Schema: can't resolve reference/],
    ['constructor reached through a var', 'assert: {"var": "resource.constructor.name"}', /forbidden property/],
    ['prototype through val', 'assert: {"val": ["resource", "__proto__"]}', /forbidden property/],
  ])('%s is rejected with the rule file and line', async (_name, body, expected) => {
    const r = await scanWith({ a: body });
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).toMatch(/^p\/rules\/a\.yaml:\d+:\d+: /m);
    expect(r.code).toBe(2);
  });

  it('no prototype pollution from policies or inputs', async () => {
    await scanWith({ a: 'assert: {"merge": [{"var": "resource.__x"}, [1]]}' }).catch(() => undefined);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
