import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedScope } from '../../action/changed.js';
import type { RunContext } from '../../action/event.js';
import { createClient } from '../../action/github.js';
import { startMockGitHub, type MockGitHub } from './harness/mock-github.js';
import { tempRepo } from '../git/temp-repo.js';
import { gitInfo } from '../../engine/scan/git-info.js';

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
    const scope = await changedScope('lines', context(), '/nonexistent', undefined, client);
    expect(scope.source).toBe('api');
    expect(sorted(scope.changed?.get('deploy/app.yaml'))).toEqual([11, 12]);
    expect(scope.changed?.get('big.json')).toBe('all');
    expect(scope.changed?.has('gone.yaml')).toBe(false);
    expect(scope.changed?.size).toBe(132);
    expect(gh.calls.map((c) => c.query.page ?? '1')).toEqual(['1', '2']);
    expect(gh.violations).toEqual([]);
  });

  it('files: every listed file whole', async () => {
    const scope = await changedScope('files', context(), '/nonexistent', undefined, createClient('t', gh.url, log));
    expect(scope.changed?.get('deploy/app.yaml')).toBe('all');
  });

  it('none: nothing asked, nothing computed', async () => {
    expect(await changedScope('none', context(), '/nonexistent', undefined, createClient('t', gh.url, log))).toEqual({ notes: [] });
  });

  it('no base and no pull request: everything judged, with a note', async () => {
    const scope = await changedScope('lines', context({ eventName: 'schedule', pullNumber: undefined, baseSha: undefined }), '/nonexistent', undefined, undefined);
    expect(scope.changed).toBeUndefined();
    expect(scope.notes).toEqual(['changed-only: lines needs a base commit, and a schedule event has none; every file was judged.']);
  });

  it('error text in the notes (which go into the job summary) is Markdown-escaped', async () => {
    const scope = await changedScope('lines', context({ baseSha: '<img src=x onerror=alert(1)>' }), '/nonexistent', undefined, undefined);
    expect(scope.notes[0]).toMatch(/^Could not compare the checkout with /);
    expect(scope.notes.join('\n')).not.toMatch(/<img/);
  });

  it('API refused and git unusable: everything judged, with both reasons', async () => {
    gh.options.deny = ['pulls/list-files'];
    const scope = await changedScope('lines', context(), '/nonexistent', undefined, createClient('t', gh.url, log));
    gh.options.deny = [];
    expect(scope.changed).toBeUndefined();
    expect(scope.notes).toHaveLength(3);
    expect(scope.notes[0]).toMatch(/^Could not compare the checkout with bbbbbbbbbbbb \(.+\)\.$/);
    expect(scope.notes[1]).toMatch(/^Could not list the pull request's files \(HTTP 403: Resource not accessible by integration/);
    expect(scope.notes[2]).toBe('changed-only: lines could not tell what changed; every file was judged.');
  });
});

describe('changedScope on a merge-commit checkout', () => {
  it('uses git diff of the checkout when it is not the pull request head (line numbers may differ), the API when it is', async () => {
    const repo = tempRepo();
    const base = repo.commit('base', { 'a.yaml': 'a: 1\nb: 2\nc: 3\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.commit('feature', { 'a.yaml': 'a: 1\nb: 2\nc: 3\nd: 4\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('base moves on', { 'a.yaml': 'z: 0\na: 1\nb: 2\nc: 3\n' });
    repo.git('merge', '-q', '--no-edit', 'feature');
    const merge = repo.git('rev-parse', 'HEAD');
    const mainTip = repo.git('rev-parse', 'HEAD^1');
    const gh = await startMockGitHub({ pullFiles: [{ filename: 'a.yaml', status: 'modified', patch: '@@ -3,0 +4 @@\n+d: 4' }] });
    const client = createClient('t', gh.url, log);
    const onMerge = await changedScope('lines', context({ baseSha: mainTip, headSha: head }), repo.dir, gitInfo(repo.dir).commit, client);
    expect(onMerge.source).toBe('git');
    expect(sorted(onMerge.changed?.get('a.yaml'))).toEqual([5]);
    repo.git('checkout', '-q', head);
    const onHead = await changedScope('lines', context({ baseSha: base, headSha: head }), repo.dir, gitInfo(repo.dir).commit, client);
    expect(onHead.source).toBe('api');
    expect(sorted(onHead.changed?.get('a.yaml'))).toEqual([4]);
    expect(merge).not.toBe(head);
    await gh.close();
    repo.remove();
  });
});
