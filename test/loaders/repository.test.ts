import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { repository, repositoryDocument, type RepositoryData } from '../../engine/loaders/repository.js';
import { fetchGitHubSettings } from '../../engine/loaders/repository-github.js';
import { exampleResponse, findOperation, validateRequest, validateResponse } from '../action/harness/openapi.js';

const data = (files: string[]) => repositoryDocument(files).data as RepositoryData;

describe('repository: files', () => {
  it.each([
    ['LICENSE at the root', ['LICENSE', 'src/a.ts'], 'license', 'LICENSE'],
    ['LICENSE.md', ['LICENSE.md'], 'license', 'LICENSE.md'],
    ['COPYING', ['COPYING'], 'license', 'COPYING'],
    ['licence only in a subdirectory does not count', ['pkg/LICENSE'], 'license', null],
    ['SECURITY.md in .github wins', ['SECURITY.md', '.github/SECURITY.md'], 'security', '.github/SECURITY.md'],
    ['SECURITY.md in docs', ['docs/SECURITY.md'], 'security', 'docs/SECURITY.md'],
    ['no security policy', ['README.md'], 'security', null],
    ['CODEOWNERS in .github', ['.github/CODEOWNERS'], 'codeowners', '.github/CODEOWNERS'],
    ['codeowners is case-sensitive', ['codeowners'], 'codeowners', null],
    ['README.rst', ['README.rst'], 'readme', 'README.rst'],
    ['dependabot', ['.github/dependabot.yml'], 'dependencyUpdates', '.github/dependabot.yml'],
    ['renovate', ['renovate.json5'], 'dependencyUpdates', 'renovate.json5'],
    ['no update bot', ['.github/workflows/ci.yml'], 'dependencyUpdates', null],
  ])('%s', (_n, files, key, expected) => {
    expect(data(files)[key as keyof RepositoryData]).toBe(expected);
  });

  it.each([
    ['npm with package-lock', ['package.json', 'package-lock.json'], [['npm', 'package.json', ['package-lock.json']]]],
    ['npm workspace member uses the root lockfile', ['package.json', 'pnpm-lock.yaml', 'packages/a/package.json'], [
      ['npm', 'package.json', ['pnpm-lock.yaml']],
      ['npm', 'packages/a/package.json', ['pnpm-lock.yaml']],
    ]],
    ['go without go.sum', ['go.mod', 'main.go'], [['go', 'go.mod', []]]],
    ['cargo and python', ['Cargo.toml', 'Cargo.lock', 'py/pyproject.toml', 'py/uv.lock'], [
      ['cargo', 'Cargo.toml', ['Cargo.lock']],
      ['python', 'py/pyproject.toml', ['py/uv.lock']],
    ]],
    ['vendored manifests are ignored', ['node_modules/x/package.json', 'vendor/y/go.mod'], []],
  ])('ecosystems: %s', (_n, files, expected) => {
    expect(data(files).ecosystems.map((e) => [e.ecosystem, e.manifest, e.lockfiles])).toEqual(expected);
    expect(data(files).ecosystems.every((e) => e.locked === e.lockfiles.length > 0)).toBe(true);
  });

  it('locates findings at the file concerned, else the repository root', () => {
    const doc = repositoryDocument(['go.mod', 'LICENSE', 'package.json']);
    expect(doc.locate('/ecosystems/0/locked')).toMatchObject({ path: 'go.mod', startLine: 1, startColumn: 1 });
    expect(doc.locate('/license')).toMatchObject({ path: 'LICENSE', startLine: 1, startColumn: 1 });
    expect(doc.locate('/security')).toMatchObject({ path: '.', startLine: 1, startColumn: 1 });
    expect(doc.locate('/github/branch')).toMatchObject({ path: '.', startLine: 1 });
  });

  it('gives one repository target, named after the GitHub repository when known', () => {
    const [t] = repository.targets(repositoryDocument(['README.md']));
    expect(t.resource).toEqual({ type: 'repository', kind: 'repository', name: '.' });
    expect(repository.accepts('README.md')).toBe(false);
  });
});

/** A local stand-in for the GitHub API: GitHub's published examples, patched per scenario; every request is checked against the description. */
type Scenario = Record<string, [number, unknown] | ((example: any) => unknown)>;
let server: Server;
let url = '';
let scenario: Scenario = {};
let pageOf: ((query: URLSearchParams) => unknown[]) | undefined;
const violations: string[] = [];
const seen: string[] = [];
const authorizations: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const u = new URL(req.url!, 'http://x');
    const found = findOperation(req.method!, u.pathname);
    if (!found) {
      violations.push(`unknown endpoint ${req.method} ${u.pathname}`);
      res.writeHead(404).end('{}');
      return;
    }
    violations.push(...validateRequest(found.operation, found.params, u.searchParams, undefined, false));
    seen.push(`${req.method} ${found.operation.template}`);
    authorizations.push(String(req.headers.authorization));
    const entry = scenario[found.operation.operationId];
    let status = 200;
    let body: unknown;
    if (pageOf && found.operation.operationId === 'repos/get-branch-rules') body = pageOf(u.searchParams);
    else if (Array.isArray(entry)) [status, body] = entry;
    else body = entry ? entry(exampleResponse(found.operation, 200)) : exampleResponse(found.operation, 200);
    if (pageOf && found.operation.operationId === 'repos/get-branch-rules') violations.push(...validateResponse(found.operation, 200, body).map((v) => `rules page: ${v}`));
    // GitHub's own examples drift from its schemas (missing `language`, ...), so only bodies written here are checked.
    if (Array.isArray(entry)) violations.push(...validateResponse(found.operation, status, body).map((v) => `${found.operation.operationId}: ${v}`));
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const notFound = { message: 'Branch not protected', documentation_url: 'https://docs.github.com/rest/branches/branch-protection' };
const forbidden = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' };

async function settings(s: Scenario) {
  scenario = s;
  violations.length = 0;
  seen.length = 0;
  const octokit = new Octokit({ baseUrl: url, auth: 'test-token', request: { retries: 0 } });
  return fetchGitHubSettings(octokit.request, 'octocat', 'Hello-World');
}

describe('repository: GitHub settings through the REST API', () => {
  it('reads protection, rulesets, secret scanning and workflow permissions (GitHub examples)', async () => {
    const s = await settings({
      'repos/get': (ex) => ({ ...ex, security_and_analysis: { secret_scanning: { status: 'enabled' }, secret_scanning_push_protection: { status: 'disabled' } } }),
      'repos/get-branch-rules': (ex) => [
        ...ex,
        { type: 'pull_request', ruleset_source_type: 'Repository', ruleset_source: 'octocat/Hello-World', ruleset_id: 7, parameters: { required_approving_review_count: 3, dismiss_stale_reviews_on_push: false, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false } },
      ],
    });
    expect(violations).toEqual([]);
    expect(seen).toEqual([
      'GET /repos/{owner}/{repo}',
      'GET /repos/{owner}/{repo}/branches/{branch}/protection',
      'GET /repos/{owner}/{repo}/rules/branches/{branch}',
      'GET /repos/{owner}/{repo}/actions/permissions/workflow',
    ]);
    expect(s).toEqual({
      repository: 'octocat/Hello-World',
      defaultBranch: 'master',
      branch: {
        protected: true,
        requiredApprovingReviews: 3,
        dismissStaleReviews: true,
        requireCodeOwnerReviews: true,
        requiredStatusChecks: ['continuous-integration/travis-ci'],
        sources: ['branch-protection', 'ruleset:42', 'ruleset:73', 'ruleset:7'],
      },
      secretScanning: 'enabled',
      secretScanningPushProtection: 'disabled',
      defaultWorkflowPermissions: 'read',
      canApprovePullRequestReviews: true,
      unreadable: [],
    });
  });

  it('reads every page of ruleset rules', async () => {
    const rule = (i: number) => ({ type: 'required_status_checks', ruleset_source_type: 'Repository', ruleset_source: 'octocat/Hello-World', ruleset_id: 1, parameters: { strict_required_status_checks_policy: false, required_status_checks: [{ context: `check-${String(i).padStart(3, '0')}` }] } });
    const pages: Record<string, unknown[]> = { '1': Array.from({ length: 100 }, (_, i) => rule(i)), '2': [rule(100), rule(101)] };
    pageOf = (q) => pages[q.get('page') ?? '1'] ?? [];
    const s = await settings({ 'repos/get-branch-protection': [404, notFound] });
    pageOf = undefined;
    expect(violations).toEqual([]);
    expect(s.branch!.requiredStatusChecks).toHaveLength(102);
    expect(seen.filter((x) => x.includes('/rules/'))).toHaveLength(2);
  });

  it('an unprotected branch, write tokens and no security settings', async () => {
    const s = await settings({
      'repos/get-branch-protection': [404, notFound],
      'repos/get-branch-rules': [200, []],
      'actions/get-github-actions-default-workflow-permissions-repository': [200, { default_workflow_permissions: 'write', can_approve_pull_request_reviews: false }],
    });
    expect(violations).toEqual([]);
    expect(s.branch).toEqual({ protected: false, requiredApprovingReviews: 0, dismissStaleReviews: false, requireCodeOwnerReviews: false, requiredStatusChecks: [], sources: [] });
    expect([s.secretScanning, s.defaultWorkflowPermissions, s.unreadable]).toEqual([null, 'write', []]);
  });

  it('settings the token may not read are null and listed, never thrown', async () => {
    const s = await settings({
      'repos/get-branch-protection': [403, forbidden],
      'repos/get-branch-rules': [403, forbidden],
      'actions/get-github-actions-default-workflow-permissions-repository': [403, forbidden],
    });
    expect([s.branch, s.defaultWorkflowPermissions]).toEqual([null, null]);
    expect(s.unreadable.map((u) => u.split(':')[0] + ':' + u.split(':')[1].slice(0, 4))).toEqual([
      'GET /repos/{owner}/{repo}/branches/{branch}/protection: 403',
      'GET /repos/{owner}/{repo}/rules/branches/{branch}: 403',
      'GET /repos/{owner}/{repo}/actions/permissions/workflow: 403',
    ]);
  });
});

describe('repository: recorded snapshots (bylaw test cases, offline evaluation)', () => {
  const parse = (text: string) => repository.parse({ path: 'repository.yaml', text }, { maxFileBytes: 1e6, maxDepth: 50, maxAliases: 10, maxMergeKeys: 10, maxDocuments: 10, ruleTimeoutMs: 1000 });
  it('builds the repository document from files and settings', () => {
    const r = parse('files: [LICENSE, go.mod]\ngithub: {repository: acme/app, defaultWorkflowPermissions: write}\n');
    expect(r.errors).toEqual([]);
    const [t] = repository.targets(r.documents[0]);
    expect(t.resource.name).toBe('acme/app');
    expect(t.value).toMatchObject({ license: 'LICENSE', ecosystems: [{ ecosystem: 'go', locked: false }], github: { defaultWorkflowPermissions: 'write' } });
  });
  it.each([
    ['no files list', 'github: {}\n', 1, 1],
    ['files not strings', 'x: 1\nfiles: [1, 2]\n', 2, 1],
    ['YAML error', 'files: [a, b\n', 2, 1],
    ['empty file', '', 1, 1],
  ])('%s → error at %s:%s', (_n, text, line, column) => {
    const r = parse(text);
    expect(r.documents).toEqual([]);
    expect(r.errors[0]).toMatchObject({ line, column });
    expect(r.errors).toEqual([expect.objectContaining({ line, column, code: 'parse-error' })]);
  });
});

describe('repository: client from the environment', () => {
  it('talks to GITHUB_API_URL with the token from the environment', async () => {
    scenario = {};
    violations.length = 0;
    seen.length = 0;
    authorizations.length = 0;
    const { githubClientFromEnv } = await import('../../engine/loaders/repository-github-client.js');
    const gh = githubClientFromEnv({ GITHUB_TOKEN: 'env-token', GITHUB_REPOSITORY: 'octocat/Hello-World', GITHUB_API_URL: url + '/' })!;
    const [owner, repo] = gh.repository.split('/');
    const s = await fetchGitHubSettings(gh.request, owner, repo);
    expect(violations).toEqual([]);
    expect(seen).toHaveLength(4);
    expect(authorizations.every((a) => a === 'token env-token')).toBe(true);
    expect(s.defaultWorkflowPermissions).toBe('read');
  });
});
