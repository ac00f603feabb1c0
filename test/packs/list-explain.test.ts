import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';
import { files } from './versioned-packs.js';

const CASES = `rule: r-all
valid: []
invalid:
  - name: any pod
    input: "apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\n"
    findings: [{line: 1, column: 1}]
`;
const tree = () => tempTree({ ...files, 'base/rules/all.cases.yaml': CASES, '.bylaw.yaml': 'packs: [./child, pss-baseline]\n' });

describe('bylaw list', () => {
  it('packs: versions, rule and control counts, sources and the digests the lock pins', async () => {
    const dir = tree();
    await cli(['lock'], dir);
    const lock = readFileSync(join(dir, 'bylaw.lock'), 'utf8');
    const digestOf = (id: string) => new RegExp(`- id: ${id}\\n[\\s\\S]*?digest: (sha256:[0-9a-f]{64})`).exec(lock)![1];
    const json = await cli(['list', 'packs', '--json', '--policy', './child', '--policy', './base', '--policy', 'pss-baseline'], dir);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout);
    expect(rows.map((r: any) => [r.id, r.version, r.rules, r.controls, r.source, r.extends])).toEqual([
      ['base', '1.0.0', 3, 4, 'base/pack.yaml', []],
      ['child', '2.0.0', 3, 4, 'child/pack.yaml', ['base@1.0.0']],
      ['pss-baseline', '1.0.0', expect.any(Number), expect.any(Number), 'builtin', []],
    ]);
    for (const r of rows) expect(r.digest).toBe(digestOf(r.id));
    const text = await cli(['list', 'packs', '--policy', './child'], dir);
    expect(text.stdout).toMatch(new RegExp(`^PACK +VERSION +RULES +CONTROLS +SOURCE +DIGEST +TITLE\\nchild +2\\.0\\.0 +3 +4 +child/pack\\.yaml +${digestOf('child').slice(0, 19)}… +Child\\n$`));
  });

  it('rules: effective severity and packs; disabled rules and rules of controls not in force at the default version absent', async () => {
    const r = await cli(['list', 'rules', '--json', '--policy', './child'], tree());
    expect(JSON.parse(r.stdout).map((x: any) => `${x.id}:${x.severity}:${x.packs.join('+')}`)).toEqual(['r-all:low:child', 'r-new:high:child', 'r-replicas:medium:child']);
  });

  it('controls: rules, framework mappings and the versions they apply to', async () => {
    const dir = tree();
    const r = await cli(['list', 'controls', '--policy', './base'], dir);
    expect(r.stdout).toContain('C-MID                               base                      v1.5 up to v3 [v1.5..v3)\n');
    expect(r.stdout).toContain('C-ALL                               base                      Always\n                                      rules: r-all, r-replicas\n                                      nist-800-53: CM-2\n');
    const json = JSON.parse((await cli(['list', 'controls', '--json', '--policy', './base'], dir)).stdout);
    expect(json.find((c: any) => c.id === 'C-OLD')).toEqual({ id: 'C-OLD', pack: 'base', title: 'Before v2', rules: ['r-old'], frameworks: {}, until: 'v2' });
  });
});

describe('bylaw explain', () => {
  it("prints the rule's sections, controls with mappings, and the cases beside it as examples", async () => {
    const r = await cli(['explain', 'r-all', '--policy', './base'], tree());
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('r-all: r-all');
    expect(lines[1]).toBe('severity: critical   input: kubernetes   kinds: Pod');
    expect(lines[2]).toBe('defined in: base/rules/all.yaml:1');
    expect(r.stdout).toContain('Controls:\n  C-ALL (base): Always — nist-800-53 CM-2\n');
    expect(r.stdout).toContain('Examples:\n  rule: r-all\n  valid: []\n');
  });

  it('a built-in rule: description, why, how to fix, references', async () => {
    const r = await cli(['explain', 'pss-host-network'], tempTree({}));
    expect(r.code).toBe(0);
    for (const section of ['\nWhy:\n', '\nHow to fix:\n', '\nControls:\n', '\nReferences:\n', '\nExamples:\n']) expect(r.stdout).toContain(section);
    expect(r.stdout).toMatch(/^ {2}pss\.baseline\.host-namespaces \(pss-baseline\): .* — .*nist-800-53 /m);
  });

  it('an unknown rule is a usage error', async () => {
    const r = await cli(['explain', 'no-such-rule'], tempTree({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "no-such-rule"/);
  });
});
