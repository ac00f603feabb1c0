import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';
import { PACK, brief, scanJson } from './harness.js';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: legacy
  namespace: prod
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.example.com/web:latest
          securityContext:
            privileged: true
            runAsNonRoot: true
        - name: sidecar
          image: registry.example.com/proxy:2
          securityContext:
            privileged: true
`;
const pod = `apiVersion: v1
kind: Pod
metadata:
  name: tools
spec:
  containers:
    - name: shell
      image: registry.example.com/shell:latest
      securityContext:
        runAsNonRoot: true
`;
/** The same two resources, in the other order, 30 lines further down, in flow style, with the containers swapped. */
const moved = `${'# padding\n'.repeat(30)}{apiVersion: v1, kind: Pod, metadata: {name: tools}, spec: {containers: [{name: shell, image: "registry.example.com/shell:latest", securityContext: {runAsNonRoot: true}}]}}
---
${'\n'.repeat(10)}apiVersion: apps/v1
kind: Deployment
metadata: {namespace: prod, name: legacy}
spec:
  template:
    spec:
      containers:
      - {name: sidecar, image: registry.example.com/proxy:2, securityContext: {privileged: true, runAsNonRoot: false}}
      - name: web
        securityContext: {runAsNonRoot: true, privileged: true}
        image: registry.example.com/web:latest
`;

const create = (dir: string, ...args: string[]) => cli(['baseline', 'create', '--policy', PACK, '--output', 'bylaw-baseline.json', ...args], dir, { BYLAW_NOW: '2026-03-01' });

describe('baseline', () => {
  it('create writes the failing findings sorted, one per line, with rule, path and message for people', async () => {
    const dir = tempTree({ 'k8s/apps.yaml': `${deployment}---\n${pod}` });
    const r = await create(dir);
    expect(r.stderr).toBe('baseline: 5 failing finding(s) in 1 file(s) written to bylaw-baseline.json\n');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'bylaw-baseline.json'), 'utf8');
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['{', '  "bylaw": "baseline",', '  "version": 1,', '  "findings": [']);
    const entries = JSON.parse(text).findings as { ruleId: string; path: string; message: string; fingerprint: string }[];
    expect(entries.map((e) => `${e.ruleId}: ${e.message}`).sort()).toEqual([
      'wv-no-latest: Container "shell" uses registry.example.com/shell:latest',
      'wv-no-latest: Container "web" uses registry.example.com/web:latest',
      'wv-no-privileged: Container "sidecar" runs privileged',
      'wv-no-privileged: Container "web" runs privileged',
      'wv-run-as-non-root: Container "sidecar" does not set runAsNonRoot',
    ]);
    expect(entries.map((e) => e.ruleId)).toEqual(['wv-no-latest', 'wv-no-latest', 'wv-no-privileged', 'wv-no-privileged', 'wv-run-as-non-root']);
    expect(lines.slice(4, 9).every((l) => /^ {4}\{"fingerprint":"[0-9a-f]{32}","ruleId":"[^"]+","path":"k8s\/apps\.yaml","message":".*"\},?$/.test(l))).toBe(true);
  });

  it('scan --baseline passes on the accepted findings, shows them as waived (kind baseline), and counts them', async () => {
    const dir = tempTree({ 'k8s/apps.yaml': `${deployment}---\n${pod}` });
    await create(dir);
    const { code, result } = await scanJson(dir, ['--baseline', 'bylaw-baseline.json']);
    expect(result.findings.map((f) => f.status)).toEqual(['waived', 'waived', 'waived', 'waived', 'waived']);
    expect(result.findings[0].waiver).toEqual({ kind: 'baseline', reason: 'accepted in baseline bylaw-baseline.json', source: { path: 'bylaw-baseline.json', line: expect.any(Number) } });
    expect(result.summary.baseline).toEqual({ file: 'bylaw-baseline.json', entries: 5, matched: 5, new: 0, fixed: 0 });
    expect(result.summary.verdict).toBe('pass');
    expect(code).toBe(0);
  });

  it('fingerprints survive moving the resources 30 lines down, flow/block reformatting, and reordering documents and containers', async () => {
    const dir = tempTree({ 'k8s/apps.yaml': `${deployment}---\n${pod}` });
    await create(dir);
    const before = readFileSync(join(dir, 'bylaw-baseline.json'), 'utf8');
    const original = await scanJson(dir);
    writeFileSync(join(dir, 'k8s/apps.yaml'), moved);
    const after = await scanJson(dir, ['--baseline', 'bylaw-baseline.json']);
    expect(after.result.findings.map((f) => f.location.startLine).every((l) => l > 30)).toBe(true);
    expect(after.result.findings.map((f) => f.fingerprint).sort()).toEqual(original.result.findings.map((f) => f.fingerprint).sort());
    expect(after.result.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(after.code).toBe(0);
    await create(dir);
    expect(readFileSync(join(dir, 'bylaw-baseline.json'), 'utf8')).toBe(before);
  });

  it('fails only on findings not in the baseline, and lists the ones fixed since', async () => {
    const dir = tempTree({ 'k8s/apps.yaml': `${deployment}---\n${pod}`, 'k8s/other.yaml': pod.replace('tools', 'other') });
    await create(dir);
    const changed = `${deployment.replace('privileged: true\n            runAsNonRoot', 'privileged: false\n            runAsNonRoot')}---\n${pod.replace('runAsNonRoot: true', 'runAsNonRoot: true\n        privileged: true')}`;
    writeFileSync(join(dir, 'k8s/apps.yaml'), changed);
    const { code, result } = await scanJson(dir, ['--baseline', 'bylaw-baseline.json']);
    expect(brief(result).filter((s) => s.endsWith('fail'))).toEqual(['k8s/apps.yaml:30 wv-no-privileged fail']);
    expect(result.notes).toEqual([{ code: 'baseline-fixed', path: 'k8s/apps.yaml', message: 'wv-no-privileged no longer fails here (baseline: "Container \\"web\\" runs privileged"); re-create the baseline to drop it'.replace(/\\"/g, '"') }]);
    expect(result.summary.baseline).toEqual({ file: 'bylaw-baseline.json', entries: 6, matched: 5, new: 1, fixed: 1 });
    expect(code).toBe(1);
    const partial = await scanJson(dir, ['--baseline', 'bylaw-baseline.json', 'k8s/other.yaml']);
    expect(partial.result.summary.baseline).toMatchObject({ matched: 1, new: 0, fixed: 0 });
  });

  it.each([
    ['not JSON', '{"bylaw": ', /bylaw-baseline\.json:1:1: invalid-baseline: not JSON/],
    ['not a baseline', '{"findings": []}', /invalid-baseline: not a bylaw baseline/],
    ['an entry without fingerprint', '{"bylaw": "baseline", "version": 1, "findings": [{"ruleId": "x"}]}', /invalid-baseline: findings\[0\] has no "fingerprint" string/],
  ])('a broken baseline file (%s) is exit 2', async (_name, text, message) => {
    const dir = tempTree({ 'k8s/apps.yaml': pod, 'bylaw-baseline.json': text });
    const { code, stderr } = await scanJson(dir, ['--baseline', 'bylaw-baseline.json']);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });
});
