import { describe, expect, it } from 'vitest';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as parsers from '@stoplight/spectral-parsers';
import { k8sRuleset } from './spectral/k8s-ruleset.mjs';

// The Spectral side of the comparison must really check what bylaw's packs check, or the speed-up is meaningless.
const hardened = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
        - name: web
          image: nginx:1.27.1
          resources: {limits: {cpu: 500m, memory: 256Mi}}
          livenessProbe: {tcpSocket: {port: 80}}
          readinessProbe: {tcpSocket: {port: 80}}
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}
`;
const dangerous = `apiVersion: batch/v1
kind: CronJob
metadata: {name: bad}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          hostPID: true
          securityContext: {runAsUser: 0}
          volumes: [{name: docker, hostPath: {path: /var/run/docker.sock}}]
          containers:
            - name: bad
              image: busybox:latest
              securityContext: {privileged: true, allowPrivilegeEscalation: true, capabilities: {add: [SYS_ADMIN]}}
`;

async function lint(text: string): Promise<string[]> {
  const spectral = new Spectral();
  spectral.setRuleset(k8sRuleset as never);
  const yaml = (parsers as unknown as { Yaml?: unknown; default: { Yaml: unknown } }).Yaml ?? (parsers as unknown as { default: { Yaml: unknown } }).default.Yaml;
  const results = await spectral.run(new Document(text, yaml as never, 'x.yaml'));
  return [...new Set(results.map((r) => String(r.code)))].sort();
}

describe('Spectral benchmark ruleset', () => {
  it('has 13 rules', () => {
    expect(Object.keys(k8sRuleset.rules)).toHaveLength(13);
  });

  it('passes a hardened Deployment', async () => {
    expect(await lint(hardened)).toEqual([]);
  });

  it('flags every rule on a dangerous CronJob pod template', async () => {
    expect(await lint(dangerous)).toEqual(Object.keys(k8sRuleset.rules).sort());
  });
});
