/**
 * Differential test: random pods (random-pods.ts) judged by the rule packs through `scan()` and by the
 * transcription of pod-security-admission (psa-oracle.ts), for both levels at the versions where behaviour changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { scan } from '../../engine/index.js';
import { psaDenied } from './psa-oracle.js';
import { nearlyCompliantPod, randomPod } from './random-pods.js';
import type { Level, Pod } from './pod-fixtures.js';

const VERSIONS = ['v1.0', 'v1.7', 'v1.8', 'v1.18', 'v1.19', 'v1.22', 'v1.23', 'v1.24', 'v1.25', 'v1.30', 'v1.31', 'v1.34', 'v1.35', 'v1.36', 'v1.37', 'latest'];
const pods: Pod[] = [...fc.sample(randomPod, { seed: 20261121, numRuns: 400 }), ...fc.sample(nearlyCompliantPod, { seed: 20261122, numRuns: 600 })].map((p, i) => ({ ...p, metadata: { ...p.metadata, name: `r${i}` } }));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bylaw-pss-random-'));
  writeFileSync(join(dir, 'pods.yaml'), pods.map((p) => dump(p, { noRefs: true, lineWidth: -1 })).join('---\n'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each<Level>(['baseline', 'restricted'])('pss-%s on random pods', (level) => {
  it.each(VERSIONS)('matches pod-security-admission at %s', async (version) => {
    const r = await scan({ root: dir, policies: [`pss-${level}`], params: { version }, config: false, workers: 1, failOn: 'none' });
    expect(r.errors).toEqual([]);
    const failed = new Map<string, string[]>();
    for (const f of r.findings) {
      expect(f.status, f.message).toBe('fail');
      failed.set(f.resource.name!, [...(failed.get(f.resource.name!) ?? []), f.ruleId]);
    }
    const mismatches = pods
      .map((p) => ({ p, denied: psaDenied(level, version, p.metadata, p.spec), got: failed.get(p.metadata.name) }))
      .filter((x) => x.denied.length > 0 !== !!x.got)
      .map((x) => `${x.p.metadata.name}: PSA ${x.denied.join(',') || 'allows'}; bylaw ${x.got?.join(',') ?? 'passes'}\n${dump(x.p)}`);
    expect(mismatches.slice(0, 3)).toEqual([]);
    // the sample exercises both outcomes
    const deniedCount = pods.filter((p) => psaDenied(level, version, p.metadata, p.spec).length > 0).length;
    expect(deniedCount).toBeGreaterThan(0);
    expect(deniedCount).toBeLessThan(pods.length);
  }, 120_000);
});
