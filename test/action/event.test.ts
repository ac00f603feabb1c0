import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkoutWarning, readRunContext } from '../../action/event.js';
import { events } from './harness/events.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const SHA = 'd'.repeat(40);

function contextFor(event: { name: string; payload: unknown }) {
  const file = join(mkdtempSync(join(tmpdir(), 'bylaw-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(event.payload));
  return readRunContext({
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: SHA,
    GITHUB_WORKFLOW: 'Policy',
    GITHUB_JOB: 'bylaw',
  });
}

describe('readRunContext: base, head and pull request per event (real webhook payloads)', () => {
  it.each([
    ['pull_request', events.pullRequest(BASE, HEAD), { baseSha: BASE, headSha: HEAD, pullNumber: 2, isChangeReview: true, fromFork: false }],
    ['pull_request from a fork', events.pullRequest(BASE, HEAD, { fork: true }), { baseSha: BASE, headSha: HEAD, pullNumber: 2, isChangeReview: true, fromFork: true }],
    ['pull_request_target', events.pullRequest(BASE, HEAD, { target: true }), { baseSha: BASE, headSha: HEAD, pullNumber: 2, isChangeReview: true }],
    ['merge_group', events.mergeGroup(BASE, HEAD), { baseSha: BASE, headSha: HEAD, pullNumber: undefined, isChangeReview: true }],
    ['push', events.push(BASE, HEAD), { baseSha: BASE, headSha: HEAD, pullNumber: undefined, isChangeReview: false }],
    ['push creating a branch', events.push('0'.repeat(40), HEAD), { baseSha: undefined, headSha: HEAD, isChangeReview: false }],
    ['push deleting a branch', events.push(BASE, '0'.repeat(40)), { baseSha: BASE, headSha: SHA, isChangeReview: false }],
    ['schedule', events.schedule(), { baseSha: undefined, headSha: SHA, pullNumber: undefined, isChangeReview: false }],
    ['workflow_dispatch', events.workflowDispatch(), { baseSha: undefined, headSha: SHA, pullNumber: undefined, isChangeReview: false }],
  ])('%s', (_name, event, expected) => {
    const context = contextFor(event);
    const want: Record<string, unknown> = { eventName: event.name, owner: 'Codertocat', repo: 'Hello-World', ...expected };
    const got = Object.fromEntries(Object.keys(want).map((k) => [k, (context as unknown as Record<string, unknown>)[k]]));
    expect(got).toEqual(want);
  });

  it('defaults the API and server URLs and reports an unreadable payload clearly', () => {
    expect(readRunContext({})).toMatchObject({ apiUrl: 'https://api.github.com', serverUrl: 'https://github.com', eventName: '' });
    expect(() => readRunContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toThrow(/cannot read the event payload GITHUB_EVENT_PATH=\/nonexistent\/event.json/);
  });
});

describe('checkoutWarning', () => {
  it('warns only when a pull request run has its base commit checked out', () => {
    const pr = contextFor(events.pullRequest(BASE, HEAD, { target: true }));
    expect(checkoutWarning(pr, BASE)).toBe(
      `bylaw: the workspace is the pull request's base commit ${BASE.slice(0, 12)}, so its changes are not scanned (pull_request_target checks out the base by default); check out github.event.pull_request.head.sha.`,
    );
    expect(checkoutWarning(pr, HEAD)).toBeUndefined();
    expect(checkoutWarning(pr, undefined)).toBeUndefined();
    expect(checkoutWarning(contextFor(events.push(BASE, HEAD)), BASE)).toBeUndefined();
  });
});
