/**
 * k8s-best-practices from the command line on test/fixtures/kubernetes/best-practices/app.yaml: which rules fail
 * for which resource with the default parameters, and how parameters change that.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = 'test/fixtures/kubernetes/best-practices/app.yaml';

async function failing(params: string[]): Promise<Record<string, string[]>> {
  const out = await cli(['scan', FIXTURE, '--policy', 'k8s-best-practices', ...params.flatMap((p) => ['--param', p]), '--format', 'json', '--no-config'], ROOT);
  const result = JSON.parse(out.stdout) as { errors: unknown[]; findings: { status: string; ruleId: string; resource: { kind: string; name: string } }[] };
  expect(result.errors).toEqual([]);
  const by: Record<string, string[]> = {};
  for (const f of result.findings.filter((x) => x.status === 'fail')) (by[`${f.resource.kind}/${f.resource.name}`] ??= []).push(f.ruleId);
  for (const k of Object.keys(by)) by[k] = [...new Set(by[k])].sort();
  return by;
}

describe('bylaw scan --policy k8s-best-practices', () => {
  it('flags exactly the practices each resource breaks, with default parameters', async () => {
    expect(await failing([])).toEqual({
      'Deployment/builder': [
        'k8s-drop-all-capabilities', 'k8s-image-tag', 'k8s-liveness-probe', 'k8s-no-default-namespace', 'k8s-no-runtime-socket',
        'k8s-read-only-root-filesystem', 'k8s-readiness-probe', 'k8s-required-labels', 'k8s-resource-limits', 'k8s-resource-requests',
      ],
      'Ingress/api': ['k8s-ingress-host'],
      'Service/api-debug': ['k8s-service-external-ips', 'k8s-service-node-port'],
    });
  });

  it('applies the registry allow-list, digest pinning and relaxed limits from parameters', async () => {
    const got = await failing(['allowedRegistries=["registry.example.com/**"]', 'requireDigest=true', 'requiredLimits=["memory"]', 'requiredLabels=[]']);
    expect(got['Deployment/api']).toBeUndefined();
    expect(got['Deployment/builder']).toEqual(expect.arrayContaining(['k8s-allowed-registries', 'k8s-image-digest', 'k8s-resource-limits']));
    expect(got['Deployment/builder']).not.toContain('k8s-required-labels');
  });

  it('rejects a parameter of the wrong type with a usage error', async () => {
    const out = await cli(['scan', FIXTURE, '--policy', 'k8s-best-practices', '--param', 'requireDigest="yes please"', '--no-config'], ROOT);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/requireDigest/);
  });
});
