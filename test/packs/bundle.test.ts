import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../helpers/bundle.js';
import { tempTree } from '../helpers/cli.js';
import { FakeGitHub } from './fake-github.js';

const exec = promisify(execFile);

/** The bundled CLI (dist/cli.js and dist/worker.js) as a user runs it, in a child process. */
async function bylaw(dist: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(dist, 'cli.js'), ...args], { cwd, env: { PATH: process.env.PATH, HOME: cwd, ...env }, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the bundle', () => {
  let dist: string;
  let gh: FakeGitHub;
  beforeAll(async () => {
    dist = freshBundle();
    gh = await new FakeGitHub().start();
  }, 120_000);
  afterAll(() => gh.close());

  it('init, validate, test, lock --check and scan pass on a fresh init', async () => {
    const dir = tempTree({});
    for (const args of [['init', '--org', 'acme'], ['validate'], ['test'], ['lock', '--check'], ['scan']]) {
      const r = await bylaw(dist, args, dir);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
    }
  });

  it('worker threads use the remote pack the main thread fetched: same bytes as one thread, one fetch', async () => {
    const sha = gh.commit('acme/policies', {
      'k8s/pack.yaml': 'id: acme-k8s\nversion: 1.0.0\ntitle: K8s\nrules: [./rules/*.yaml]\n',
      'k8s/rules/latest.yaml': 'id: acme-no-latest\ntitle: No latest\nseverity: high\nmatch: {type: kubernetes, kinds: [workloads]}\nselect: [$podSpec/containers/*]\nassert: {"!": {"ends_with": [{"var": "node.image"}, ":latest"]}}\nmessage: latest\nlocation: /image\n',
    });
    gh.tag('acme/policies', 'v1.0.0', sha);
    const files: Record<string, string> = { '.bylaw.yaml': "packs: ['github:acme/policies/k8s@v1.0.0']\n" };
    for (let i = 0; i < 80; i++) files[`m/d${i}.yaml`] = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${i}}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: 'nginx:${i % 3 ? '1.27' : 'latest'}'}]\n`;
    const dir = tempTree(files);
    const env = { GITHUB_API_URL: gh.url, BYLAW_CACHE_DIR: join(dir, '.cache') };
    expect((await bylaw(dist, ['lock'], dir, env)).code).toBe(0);
    gh.calls = [];
    const one = await bylaw(dist, ['scan', 'm', '--workers', '1', '--format', 'json', '--output', 'one.json'], dir, env);
    const two = await bylaw(dist, ['scan', 'm', '--workers', '3', '--format', 'json', '--output', 'two.json'], dir, env);
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(gh.calls).toEqual([]);
    const strip = (f: string) => readFileSync(join(dir, f), 'utf8').replace(/"startedAt": "[^"]+"/, '');
    expect(strip('two.json')).toBe(strip('one.json'));
    const result = JSON.parse(strip('one.json'));
    expect(result.packs[0].source).toBe(`github:acme/policies/k8s@v1.0.0 (${sha.slice(0, 12)})`);
    expect(result.findings.filter((f: any) => f.status === 'fail')).toHaveLength(27);
    expect(gh.violations).toEqual([]);
  });
});
