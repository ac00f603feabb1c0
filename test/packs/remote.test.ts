import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';
import { clearRemote } from '../../engine/policy/remote/registry.js';
import { FakeGitHub } from './fake-github.js';

const REPO = 'acme/policies';
const RULE = (suffix = '') => `id: acme-no-latest-tag
title: Images are not tagged latest
severity: high
match: {type: kubernetes, kinds: [workloads]}
select: [$podSpec/containers/*]
assert: {"!": {"ends_with": [{"var": "node.image"}, ":latest"]}}
message: 'Container "{{node.name}}" uses a latest tag${suffix}'
location: /image
`;
const PACK = (version: string) => `id: acme-baseline
version: ${version}
title: Acme baseline
rules: [./rules/*.yaml]
controls:
  - {id: ACME-1, title: Images are pinned, rules: [acme-no-latest-tag], frameworks: {nist-800-53: [CM-2]}}
`;
const files = (version: string, suffix = '') => ({ 'README.md': '# policies\n', 'baseline/pack.yaml': PACK(version), 'baseline/rules/no-latest.yaml': RULE(suffix) });
const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx:latest
`;

let gh: FakeGitHub;
let cache: string;
const saved = { ...process.env };
const env = () => ({ GITHUB_API_URL: gh.url, BYLAW_CACHE_DIR: cache, GITHUB_TOKEN: 'test-token-123' });

beforeAll(async () => {
  gh = await new FakeGitHub().start();
});
afterAll(() => gh.close());
beforeEach(() => {
  gh.calls = [];
  gh.violations = [];
  gh.repos.clear();
  gh.tampered.clear();
  clearRemote();
  cache = tempTree({});
  Object.assign(process.env, env());
});
afterEach(() => {
  for (const k of Object.keys(env())) delete process.env[k];
  Object.assign(process.env, saved);
  expect(gh.violations).toEqual([]);
});

const project = (ref: string) => tempTree({ '.bylaw.yaml': `packs: ['${ref}']\n`, 'k8s/deploy.yaml': DEPLOY });
const run = (args: string[], dir: string) => cli(args, dir, env());
const stable = (stdout: string) => {
  const r = JSON.parse(stdout);
  delete r.run.startedAt;
  return r;
};

describe('remote packs from a git tag, pinned in bylaw.lock', () => {
  it('resolves the tag, locks the commit, then gives the same result every run without a request', async () => {
    const v1 = gh.commit(REPO, files('1.0.0'));
    gh.tag(REPO, 'v1.0.0', v1);
    const dir = project(`github:${REPO}/baseline@v1.0.0`);

    const lock = await run(['lock'], dir);
    expect(lock.stderr).toBe('');
    expect(lock.code).toBe(0);
    expect(gh.names()).toEqual(['repos/get-commit', 'repos/download-tarball-archive', 'codeload']);
    expect(gh.calls[0].authorization).toBe('token test-token-123');
    expect(lock.stdout + lock.stderr).not.toContain('test-token-123');
    const text = readFileSync(join(dir, 'bylaw.lock'), 'utf8');
    expect(text).toContain(`source: github:${REPO}/baseline@v1.0.0\n    commit: ${v1}\n    digest: sha256:`);
    expect(existsSync(join(cache, 'github', 'acme', 'policies', v1, 'baseline', 'pack.yaml'))).toBe(true);

    gh.calls = [];
    const check = await run(['lock', '--check'], dir);
    expect([check.code, check.stdout, check.stderr]).toEqual([0, 'bylaw.lock: 1 selected pack(s) match\n', '']);
    expect(gh.calls).toEqual([]);
    const first = await run(['scan', '--format', 'json'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const result = stable(first.stdout);
    const lockedDigest = /digest: (sha256:[0-9a-f]{64})/.exec(text)![1];
    expect(result.packs).toEqual([expect.objectContaining({ id: 'acme-baseline', version: '1.0.0', source: `github:${REPO}/baseline@v1.0.0 (${v1.slice(0, 12)})`, digest: lockedDigest })]);
    expect(result.findings.filter((f: any) => f.status === 'fail').map((f: any) => `${f.ruleId} ${f.location.path}:${f.location.startLine}:${f.location.startColumn}`)).toEqual(['acme-no-latest-tag k8s/deploy.yaml:9:11']);

    // The tag moves to a commit with other content: the lock keeps the run on the reviewed commit.
    const v1moved = gh.commit(REPO, files('1.0.0', ' (moved)'));
    gh.tag(REPO, 'v1.0.0', v1moved);
    for (let i = 0; i < 2; i++) {
      const again = await run(['scan', '--format', 'json'], dir);
      expect(stable(again.stdout)).toEqual(result);
    }
    expect(gh.calls).toEqual([]);

    // An empty cache fetches exactly the locked commit (no ref resolution).
    cache = tempTree({});
    process.env.BYLAW_CACHE_DIR = cache;
    clearRemote();
    const fresh = await run(['scan', '--format', 'json'], dir);
    expect(stable(fresh.stdout)).toEqual(result);
    expect(gh.names()).toEqual(['repos/download-tarball-archive', 'codeload']);
    expect(gh.calls[0].path).toBe(`/repos/${REPO}/tarball/${v1}`);
  });

  it('one changed byte in the cached pack stops the run with exit 2 naming the pack', async () => {
    const v1 = gh.commit(REPO, files('1.0.0'));
    gh.tag(REPO, 'v1.0.0', v1);
    const dir = project(`github:${REPO}/baseline@v1.0.0`);
    expect((await run(['lock'], dir)).code).toBe(0);
    const ruleFile = join(cache, 'github', 'acme', 'policies', v1, 'baseline', 'rules', 'no-latest.yaml');
    writeFileSync(ruleFile, readFileSync(ruleFile, 'utf8').replace('severity: high', 'severity: low '));
    const r = await run(['scan'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bylaw\.lock:\d+:\d+: lock-mismatch: pack acme-baseline: digest sha256:[0-9a-f]{12}… → sha256:[0-9a-f]{12}… \(github:acme\/policies\/baseline\/rules\/no-latest\.yaml changed\)/m);
    expect(r.stdout).toBe('');
  });

  it('a tarball that differs from the locked one (tampered mirror) stops the run', async () => {
    const v1 = gh.commit(REPO, files('1.0.0'));
    gh.tag(REPO, 'v1.0.0', v1);
    const dir = project(`github:${REPO}/baseline@v1.0.0`);
    expect((await run(['lock'], dir)).code).toBe(0);
    cache = tempTree({});
    process.env.BYLAW_CACHE_DIR = cache;
    clearRemote();
    gh.commit('evil/mirror', files('1.0.0', '!'));
    gh.tampered.set(v1, gh.tarball('evil/mirror', [...gh.repo('evil/mirror').commits.keys()][0]));
    const r = await run(['scan'], dir);
    expect(r.code).toBe(2);
    const line = text(dir).split('\n').findIndex((l) => l.startsWith('    digest:')) + 1;
    expect(r.stderr).toMatch(new RegExp(`^bylaw\\.lock:${line}:5: lock-mismatch: pack acme-baseline: digest`, 'm'));
  });

  it('a semver range picks the newest matching tag, across pages of tags', async () => {
    const shas: Record<string, string> = {};
    for (const v of ['1.0.0', '1.2.0', '1.10.0', '1.11.0-rc.1', '2.0.0']) {
      shas[v] = gh.commit(REPO, files(v));
      gh.tag(REPO, `v${v}`, shas[v]);
    }
    for (let i = 0; i < 120; i++) gh.tag(REPO, `build-${String(i).padStart(3, '0')}`, shas['1.0.0']);
    const dir = project(`github:${REPO}/baseline@^1.2`);
    const lock = await run(['lock'], dir);
    expect(lock.stderr).toBe('');
    expect(gh.names().filter((n) => n === 'repos/list-tags')).toHaveLength(2);
    expect(gh.calls.find((c) => c.operationId === 'repos/download-tarball-archive')!.path).toBe(`/repos/${REPO}/tarball/${shas['1.10.0']}`);
    expect(text(dir)).toContain(`commit: ${shas['1.10.0']}\n    tag: v1.10.0\n`);
    const r = await run(['scan', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).packs[0].version).toBe('1.10.0');

    // A newer matching tag does not move a locked run; `bylaw lock --update` does, and says so.
    const v111 = gh.commit(REPO, files('1.11.0'));
    gh.tag(REPO, 'v1.11.0', v111);
    gh.calls = [];
    expect(JSON.parse((await run(['scan', '--format', 'json'], dir)).stdout).packs[0].version).toBe('1.10.0');
    expect(gh.calls).toEqual([]);
    const kept = await run(['lock'], dir);
    expect(kept.stdout).toMatch(/bylaw\.lock is up to date/);
    const updated = await run(['lock', '--update'], dir);
    expect(updated.stdout).toContain(`~ acme-baseline@1.11.0: 1.10.0 → 1.11.0, commit ${shas['1.10.0'].slice(0, 12)} → ${v111.slice(0, 12)}, digest changed (github:acme/policies/baseline/pack.yaml changed)`);
    expect(JSON.parse((await run(['scan', '--format', 'json'], dir)).stdout).packs[0].version).toBe('1.11.0');
  });

  it('without a lock a tag is resolved each run but its commit is fetched once', async () => {
    const v1 = gh.commit(REPO, files('1.0.0'));
    gh.tag(REPO, 'v1.0.0', v1);
    const dir = project(`github:${REPO}/baseline@v1.0.0`);
    expect((await run(['scan'], dir)).code).toBe(1);
    expect(gh.names()).toEqual(['repos/get-commit', 'repos/download-tarball-archive', 'codeload']);
    gh.calls = [];
    clearRemote();
    expect((await run(['scan'], dir)).code).toBe(1);
    expect(gh.names()).toEqual(['repos/get-commit']);
    gh.calls = [];
    clearRemote();
    const pinned = project(`github:${REPO}/baseline@${v1}`);
    expect((await run(['scan'], pinned)).code).toBe(1);
    expect(gh.calls).toEqual([]);
  });

  it('a remote reference missing from an existing lock is refused before any request', async () => {
    const v1 = gh.commit(REPO, files('1.0.0'));
    gh.tag(REPO, 'v1.0.0', v1);
    gh.tag(REPO, 'v1.0.1', v1);
    const dir = project(`github:${REPO}/baseline@v1.0.0`);
    expect((await run(['lock'], dir)).code).toBe(0);
    writeFileSync(join(dir, '.bylaw.yaml'), `packs: ['github:${REPO}/baseline@v1.0.1']\n`);
    gh.calls = [];
    const r = await run(['scan'], dir);
    expect(r.stderr).toMatch(/^bylaw\.lock:5:1: lock-mismatch: remote pack github:acme\/policies\/baseline@v1\.0\.1 is not in the lock; run `bylaw lock`/m);
    expect(r.code).toBe(2);
    const check = await run(['lock', '--check'], dir);
    expect(check.stderr).toMatch(/^bylaw\.lock:5:1: lock-mismatch: remote pack github:acme\/policies\/baseline@v1\.0\.1 is not in the lock/m);
    expect(check.code).toBe(2);
    expect(gh.calls).toEqual([]);
  });

  it('remote packs extend other remote packs and paths inside their repository; every pack is locked', async () => {
    const base = gh.commit('acme/base', { 'pack.yaml': PACK('3.1.0').replace('acme-baseline', 'acme-base'), 'rules/no-latest.yaml': RULE() });
    gh.tag('acme/base', 'v3.1.0', base);
    const sha = gh.commit(REPO, {
      'strict/pack.yaml': `id: acme-strict\nversion: 2.0.0\ntitle: Strict\nextends: ['../common', 'github:acme/base@v3.1.0']\noverrides:\n  severity: {acme-no-latest-tag: critical}\n`,
      'common/pack.yaml': 'id: acme-common\nversion: 1.0.0\ntitle: Common\nextends: [pss-baseline]\n',
    });
    gh.tag(REPO, 'v2.0.0', sha);
    const dir = project(`github:${REPO}/strict@v2.0.0`);
    const lock = await run(['lock'], dir);
    expect(lock.stderr).toBe('');
    const entries = text(dir).split('\n').filter((l) => /^ {2}- id: |^ {4}source: /.test(l)).map((l) => l.trim());
    expect(entries).toEqual([
      '- id: acme-base', 'source: github:acme/base@v3.1.0',
      '- id: acme-common', `source: github:acme/policies@${sha.slice(0, 12)}/common/pack.yaml`,
      '- id: acme-strict', 'source: github:acme/policies/strict@v2.0.0',
      '- id: pss-baseline', 'source: builtin',
    ]);
    const r = await run(['scan', '--format', 'json'], dir);
    const failing = JSON.parse(r.stdout).findings.filter((f: any) => f.status === 'fail');
    expect(failing.map((f: any) => `${f.ruleId}:${f.severity}`)).toEqual(['acme-no-latest-tag:critical']);
  });

  it('a local pack that extends a remote one: fetched before loading, locked, validated', async () => {
    const v1 = gh.commit(REPO, files('1.0.0'));
    gh.tag(REPO, 'v1.0.0', v1);
    const dir = tempTree({
      '.bylaw.yaml': 'packs: [./policies/local]\n',
      'policies/local/pack.yaml': `id: local\nversion: 0.1.0\ntitle: Local\nextends: ['github:${REPO}/baseline@v1.0.0']\noverrides: {severity: {acme-no-latest-tag: low}}\n`,
      'k8s/deploy.yaml': DEPLOY,
    });
    const validate = await run(['validate'], dir);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    expect((await run(['lock'], dir)).stdout).toBe(`+ acme-baseline@1.0.0 (github:${REPO}/baseline@v1.0.0)\n+ local@0.1.0 (policies/local/pack.yaml)\nbylaw.lock: wrote 2 pack(s)\n`);
    gh.calls = [];
    clearRemote();
    const r = await run(['scan', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.filter((f: any) => f.status === 'fail').map((f: any) => f.severity)).toEqual(['low']);
    expect(gh.calls).toEqual([]);
    const missing = tempTree({ 'policies/local/pack.yaml': "id: local\nversion: 0.1.0\ntitle: Local\nextends: ['github:acme/gone@v1']\n", '.bylaw.yaml': 'packs: [./policies/local]\n' });
    expect((await run(['scan'], missing)).stderr).toMatch(/^policies\/local\/pack\.yaml:1:1: unknown-pack: remote pack github:acme\/gone@v1: HTTP 404/m);
  });

  it('list, explain and test take remote packs too', async () => {
    const v1 = gh.commit(REPO, { ...files('1.0.0'), 'baseline/rules/no-latest.cases.yaml': 'rule: acme-no-latest-tag\nvalid: [{name: pinned, input: "apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec: {containers: [{name: c, image: c:1}]}\\n"}]\n' });
    gh.tag(REPO, 'v1.0.0', v1);
    const dir = tempTree({});
    const ref = `github:${REPO}/baseline@v1.0.0`;
    const list = JSON.parse((await run(['list', 'packs', '--json', '--policy', ref], dir)).stdout);
    expect(list).toEqual([expect.objectContaining({ id: 'acme-baseline', source: `${ref} (${v1.slice(0, 12)})`, digest: expect.stringMatching(/^sha256:/) })]);
    const explain = await run(['explain', 'acme-no-latest-tag', '--policy', ref], dir);
    expect(explain.stdout).toContain(`defined in: github:acme/policies@${v1.slice(0, 12)}/baseline/rules/no-latest.yaml:1`);
    expect(explain.stdout).toContain('Controls:\n  ACME-1 (acme-baseline): Images are pinned — nist-800-53 CM-2');
    expect(explain.stdout).toContain('Examples:\n  rule: acme-no-latest-tag');
    writeFileSync(join(dir, 'mine.cases.yaml'), 'rule: acme-no-latest-tag\ninvalid:\n  - name: latest\n    input: "apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec:\\n  containers: [{name: c, image: \'c:latest\'}]\\n"\n    findings: [{line: 5, column: 26}]\n');
    const test = await run(['test', 'mine.cases.yaml', '--policy', ref], dir);
    expect(test.stdout).toContain('1 passed, 0 failed');
    expect(test.code).toBe(0);
    expect(gh.names().filter((n) => n === 'codeload')).toHaveLength(1);
  });

  it('API failures are exit 2 with the reference and a hint, never the token', async () => {
    const dir = project('github:acme/nope@v1.0.0');
    const r = await run(['scan'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.bylaw\.yaml:1:9: unknown-pack: remote pack github:acme\/nope@v1\.0\.0: HTTP 404: .*no such repository, ref or path/);
    expect(r.stderr).not.toContain('test-token-123');
    gh.tag(REPO, 'v1.0.0', gh.commit(REPO, files('1.0.0')));
    const nowhere = await run(['scan'], project(`github:${REPO}/nothing/here@v1.0.0`));
    expect(nowhere.stderr).toMatch(/^\.bylaw\.yaml:1:9: unknown-pack: remote pack github:acme\/policies\/nothing\/here@v1\.0\.0: no pack file at "nothing\/here" in acme\/policies@[0-9a-f]{12}/m);
    const bad = project('github:acme@v1');
    expect((await run(['scan'], bad)).stderr).toMatch(/expected github:OWNER\/REPO\[\/PATH\]@REF/);
  });

  it('remote.apiUrl in .bylaw.yaml wins over GITHUB_API_URL', async () => {
    gh.tag(REPO, 'v1.0.0', gh.commit(REPO, files('1.0.0')));
    const dir = tempTree({ '.bylaw.yaml': `packs: ['github:${REPO}/baseline@v1.0.0']\nremote: {apiUrl: '${gh.url}'}\n`, 'k8s/deploy.yaml': DEPLOY });
    process.env.GITHUB_API_URL = 'http://127.0.0.1:9/unreachable';
    const r = await cli(['scan'], dir, { ...env(), GITHUB_API_URL: 'http://127.0.0.1:9/unreachable' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(gh.names()).toEqual(['repos/get-commit', 'repos/download-tarball-archive', 'codeload']);
  });

  it('an oversized tarball is refused while downloading, and nothing is cached', async () => {
    const v1 = gh.commit(REPO, files('1.0.0'));
    gh.tag(REPO, 'v1.0.0', v1);
    gh.tampered.set(v1, Buffer.alloc(33 * 1024 * 1024, 7));
    const r = await run(['scan'], project(`github:${REPO}/baseline@v1.0.0`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown-pack: remote pack github:acme\/policies\/baseline@v1\.0\.0: .*larger than 33554432 bytes/);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('a run without remote packs never talks to the API', async () => {
    const dir = tempTree({ '.bylaw.yaml': 'packs: [pss-baseline]\n', 'k8s/deploy.yaml': DEPLOY });
    expect((await run(['lock'], dir)).code).toBe(0);
    expect((await run(['scan'], dir)).stderr).toBe('');
    expect((await run(['list', 'packs'], dir)).code).toBe(0);
    expect(gh.calls).toEqual([]);
    expect(readdirSync(cache)).toEqual([]);
  });
});

function text(dir: string): string {
  return readFileSync(join(dir, 'bylaw.lock'), 'utf8');
}
