import { readFileSync } from 'node:fs';

/**
 * What the run is about, derived from the event payload and the runner's environment. pull_request,
 * pull_request_target, merge_group and push carry a base; any other event is treated like `workflow_dispatch`
 * (no base, no comment).
 */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the check run and links refer to (a PR's head, else GITHUB_SHA). */
  headSha: string;
  /** The commit the change is compared with: PR base, merge group base, push `before`; undefined when none. */
  baseSha?: string;
  /** Pull request number, when the event is about one. */
  pullNumber?: number;
  /** True on pull_request, pull_request_target and merge_group: policy comes from the base by default. */
  isChangeReview: boolean;
  /** The PR's head repository differs from the base repository (a fork). */
  fromFork: boolean;
  workflow: string;
  job: string;
  serverUrl: string;
  apiUrl: string;
  runId?: string;
}

const ZERO_SHA = /^0+$/;

/** Read GITHUB_* variables and the event payload (GITHUB_EVENT_PATH) into a RunContext. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const sha = env.GITHUB_SHA ?? '';
  const context: RunContext = {
    eventName,
    owner,
    repo,
    headSha: sha,
    isChangeReview: false,
    fromFork: false,
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    runId: env.GITHUB_RUN_ID,
  };
  const pr = object(payload.pull_request);
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr) {
    const base = object(pr.base);
    const head = object(pr.head);
    context.pullNumber = typeof pr.number === 'number' ? pr.number : undefined;
    context.baseSha = string(base?.sha);
    context.headSha = string(head?.sha) ?? sha;
    context.isChangeReview = true;
    const headRepo = string(object(head?.repo)?.full_name);
    const baseRepo = string(object(base?.repo)?.full_name);
    context.fromFork = headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo;
  } else if (eventName === 'merge_group') {
    const group = object(payload.merge_group);
    context.baseSha = string(group?.base_sha);
    context.headSha = string(group?.head_sha) ?? sha;
    context.isChangeReview = true;
  } else if (eventName === 'push') {
    const before = string(payload.before);
    context.baseSha = before && !ZERO_SHA.test(before) ? before : undefined;
    context.headSha = string(payload.after) && !ZERO_SHA.test(String(payload.after)) ? String(payload.after) : sha;
  }
  return context;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return object(JSON.parse(readFileSync(path, 'utf8'))) ?? {};
  } catch (error) {
    throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`);
  }
}

function object(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A warning when a pull request run has the base commit checked out (`checkedOut`, what `pull_request_target` does
 * unless told otherwise): the pull request's changes would not be scanned at all, and changed-only would find nothing.
 */
export function checkoutWarning(context: RunContext, checkedOut: string | undefined): string | undefined {
  if (context.pullNumber === undefined || !context.baseSha || checkedOut !== context.baseSha) return undefined;
  return (
    `bylaw: the workspace is the pull request's base commit ${context.baseSha.slice(0, 12)}, so its changes are not scanned ` +
    `(${context.eventName} checks out the base by default); check out github.event.pull_request.head.sha.`
  );
}
