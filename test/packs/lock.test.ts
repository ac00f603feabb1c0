import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';

const RULE = `id: acme-no-host-network
title: No host network
severity: high
match: {type: kubernetes, kinds: [workloads]}
assert: {"!==": [{"var": "podSpec.hostNetwork"}, true]}
message: host network
location: /spec/hostNetwork
`;
const PACK = (version = '1.0.0', extra = '') => `id: acme
version: ${version}
title: Acme
rules: [./rules/*.yaml]
${extra}`;
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: c:1}]\n';
const tree = (extra: Record<string, string> = {}) =>
  tempTree({ '.bylaw.yaml': 'packs: [./policies/acme, pss-baseline]\n', 'policies/acme/pack.yaml': PACK(), 'policies/acme/rules/a.yaml': RULE, 'k8s/pod.yaml': POD, ...extra });
const lockText = (dir: string) => readFileSync(join(dir, 'bylaw.lock'), 'utf8');
const lineOf = (dir: string, needle: string, after = '') => {
  const lines = lockText(dir).split('\n');
  const start = after ? lines.findIndex((l) => l.includes(after)) : 0;
  return lines.findIndex((l, i) => i >= start && l.includes(needle)) + 1;
};

describe('bylaw.lock for local and built-in packs', () => {
  it('is deterministic and sorted, and pins built-in packs too', async () => {
    const dir = tree();
    const first = await cli(['lock'], dir);
    expect(first.stdout).toBe('+ acme@1.0.0 (policies/acme/pack.yaml)\n+ pss-baseline@1.0.0 (builtin)\nbylaw.lock: wrote 2 pack(s)\n');
    const text = lockText(dir);
    expect(text).toMatch(/^lockVersion: 1\npacks:\n {2}- id: acme\n {4}version: 1\.0\.0\n {4}source: policies\/acme\/pack\.yaml\n {4}digest: sha256:[0-9a-f]{64}\n {4}files:\n {6}policies\/acme\/pack\.yaml: [0-9a-f]{64}\n {6}policies\/acme\/rules\/a\.yaml: [0-9a-f]{64}\n {2}- id: pss-baseline\n {4}version: 1\.0\.0\n {4}source: builtin\n {4}digest: sha256:[0-9a-f]{64}\n {4}files:\n {6}policies\/pss-baseline\.yaml: [0-9a-f]{64}\n( {6}rules\/kubernetes\/pss-[a-z-]+\.yaml: [0-9a-f]{64}\n)+$/m);
    expect((await cli(['lock'], dir)).stdout).toBe('bylaw.lock is up to date (2 pack(s))\n');
    expect(lockText(dir)).toBe(text);
    const other = tree();
    await cli(['lock'], other);
    expect(lockText(other)).toBe(text);
    expect((await cli(['scan'], dir)).code).toBe(1);
  });

  it.each([
    ['one changed byte in a rule file', (d: string) => writeFileSync(join(d, 'policies/acme/rules/a.yaml'), RULE.replace('host network\n', 'host network!\n')), /^bylaw\.lock:(\d+):5: lock-mismatch: pack acme: digest sha256:[0-9a-f]{12}… → sha256:[0-9a-f]{12}… \(policies\/acme\/rules\/a\.yaml changed\); review the change/m, 'digest:'],
    ['a new rule file', (d: string) => writeFileSync(join(d, 'policies/acme/rules/b.yaml'), RULE.replace('acme-no-host-network', 'acme-other')), /lock-mismatch: pack acme: digest .*\(policies\/acme\/rules\/b\.yaml added\)/, 'digest:'],
    ['a version bump', (d: string) => writeFileSync(join(d, 'policies/acme/pack.yaml'), PACK('1.1.0')), /^bylaw\.lock:(\d+):5: lock-mismatch: pack acme: version 1\.0\.0 → 1\.1\.0; digest/m, 'version:'],
  ])('%s stops every run with exit 2 naming the pack', async (_name, change, expected, field) => {
    const dir = tree();
    await cli(['lock'], dir);
    change(dir);
    const r = await cli(['scan', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(expected);
    const m = /^bylaw\.lock:(\d+):/.exec(r.stderr)!;
    expect(Number(m[1])).toBe(lineOf(dir, field, '- id: acme'));
    expect((await cli(['lock', '--check'], dir)).code).toBe(2);
    expect((await cli(['lock'], dir)).stdout).toMatch(/^~ acme@1\.[01]\.0: .*digest changed \(policies\/acme\/(pack\.yaml changed|rules\/a\.yaml changed|rules\/b\.yaml added)\)\nbylaw\.lock: wrote 2 pack\(s\)\n$/);
    expect((await cli(['scan'], dir)).code).toBe(1);
  });

  it('a selected pack missing from the lock is a mismatch; --policy on the command line counts', async () => {
    const dir = tree();
    await cli(['lock'], dir);
    const r = await cli(['scan', '--policy', 'pss-restricted'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bylaw\.lock:5:1: lock-mismatch: pack pss-restricted@1\.0\.0 \(builtin\) is not in the lock \(it was added since the lock was written\); run `bylaw lock` to pin it$/m);
  });

  it('a built-in pack that changed (a bylaw upgrade) shows up as a mismatch, not silently', async () => {
    const dir = tree();
    await cli(['lock'], dir);
    const line = lineOf(dir, 'digest:', '- id: pss-baseline');
    writeFileSync(join(dir, 'bylaw.lock'), lockText(dir).replace(/(- id: pss-baseline[\s\S]*?digest: sha256:)[0-9a-f]{4}/, '$1' + '0000'));
    const r = await cli(['scan'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^bylaw\\.lock:${line}:5: lock-mismatch: pack pss-baseline: digest sha256:0000`, 'm'));
  });

  it('a broken lock is reported with its place', async () => {
    const dir = tree({ 'bylaw.lock': 'lockVersion: 1\npacks:\n  - id: acme\n    version: 1.0.0\n    digest: nope\n' });
    const r = await cli(['scan'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bylaw\.lock:3:5: invalid-config: missing required key "source"/m);
    expect(r.stderr).toMatch(/^bylaw\.lock:5:5: invalid-config: \/packs\/0\/digest must match pattern/m);
  });

  it('lock --check without a lock is exit 2', async () => {
    const r = await cli(['lock', '--check'], tree());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bylaw\.lock:1:1: lock-mismatch: there is no bylaw\.lock/);
  });
});
