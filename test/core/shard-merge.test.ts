import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';

const PACK = join(import.meta.dirname, '..', 'fixtures', 'core', 'pack');

function corpus(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) {
    files[`m/${i % 4}/w${i}.yaml`] =
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w${i}}\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: ${i % 3 ? 'docker.io/x:1' : 'registry.example.com/x:1'}\n          securityContext: {privileged: ${i % 4 === 0}}\n` +
      (i % 13 === 0 ? '---\nbad: [\n' : '');
  }
  return tempTree(files);
}

describe('--shard I/N and merge', () => {
  it('sharded-and-merged results equal the single-run result', async () => {
    const dir = corpus();
    const args = (extra: string[]) => ['scan', 'm', '--policy', PACK, '--no-config', '--format', 'json', ...extra];
    const single = await cli(args(['--output', 'single.json']), dir);
    const shards = [];
    for (let i = 1; i <= 3; i++) shards.push(await cli(args(['--shard', `${i}/3`, '--output', `s${i}.json`]), dir));
    const sizes = [1, 2, 3].map((i) => JSON.parse(readFileSync(join(dir, `s${i}.json`), 'utf8')).inputs.length);
    expect(sizes.every((n) => n > 0 && n < 60)).toBe(true);
    expect(sizes.reduce((a, b) => a + b)).toBe(60);
    const merged = await cli(['merge', 's1.json', 's2.json', 's3.json', '--output', 'merged.json'], dir);
    expect(merged.code).toBe(single.code);
    const strip = (f: string) => readFileSync(join(dir, f), 'utf8').replace(/"startedAt": "[^"]+"/, '');
    expect(JSON.parse(strip('single.json')).findings.length).toBeGreaterThan(20);
    expect(strip('merged.json')).toBe(strip('single.json'));
    // Any format from the merged result, like scan.
    const sarif = await cli(['merge', 's1.json', 's2.json', 's3.json', '--format', 'text'], dir);
    expect(sarif.stdout).toMatch(/FAIL \d+ failing/);
  });

  it('refuses to merge results of different policies', async () => {
    const dir = corpus();
    await cli(['scan', 'm', '--policy', PACK, '--no-config', '--format', 'json', '--shard', '1/2', '--output', 'a.json'], dir);
    await cli(['scan', 'm', '--policy', PACK, '--param', 'registries=[x/*]', '--no-config', '--format', 'json', '--shard', '2/2', '--output', 'b.json'], dir);
    const r = await cli(['merge', 'a.json', 'b.json'], dir);
    expect(r.stderr).toMatch(/different packs, versions, digests or parameters/);
    expect(r.code).toBe(2);
  });

  it('rejects a malformed shard spec', async () => {
    const r = await cli(['scan', 'm', '--policy', PACK, '--shard', '4/3'], corpus());
    expect(r.stderr).toMatch(/--shard must be I\/N/);
    expect(r.code).toBe(2);
  });
});
