import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker, upsertStickyComment } from '../../action/comment.js';
import { createClient } from '../../action/github.js';
import { startMockGitHub, type MockGitHub } from './harness/mock-github.js';
import { exampleResponse, findOperation } from './harness/openapi.js';

describe('commentMarker', () => {
  it.each([
    ['Policy check', 'bylaw', '<!-- bylaw:Policy%20check:bylaw -->'],
    ['CI / checks', 'job-1', '<!-- bylaw:CI%20%2F%20checks:job-1 -->'],
    ['evil --> <b>', 'a:b', '<!-- bylaw:evil%20--%3E%20%3Cb%3E:a%3Ab -->'],
  ])('%j / %j → %s', (workflow, job, marker) => {
    expect(commentMarker(workflow, job)).toBe(marker);
    expect(marker.slice(4, -3)).not.toContain('>');
  });
});

describe('upsertStickyComment', () => {
  let gh: MockGitHub;
  beforeAll(async () => {
    gh = await startMockGitHub();
  });
  afterAll(() => gh.close());
  const client = () => createClient('t', gh.url, { debug: () => {}, warning: () => {} });
  const base = { owner: 'o', repo: 'r', pullNumber: 7, marker: '<!-- bylaw:w:j -->', allClear: 'all clear' };

  it('creates nothing while there is nothing to report, then creates, updates, leaves an identical body alone, clears', async () => {
    expect(await upsertStickyComment(client(), { ...base, body: undefined })).toBe('not-needed');
    expect(gh.comments).toHaveLength(0);
    expect(await upsertStickyComment(client(), { ...base, body: 'two findings' })).toBe('created');
    expect(await upsertStickyComment(client(), { ...base, body: 'one finding' })).toBe('updated');
    expect(await upsertStickyComment(client(), { ...base, body: 'one finding' })).toBe('unchanged');
    expect(await upsertStickyComment(client(), { ...base, body: undefined })).toBe('updated');
    expect(gh.comments.map((c) => c.body)).toEqual(['<!-- bylaw:w:j -->\nall clear']);
    expect(gh.violations).toEqual([]);
  });

  it("a comment someone else starts with the marker does not capture the Action's own", async () => {
    const planted = (exampleResponse(findOperation('GET', '/repos/o/r/issues/7/comments')!.operation, 200) as any[])[0];
    gh.comments.splice(0, 0, { ...planted, id: 1, body: '<!-- bylaw:w:j -->\nplanted' });
    expect(await upsertStickyComment(client(), { ...base, body: 'again' })).toBe('updated');
    expect(gh.comments.map((c) => c.body)).toEqual(['<!-- bylaw:w:j -->\nplanted', '<!-- bylaw:w:j -->\nagain']);
    expect(gh.violations).toEqual([]);
  });

  it('another workflow or job keeps its own comment', async () => {
    expect(await upsertStickyComment(client(), { ...base, marker: '<!-- bylaw:w:other -->', body: 'other job' })).toBe('created');
    expect(gh.comments).toHaveLength(3);
  });
});
