import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';
import { files } from './versioned-packs.js';

async function failing(pack: string, ...params: string[]): Promise<{ rules: string[]; controls: string[]; params: Record<string, unknown> }> {
  const dir = tempTree(files);
  const r = await cli(['scan', 'k8s', '--no-config', '--policy', pack, '--format', 'json', ...params.flatMap((p) => ['--param', p])], dir);
  expect(r.stderr).toBe('');
  const result = JSON.parse(r.stdout);
  return {
    rules: result.findings.filter((f: any) => f.status === 'fail').map((f: any) => `${f.ruleId}:${f.severity}`).sort(),
    controls: result.controls.map((c: any) => c.id),
    params: result.packs[0].params,
  };
}

describe('versioned controls select rules by the version parameter', () => {
  it.each([
    ['latest (default)', [], ['r-all:critical', 'r-new:high', 'r-replicas:medium'], ['C-ALL', 'C-NEW']],
    ['v1', ['std=v1'], ['r-all:critical', 'r-old:high', 'r-replicas:medium'], ['C-ALL', 'C-OLD']],
    ['v1.5 (since is inclusive)', ['std=v1.5'], ['r-all:critical', 'r-mid:high', 'r-old:high', 'r-replicas:medium'], ['C-ALL', 'C-MID', 'C-OLD']],
    ['v2 (until is exclusive)', ['std=v2'], ['r-all:critical', 'r-mid:high', 'r-new:high', 'r-replicas:medium'], ['C-ALL', 'C-MID', 'C-NEW']],
    ['v3.1', ['base.std=v3.1'], ['r-all:critical', 'r-new:high', 'r-replicas:medium'], ['C-ALL', 'C-NEW']],
  ])('%s', async (_name, params, rules, controls) => {
    const r = await failing('./base', ...params);
    expect(r.rules).toEqual(rules);
    expect(r.controls).toEqual(controls);
  });
});

describe('extends with overrides', () => {
  it('inherits rules, controls and parameters; overrides severity, disabled rules and parameter values', async () => {
    const r = await failing('./child', 'std=v1');
    expect(r.rules).toEqual(['r-all:low']);
    expect(r.controls).toEqual(['C-ALL', 'C-OLD']);
    expect(r.params).toEqual({ maxReplicas: 5, std: 'v1' });
  });

  it('a user parameter beats the pack override, and is checked against the parameter schema', async () => {
    expect((await failing('./child', 'child.maxReplicas=3')).rules).toEqual(['r-all:low', 'r-new:high', 'r-replicas:medium']);
    const dir = tempTree(files);
    const bad = await cli(['scan', 'k8s', '--no-config', '--policy', './child', '--param', 'maxReplicas=0'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/parameter child\.maxReplicas=0 must be >= 1/);
  });

  it('the base pack alone is unaffected by its child', async () => {
    expect((await failing('./base', 'std=v1')).rules).toEqual(['r-all:critical', 'r-old:high', 'r-replicas:medium']);
  });

  it('bylaw lock pins the child and the pack it extends, with the extends edge', async () => {
    const dir = tempTree({ ...files, '.bylaw.yaml': 'packs: [./child]\n' });
    const r = await cli(['lock'], dir);
    expect(r.stdout).toBe('+ base@1.0.0 (base/pack.yaml)\n+ child@2.0.0 (child/pack.yaml)\nbylaw.lock: wrote 2 pack(s)\n');
    expect(readFileSync(join(dir, 'bylaw.lock'), 'utf8')).toMatch(/- id: child\n {4}version: 2\.0\.0\n {4}source: child\/pack\.yaml\n {4}digest: sha256:[0-9a-f]{64}\n {4}extends:\n {6}- base@1\.0\.0\n/);
    // The child's digest covers the base's: changing a base rule is a mismatch for both packs.
    writeFileSync(join(dir, 'base/rules/all.yaml'), files['base/rules/all.yaml'].replace('critical', 'high'));
    const scan = await cli(['scan', 'k8s'], dir);
    expect(scan.code).toBe(2);
    expect(scan.stderr.split('\n').filter(Boolean).map((l) => /lock-mismatch: pack (\S+): digest \S+ → \S+ \(([^)]*)\)/.exec(l)?.slice(1).join(': '))).toEqual(['base: base/rules/all.yaml changed', 'child: a pack it extends changed']);
  });
});
