/**
 * The PSS packs from the command line, on a real multi-document manifest (test/fixtures/kubernetes/pss/shop.yaml):
 * which workloads each level denies at each policy version, the exit status, and where findings point.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = 'test/fixtures/kubernetes/pss/shop.yaml';
const WORKLOADS = ['CronJob/nightly-report', 'DaemonSet/node-agent', 'Deployment/storefront', 'Deployment/win-iis', 'Job/sysctl-tuner', 'Pod/legacy-profiler', 'Pod/userns-sandbox', 'StatefulSet/db'];

/** Minor versions at which each workload is denied, per level (worked out by hand from the standard). */
const range = (from: number, to = 99) => (m: number) => m >= from && m <= to;
const never = () => false;
const always = () => true;
const DENIED: Record<'baseline' | 'restricted', Record<string, (minor: number) => boolean>> = {
  baseline: {
    'CronJob/nightly-report': never,
    'DaemonSet/node-agent': always, // hostNetwork (YAML 1.1 `yes`), hostPath
    'Deployment/storefront': never,
    'Deployment/win-iis': never,
    'Job/sysctl-tuner': range(0, 31), // tcp_rmem is safe from v1.32
    'Pod/legacy-profiler': range(0, 18), // the seccomp annotation is checked below v1.19
    'Pod/userns-sandbox': range(0, 34), // procMount relaxed for hostUsers: false from v1.35
    'StatefulSet/db': never,
  },
  restricted: {
    'CronJob/nightly-report': always, // runAsNonRoot
    'DaemonSet/node-agent': always,
    'Deployment/storefront': never,
    'Deployment/win-iis': range(8, 24), // allowPrivilegeEscalation from v1.8, Windows pods exempt from v1.25
    'Job/sysctl-tuner': always, // runAsNonRoot
    'Pod/legacy-profiler': range(0, 18),
    'Pod/userns-sandbox': always, // procMount, without the user-namespace relaxation at restricted
    'StatefulSet/db': range(23), // runAsUser=0 from v1.23
  },
};
const VERSIONS = ['v1.0', 'v1.7', 'v1.8', 'v1.18', 'v1.19', 'v1.22', 'v1.23', 'v1.24', 'v1.25', 'v1.31', 'v1.32', 'v1.34', 'v1.35', 'v1.37', 'latest'];
const minorOf = (v: string) => (v === 'latest' ? 99 : Number(v.slice(3)));

describe.each(['baseline', 'restricted'] as const)('bylaw scan --policy pss-%s', (level) => {
  it.each(VERSIONS)('--param version=%s denies exactly the expected workloads', async (version) => {
    const out = await cli(['scan', FIXTURE, '--policy', `pss-${level}`, '--param', `version=${version}`, '--format', 'json', '--fail-on', 'medium', '--no-config'], ROOT);
    const result = JSON.parse(out.stdout) as { findings: { status: string; resource: { kind: string; name: string } }[]; errors: unknown[] };
    expect(result.errors).toEqual([]);
    const denied = [...new Set(result.findings.filter((f) => f.status === 'fail').map((f) => `${f.resource.kind}/${f.resource.name}`))].sort();
    const expected = WORKLOADS.filter((w) => DENIED[level][w](minorOf(version)));
    expect(denied).toEqual(expected);
    expect(out.code).toBe(expected.length ? 1 : 0);
  });
});

describe('findings point at the offending field of the pod template', () => {
  it('reports path, line, column and pointer', async () => {
    const out = await cli(['scan', FIXTURE, '--policy', 'pss-restricted', '--param', 'version=v1.30', '--format', 'json', '--no-config'], ROOT);
    const findings = (JSON.parse(out.stdout) as { findings: { ruleId: string; resource: { name: string }; location: { path: string; startLine: number; startColumn: number; pointer: string } }[] }).findings;
    const at = (rule: string, name: string) => findings.find((f) => f.ruleId === rule && f.resource.name === name)?.location;
    expect(at('pss-host-network', 'node-agent')).toMatchObject({ path: FIXTURE, startLine: 74, startColumn: 7, pointer: '/spec/template/spec/hostNetwork' });
    expect(at('pss-run-as-user', 'db')).toMatchObject({ startLine: 103, startColumn: 13, pointer: '/spec/template/spec/containers/0/securityContext/runAsUser' });
    expect(at('pss-run-as-non-root', 'nightly-report')).toMatchObject({ startLine: 41, startColumn: 15, pointer: '/spec/jobTemplate/spec/template/spec/containers/0' });
    expect(at('pss-restricted-volumes', 'node-agent')).toMatchObject({ startLine: 80, startColumn: 11, pointer: '/spec/template/spec/volumes/0' });
  });
});
