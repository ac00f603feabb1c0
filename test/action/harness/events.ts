import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WebhookExamples {
  name: string;
  examples: Record<string, any>[];
}

/** Repository every example payload is about (kept as GitHub published it). */
export const EXAMPLE_REPOSITORY = 'Codertocat/Hello-World';

function example(name: string, pick: (e: Record<string, any>) => boolean = () => true): Record<string, any> {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];
  const found = all.find((e) => e.name === name)?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

/**
 * Real payloads from @octokit/webhooks-examples. Adapted only where the test needs its own repository's
 * commits: pull_request.base.sha/head.sha, merge_group.base_sha/head_sha, push before/after; the fork variant
 * renames the head repository. Everything else is GitHub's published example as is.
 */
export const events = {
  pullRequest(base: string, head: string, options: { fork?: boolean; target?: boolean } = {}) {
    const payload = example('pull_request', (e) => e.action === 'opened' && e.repository?.full_name === EXAMPLE_REPOSITORY);
    payload.pull_request.base.sha = base;
    payload.pull_request.head.sha = head;
    if (options.fork) {
      payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'forker/Hello-World', fork: true };
    }
    return { name: options.target ? 'pull_request_target' : 'pull_request', payload };
  },
  push(before: string, after: string) {
    const payload = example('push', (e) => e.ref === 'refs/heads/master');
    payload.before = before;
    payload.after = after;
    return { name: 'push', payload };
  },
  mergeGroup(base: string, head: string) {
    const payload = example('merge_group');
    payload.merge_group.base_sha = base;
    payload.merge_group.head_sha = head;
    return { name: 'merge_group', payload };
  },
  workflowDispatch() {
    return { name: 'workflow_dispatch', payload: example('workflow_dispatch') };
  },
  /** The examples have no `schedule` payload; GitHub sends `{ schedule: CRON, repository, ... }`. */
  schedule() {
    const { repository } = example('workflow_dispatch');
    return { name: 'schedule', payload: { schedule: '17 3 * * *', repository } };
  },
};
