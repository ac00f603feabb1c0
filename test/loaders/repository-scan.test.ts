import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryFiles, scanRepository } from '../../engine/loaders/repository-scan.js';
import { githubClientFromEnv } from '../../engine/loaders/repository-github-client.js';
import { loadPack } from '../../engine/policy/load-pack.js';
import { buildPolicySet } from '../../engine/policy/policy-set.js';
import type { Diagnostic } from '../../engine/types.js';

const dir = mkdtempSync(join(tmpdir(), 'bylaw-repo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (p: string, text = 'x\n') => {
  mkdirSync(join(dir, p, '..'), { recursive: true });
  writeFileSync(join(dir, p), text);
};
for (const f of ['README.md', 'LICENSE', 'package.json', 'web/package.json', 'svc/go.mod', '.gitignore']) write(f, f === '.gitignore' ? 'package-lock.json\n' : 'x\n');
write('package-lock.json');
execFileSync('git', ['init', '-q'], { cwd: dir });

const diagnostics: Diagnostic[] = [];
const pack = loadPack('repository-hygiene', { root: process.cwd(), params: {}, diagnostics })!;
const policy = buildPolicySet([pack], {}, diagnostics);

describe('repository scan', () => {
  it('lists what git would commit (ignored lockfile excluded)', async () => {
    expect(await repositoryFiles(dir)).toEqual(['.gitignore', 'LICENSE', 'README.md', 'package.json', 'svc/go.mod', 'web/package.json']);
  });

  it('evaluates the repository-hygiene rules once, skipping settings rules without a token', async () => {
    expect(diagnostics).toEqual([]);
    const r = await scanRepository({ root: dir, policy, keepAll: true });
    const byStatus = (s: string) => r.findings.filter((f) => f.status === s).map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort();
    expect(byStatus('fail')).toEqual([
      'repo-codeowners .:1',
      'repo-dependency-updates .:1',
      'repo-lockfile package.json:1',
      'repo-lockfile svc/go.mod:1',
      'repo-lockfile web/package.json:1',
      'repo-security-policy .:1',
    ]);
    expect(byStatus('skip')).toEqual([
      'repo-branch-protection-reviews .:1',
      'repo-branch-protection-stale-reviews .:1',
      'repo-branch-protection-status-checks .:1',
      'repo-secret-scanning .:1',
      'repo-secret-scanning-push-protection .:1',
      'repo-workflow-token-read-only .:1',
    ]);
    expect(r.notes.map((n) => n.code)).toEqual(['github-settings-skipped']);
    expect(r.input).toMatchObject({ path: '.', type: 'repository' });
  });

  it('reads settings through the injected request function', async () => {
    const calls: string[] = [];
    const request = async (route: string) => {
      calls.push(route);
      if (route === 'GET /repos/{owner}/{repo}') return { status: 200, data: { default_branch: 'main', security_and_analysis: { secret_scanning: { status: 'enabled' }, secret_scanning_push_protection: { status: 'enabled' } } } };
      if (route.endsWith('/protection')) throw Object.assign(new Error('Branch not protected'), { status: 404 });
      if (route.includes('/rules/branches/')) return { status: 200, data: [] };
      return { status: 200, data: { default_workflow_permissions: 'write', can_approve_pull_request_reviews: false } };
    };
    const r = await scanRepository({ root: dir, policy, files: ['README.md'], github: { request, repository: 'acme/app' }, keepAll: true });
    const failing = r.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId);
    expect(failing).toEqual(expect.arrayContaining(['repo-branch-protection-reviews', 'repo-workflow-token-read-only']));
    expect(failing).not.toContain('repo-secret-scanning');
    expect(r.findings.find((f) => f.ruleId === 'repo-workflow-token-read-only')!.message).toBe('Workflows get a write GITHUB_TOKEN by default');
    expect(calls).toHaveLength(4);
  });

  it.each([
    [{ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/app' }, 'acme/app'],
    [{ BYLAW_GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/app' }, 'acme/app'],
    [{ GITHUB_TOKEN: 't' }, undefined],
    [{ GITHUB_REPOSITORY: 'acme/app' }, undefined],
    [{ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'not a repo' }, undefined],
  ])('githubClientFromEnv %#', (env, expected) => {
    expect(githubClientFromEnv(env)?.repository).toBe(expected);
  });
});
