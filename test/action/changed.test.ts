import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedScope } from '../../action/changed.js';
import type { RunContext } from '../../action/event.js';
import { createClient } from '../../action/github.js';
import { startMockGitHub, type MockGitHub } from './harness/mock-github.js';

const context = (over: Partial<RunContext> = {}): RunContext => ({
  eventName: 'pull_request',
  owner: 'Codertocat',
  repo: 'Hello-World',
  headSha: 'c'.repeat(40),
  baseSha: 'b'.repeat(40),
  pullNumber: 2,
  isChangeReview: true,
  fromFork: false,
  workflow: 'w',
  job: 'j',
  serverUrl: 'https://github.com',
  apiUrl: '',
  ...over,
});
const sorted = (v: Set<number> | 'all' | undefined) => (v instanceof Set ? [...v].sort((a, b) => a - b) : v);
const log = { debug: () => {}, warning: () => {} };

describe('changedScope from the pull request files API', () => {
  let gh: MockGitHub;
  beforeAll(async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ filename: `gen/f${i}.yaml`, status: 'added' as const, patch: '@@ -0,0 +1,2 @@\n+a: 1\n+b: 2' }));
    gh = await startMockGitHub({
      pullFiles: [
        { filename: 'deploy/app.yaml', status: 'modified', patch: '@@ -10,2 +10,3 @@ spec:\n   a\n-  b\n+  B\n+  c' },
        { filename: 'big.json', status: 'modified' },
        { filename: 'gone.yaml', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
        ...many,
      ],
    });
  });
  afterAll(() => gh.close());

  it('lines: added or changed lines per file, whole file when GitHub omits the patch, removed files left out, every page read', async () => {
    const client = createClient('t', gh.url, log);
    const scope = await changedScope('lines', context(), '/nonexistent', client);
    expect(scope.source).toBe('api');
    expect(sorted(scope.changed?.get('deploy/app.yaml'))).toEqual([11, 12]);
    expect(scope.changed?.get('big.json')).toBe('all');
    expect(scope.changed?.has('gone.yaml')).toBe(false);
    expect(scope.changed?.size).toBe(132);
    expect(gh.calls.map((c) => c.query.page ?? '1')).toEqual(['1', '2']);
    expect(gh.violations).toEqual([]);
  });

  it('files: every listed file whole', async () => {
    const scope = await changedScope('files', context(), '/nonexistent', createClient('t', gh.url, log));
    expect(scope.changed?.get('deploy/app.yaml')).toBe('all');
  });

  it('none: nothing asked, nothing computed', async () => {
    expect(await changedScope('none', context(), '/nonexistent', createClient('t', gh.url, log))).toEqual({ notes: [] });
  });

  it('no base and no pull request: everything judged, with a note', async () => {
    const scope = await changedScope('lines', context({ eventName: 'schedule', pullNumber: undefined, baseSha: undefined }), '/nonexistent', undefined);
    expect(scope.changed).toBeUndefined();
    expect(scope.notes).toEqual(['changed-only: lines needs a base commit, and a schedule event has none; every file was judged.']);
  });

  it('API refused and git unusable: everything judged, with both reasons', async () => {
    gh.options.deny = ['pulls/list-files'];
    const scope = await changedScope('lines', context(), '/nonexistent', createClient('t', gh.url, log));
    gh.options.deny = [];
    expect(scope.changed).toBeUndefined();
    expect(scope.notes[0]).toMatch(/^Could not list the pull request's files \(HTTP 403: Resource not accessible by integration/);
    expect(scope.notes[1]).toMatch(/^changed-only: lines could not compare with bbbbbbbbbbbb .*; every file was judged\.$/);
  });
});
