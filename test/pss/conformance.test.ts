/**
 * Conformance of `pss-baseline` / `pss-restricted` with pod-security-admission, at every policy version:
 *  1. PSA's own fixture scheme (pod-fixtures.ts): at each (level, version), the minimal valid pod and every
 *     check's pass pods are allowed, every fail pod is denied;
 *  2. every fixture pod of every version is also judged at every other version and compared with a line-by-line
 *     transcription of PSA (psa-oracle.ts), which covers version boundaries in both directions.
 * Each pod is scanned as a Pod and inside every other workload kind, through the public `scan()` API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { scan } from '../../engine/index.js';
import { NEWEST_MINOR, fixturesAt, type Level, type Pod } from './pod-fixtures.js';
import { psaDenied } from './psa-oracle.js';
import { WORKLOAD_KINDS, wrap, type WorkloadKind } from './wrap.js';

const VERSIONS = [...Array.from({ length: NEWEST_MINOR + 1 }, (_, i) => `v1.${i}`), 'v1.38', 'v1.99', 'latest'];
const LEVELS: Level[] = ['baseline', 'restricted'];
/** Pods, Deployments and CronJobs at every version; every other workload kind at the versions where behaviour changes most. */
const EVERY_VERSION_KINDS: readonly WorkloadKind[] = ['Pod', 'Deployment', 'CronJob'];
const ALL_KINDS_VERSIONS = new Set(['v1.0', 'v1.8', 'v1.19', 'v1.22', 'v1.25', 'v1.35', 'latest']);
const kindsAt = (version: string): readonly WorkloadKind[] => (ALL_KINDS_VERSIONS.has(version) ? WORKLOAD_KINDS : EVERY_VERSION_KINDS);

interface Case { name: string; pod: Pod; psaFixture?: { level: Level; version: string; expect: 'pass' | 'fail' } }

/** Every distinct pod any (level, version) renders, named uniquely; PSA expectations kept where they apply. */
function allCases(): Case[] {
  const byJson = new Map<string, Case>();
  const cases: Case[] = [];
  const fixtureExpect: { key: string; level: Level; version: string; expect: 'pass' | 'fail' }[] = [];
  for (const level of LEVELS) {
    for (let minor = 0; minor <= NEWEST_MINOR; minor++) {
      for (const f of fixturesAt(level, minor)) {
        const key = JSON.stringify(f.pod.spec) + JSON.stringify(f.pod.metadata.annotations ?? {});
        let c = byJson.get(key);
        if (!c) {
          c = { name: `p${cases.length}-${level[0]}${minor}-${f.name}`.replace(/_/g, '-'), pod: f.pod };
          byJson.set(key, c);
          cases.push(c);
        }
        fixtureExpect.push({ key, level, version: `v1.${minor}`, expect: f.expect });
      }
    }
  }
  for (const c of cases) c.pod = { ...c.pod, metadata: { ...c.pod.metadata, name: c.name } };
  expectations = fixtureExpect.map((e) => ({ name: byJson.get(e.key)!.name, level: e.level, version: e.version, expect: e.expect }));
  return cases;
}
let expectations: { name: string; level: Level; version: string; expect: 'pass' | 'fail' }[] = [];

let dir = '';
let cases: Case[] = [];
/** verdicts.get(`${level} ${version}`).get(`${kind}/${name}`) = rule ids that failed */
const verdicts = new Map<string, Map<string, string[]>>();

beforeAll(async () => {
  cases = allCases();
  dir = mkdtempSync(join(tmpdir(), 'bylaw-pss-'));
  for (const kind of WORKLOAD_KINDS) {
    const docs = cases.map((c) => dump(wrap(kind, c.pod), { noRefs: true, lineWidth: -1 })).join('---\n');
    writeFileSync(join(dir, `${kind}.yaml`), docs);
  }
  for (const level of LEVELS) {
    for (const version of VERSIONS) {
      const result = await scan({ root: dir, paths: kindsAt(version).map((k) => `${k}.yaml`), policies: [`pss-${level}`], params: { version }, config: false, workers: 1, failOn: 'none' });
      expect(result.errors).toEqual([]);
      const failed = new Map<string, string[]>();
      for (const f of result.findings) {
        expect(f.status, `${f.ruleId}: ${f.message}`).toBe('fail');
        const key = `${f.resource.kind}/${f.resource.name}`;
        failed.set(key, [...(failed.get(key) ?? []), f.ruleId]);
      }
      verdicts.set(`${level} ${version}`, failed);
    }
  }
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(LEVELS)('pss-%s', (level) => {
  it('agrees with PSA fixtures at every version, for every workload kind', () => {
    const problems: string[] = [];
    for (const e of expectations.filter((x) => x.level === level)) {
      for (const kind of kindsAt(e.version)) {
        const failed = verdicts.get(`${level} ${e.version}`)!.get(`${kind}/${e.name}`);
        const got = failed ? 'fail' : 'pass';
        if (got !== e.expect) problems.push(`${e.version} ${kind}/${e.name}: expected ${e.expect}, got ${got} ${failed ?? ''}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(expectations.filter((x) => x.level === level).length).toBeGreaterThan(500);
  });

  it.each(VERSIONS)('agrees with the PSA transcription on every fixture pod at %s', (version) => {
    const problems: string[] = [];
    const failedAt = verdicts.get(`${level} ${version}`)!;
    for (const c of cases) {
      const denied = psaDenied(level, version, c.pod.metadata, c.pod.spec);
      for (const kind of kindsAt(version)) {
        const failed = failedAt.get(`${kind}/${c.name}`);
        if (!!failed !== denied.length > 0) problems.push(`${kind}/${c.name}: PSA ${denied.join(',') || 'allows'}, bylaw ${failed?.join(',') ?? 'passes'}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
