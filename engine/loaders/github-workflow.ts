import type { Document, Target } from '../types.js';
import type { Loader } from './loader.js';
import { readGitHubYaml } from './github-yaml.js';
import { joinPointer } from '../source/pointer.js';
import { PRIVILEGED_TRIGGERS, workflowTriggers } from './workflow-triggers.js';
import { normalizePermissions } from './workflow-permissions.js';
import { runnerLabels } from './runner-labels.js';
import { hasOwn as has, isRecord as isObject } from './is-record.js';

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const SNIFF_ON = /^["']?on["']?[ \t]*:/m;
const SNIFF_JOBS = /^["']?jobs["']?[ \t]*:/m;
const SNIFF_JOB = /^[ \t]+["']?(runs-on|uses|steps)["']?[ \t]*:/m;

/**
 * GitHub Actions workflows (`.github/workflows/*.yml|yaml`), read as GitHub reads them: YAML 1.2 core schema, so
 * `on:` is a key and `yes`/`on` are strings; anchors and aliases resolve, `<<` merge keys are not merges
 * (GitHub rejects them, so they are reported as parse errors).
 *
 * Targets: the workflow (kind `Workflow`, root `$jobs`) and each job (kind `Job`, address = job id, root `$steps`).
 * Facts: `triggers`, `privilegedTriggers` (`issue_comment`, `pull_request_target`, `workflow_run`), `permissions`
 * (normalised, see workflow-permissions.ts); for the workflow `allJobsDeclarePermissions`; for jobs also
 * `workflowPermissions`, `effectivePermissions`, `runner` (labels with matrix values expanded) and `reusable`
 * (the job calls a reusable workflow).
 */
export const githubWorkflow: Loader & { defaultPath: string } = {
  type: 'github-workflow',
  roots: ['jobs', 'steps'],
  /** Path given to inline test cases that name none. */
  defaultPath: '.github/workflows/case.yml',
  description: 'GitHub Actions workflow files (.github/workflows/*.yml)',
  claims: (path) => WORKFLOW_PATH.test(path),
  accepts: (path) => /\.ya?ml$/i.test(path),
  sniff: (file) => SNIFF_ON.test(file.text) && SNIFF_JOBS.test(file.text) && SNIFF_JOB.test(file.text),
  parse: (file, limits) => readGitHubYaml(file, limits, 'github-workflow', { valid: isObject, pointer: '', message: 'a workflow must be a mapping' }),
  targets: workflowTargets,
};

function workflowTargets(document: Document): Target[] {
  const wf = document.data;
  if (!isObject(wf)) return [];
  const triggers = workflowTriggers(wf.on);
  const privilegedTriggers = triggers.filter((t) => (PRIVILEGED_TRIGGERS as readonly string[]).includes(t));
  const permissions = normalizePermissions(wf.permissions, has(wf, 'permissions'));
  const jobs = isObject(wf.jobs) ? wf.jobs : {};
  const jobIds = Object.keys(jobs);
  const allJobsDeclarePermissions = jobIds.length > 0 && jobIds.every((id) => isObject(jobs[id]) && has(jobs[id] as Record<string, unknown>, 'permissions'));
  const base = basename(document.path);
  const targets: Target[] = [
    {
      document,
      pointer: '',
      resource: { type: 'github-workflow', kind: 'Workflow', name: typeof wf.name === 'string' ? wf.name : base, address: base },
      value: wf,
      roots: { jobs: '/jobs' },
      facts: { triggers, privilegedTriggers, permissions, allJobsDeclarePermissions },
    },
  ];
  for (const id of jobIds) {
    const job = jobs[id];
    if (!isObject(job)) continue;
    const own = normalizePermissions(job.permissions, has(job, 'permissions'));
    const strategy = isObject(job.strategy) ? job.strategy : {};
    targets.push({
      document,
      pointer: joinPointer('/jobs', id),
      resource: { type: 'github-workflow', kind: 'Job', name: typeof job.name === 'string' ? job.name : id, address: id },
      value: job,
      roots: { steps: '/steps' },
      facts: {
        triggers,
        privilegedTriggers,
        workflowPermissions: permissions,
        permissions: own,
        effectivePermissions: own.declared ? own : permissions,
        runner: runnerLabels(job['runs-on'], strategy.matrix),
        reusable: typeof job.uses === 'string',
      },
    });
  }
  return targets;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
