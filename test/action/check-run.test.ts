import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../action/annotations.js';
import { ANNOTATION_BATCH, publishCheckRun } from '../../action/check-run.js';
import { createClient } from '../../action/github.js';
import { startMockGitHub, type MockGitHub } from './harness/mock-github.js';

const annotation = (line: number): Annotation => ({ level: 'failure', path: 'a.yaml', startLine: line, endLine: line, title: 'r (high)', message: `m${line}` });
const log = { debug: () => {}, warning: () => {} };

describe('publishCheckRun: batches of 50 through updates (each request checked against the REST description)', () => {
  let gh: MockGitHub;
  beforeAll(async () => {
    gh = await startMockGitHub();
  });
  afterAll(() => gh.close());

  it.each([
    [0, [0]],
    [1, [1]],
    [50, [50]],
    [51, [50, 1]],
    [101, [50, 50, 1]],
  ])('%i annotations → updates carrying %j', async (count, batches) => {
    const client = createClient('t', gh.url, log);
    const id = await publishCheckRun(client, {
      owner: 'o',
      repo: 'r',
      headSha: 'a'.repeat(40),
      name: 'bylaw',
      title: 't',
      summary: 's',
      conclusion: 'failure',
      annotations: Array.from({ length: count }, (_, i) => annotation(i + 1)),
    });
    const run = gh.checkRuns.find((r) => r.id === id)!;
    expect(run.updates.map((u) => u.output.annotations?.length ?? 0)).toEqual(batches);
    expect(run.updates.slice(0, -1).every((u) => u.status === undefined)).toBe(true);
    expect(run.updates.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const lines = run.updates.flatMap((u) => (u.output.annotations ?? []).map((a: { start_line: number }) => a.start_line));
    expect(lines).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(Math.max(0, ...batches)).toBeLessThanOrEqual(ANNOTATION_BATCH);
    expect(gh.violations).toEqual([]);
  }, 120_000);
});
