/**
 * The bundled Action, run the way the runner runs it: `node <bundle>/index.js` with INPUT_* variables (action.yml
 * defaults plus `with:`), a real webhook payload in GITHUB_EVENT_PATH, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files,
 * a git workspace, GITHUB_API_URL at a local fake GitHub that checks every request against GitHub's REST
 * description, and ACTIONS_RESULTS_URL at a fake artifact service.
 * Each run waits on octokit throttling (one write a second), so timeouts are generous for a loaded 2-core CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from './harness/events.js';
import { startFakeArtifactService, type FakeArtifactService } from './harness/fake-artifact.js';
import { BATCH_PATH, fixtureRepo } from './harness/fixture-repo.js';
import { startMockGitHub, type MockGitHub, type MockGitHubOptions } from './harness/mock-github.js';
import { runAction, type ActionRun } from './harness/run-action.js';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
/** Findings with the base policy on the PR head: app.yaml old-agent (18) and sidecar (22), legacy.yaml (10), 60 in the batch pod. */
const ALL = 63;
let bundle: string;

beforeAll(() => {
  // Inside the repository (test/.tmp is git-ignored) so the bundle finds bylaw's package.json, rules/ and policies/ as dist/ does.
  mkdirSync('test/.tmp', { recursive: true });
  bundle = mkdtempSync(join(process.cwd(), 'test/.tmp/action-bundle-'));
  execFileSync(process.execPath, ['esbuild.config.mjs', bundle], { stdio: 'inherit' });
}, 300_000);
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

interface Scenario {
  fx: ReturnType<typeof fixtureRepo>;
  gh: MockGitHub;
  artifacts: FakeArtifactService;
  run(options: { event: { name: string; payload: unknown }; inputs?: Record<string, string>; env?: Record<string, string> }): Promise<ActionRun>;
  close(): Promise<void>;
}

async function scenario(github: (fx: ReturnType<typeof fixtureRepo>) => MockGitHubOptions = () => ({})): Promise<Scenario> {
  const fx = fixtureRepo();
  const gh = await startMockGitHub(github(fx));
  const artifacts = await startFakeArtifactService();
  return {
    fx,
    gh,
    artifacts,
    run: ({ event, inputs = {}, env = {} }) =>
      runAction({
        bundle,
        workspace: fx.repo.dir,
        event,
        inputs,
        token: TOKEN,
        apiUrl: gh.url,
        sha: fx.repo.git('rev-parse', 'HEAD'),
        env: { ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken, ACTIONS_RESULTS_URL: `${artifacts.url}/`, ...env },
      }),
    close: async () => {
      await gh.close();
      await artifacts.close();
      fx.repo.remove();
    },
  };
}

const annotationCommands = (run: ActionRun) => run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties.file);
const markerComments = (gh: MockGitHub) => gh.comments.filter((c) => c.body.startsWith('<!-- bylaw:Policy%20check:bylaw -->\n'));

/** The token may appear only in the runner's own mask command and the Authorization header. */
function expectNoTokenLeak(run: ActionRun, gh: MockGitHub, reportDir: string): void {
  const lines = run.stdout.split('\n').filter((l) => l.includes(TOKEN));
  expect(lines).toEqual([`::add-mask::${TOKEN}`]);
  expect(run.stderr).not.toContain(TOKEN);
  expect(run.summary).not.toContain(TOKEN);
  expect(JSON.stringify(run.outputs)).not.toContain(TOKEN);
  for (const call of gh.calls) {
    expect(call.rawBody).not.toContain(TOKEN);
    expect(call.path + JSON.stringify(call.query)).not.toContain(TOKEN);
    expect(call.authorization).toBe(`token ${TOKEN}`);
  }
  for (const file of readdirSync(reportDir)) expect(readFileSync(join(reportDir, file), 'utf8'), file).not.toContain(TOKEN);
}

describe('pull request, default inputs: check run, comment, summary, reports, artifact', () => {
  let s: Scenario;
  let run: ActionRun;
  beforeAll(async () => {
    s = await scenario();
    run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head) });
  }, 300_000);
  afterAll(() => s.close());

  it('fails the step (exit 1) with high findings and fail-on high', () => {
    expect(run.status).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message)).toEqual([`bylaw: ${ALL} failing finding(s) at or above high`]);
  });

  it('every request matched GitHub REST description and the protocol of the artifact service', () => {
    expect(s.gh.violations).toEqual([]);
    expect(s.artifacts.violations).toEqual([]);
    expect(s.gh.calls.map((c) => c.operationId)).toEqual(['checks/create', 'checks/update', 'checks/update', 'issues/list-comments', 'issues/create-comment']);
  });

  it('annotates through one check run, in batches of at most 50, completed on the last update', () => {
    expect(s.gh.checkRuns).toHaveLength(1);
    const [checkRun] = s.gh.checkRuns;
    expect(checkRun.create).toMatchObject({ name: 'bylaw', head_sha: s.fx.head, status: 'in_progress' });
    const batches = checkRun.updates.map((u) => u.output.annotations.length);
    expect(batches).toEqual([50, 13]);
    expect(checkRun.updates[0].status).toBeUndefined();
    expect(checkRun.updates[1]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const annotations = checkRun.updates.flatMap((u) => u.output.annotations);
    expect(annotations.find((a: any) => a.path === 'deploy/app.yaml' && a.start_line === 22)).toEqual({
      path: 'deploy/app.yaml',
      start_line: 22,
      end_line: 22,
      start_column: 13,
      end_column: 29,
      annotation_level: 'failure',
      title: 'acme-no-privileged (high)',
      message: 'Container "sidecar\n::error::injected by a container name" runs privileged\n\nRemediation: Remove securityContext.privileged or set it to false.',
    });
    expect(annotations.filter((a: any) => a.path === BATCH_PATH)).toHaveLength(60);
    expect(annotationCommands(run)).toEqual([]);
  });

  it('creates one sticky comment with the hidden marker', () => {
    expect(markerComments(s.gh)).toHaveLength(1);
    expect(s.gh.comments[0].body).toMatch(/^<!-- bylaw:Policy%20check:bylaw -->\n/);
    expect(s.gh.comments[0].body).toContain('acme-no-privileged');
  });

  it('sets the outputs', () => {
    const dir = join(s.fx.repo.dir, 'bylaw-reports');
    expect(run.outputs).toEqual({
      verdict: 'fail',
      failed: String(ALL),
      findings: JSON.stringify({ critical: 0, high: ALL, medium: 0, low: 0, info: 0 }),
      'sarif-file': join(dir, 'bylaw.sarif'),
      'report-dir': dir,
    });
  });

  it('writes the reports to disk and uploads them as the artifact', () => {
    const dir = join(s.fx.repo.dir, 'bylaw-reports');
    expect(readdirSync(dir).sort()).toEqual(['bylaw.html', 'bylaw.json', 'bylaw.md', 'bylaw.sarif', 'manifest.json'].sort());
    const result = JSON.parse(readFileSync(join(dir, 'bylaw.json'), 'utf8'));
    expect(result.findings.filter((f: any) => f.status === 'fail')).toHaveLength(ALL);
    expect(s.artifacts.artifacts.map((a) => a.name)).toEqual(['bylaw-reports-bylaw']);
    const zip = join(s.fx.repo.dir, '..', `${s.fx.repo.dir.split('/').pop()}.zip`);
    writeFileSync(zip, s.artifacts.artifacts[0].bytes);
    const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(listing).toEqual(readdirSync(dir).sort());
    expect(execFileSync('unzip', ['-p', zip, 'bylaw.json'], { encoding: 'utf8' })).toBe(readFileSync(join(dir, 'bylaw.json'), 'utf8'));
    rmSync(zip);
  });

  it('writes the job summary, saying the PR changes policy and was judged by the base policy', () => {
    expect(run.summary).toContain('acme-no-privileged');
    expect(run.summary).toContain('**This change modifies policy files:** `policies/acme-baseline.yaml`');
    expect(run.summary).toContain(`from the base commit \`${s.fx.base.slice(0, 12)}\``);
  });

  it("shows the impact of the change's policy edits: the findings the edited policy would drop", () => {
    expect(run.summary).toContain('## bylaw: impact of the policy change');
    expect(run.summary).toContain(`From **the base commit ${s.fx.base.slice(0, 12)}**`);
    expect(run.summary).toMatch(/\*\*0 added\*\*, \*\*[1-9]\d* removed\*\*/);
    expect(run.summary).toMatch(/\| acme-no-privileged \| 0 \| [1-9]\d* \| 0 \|/);
    expect(markerComments(s.gh)[0].body).toContain('## bylaw: impact of the policy change');
  });

  it('never leaks the token', () => {
    expectNoTokenLeak(run, s.gh, join(s.fx.repo.dir, 'bylaw-reports'));
  });
});

describe('sticky comment over several pushes to the same pull request', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario((fx) => ({ otherComments: 120 }));
  });
  afterAll(() => s.close());

  it('is created, updated in place on every later run, then updated to all clear; never duplicated', async () => {
    const first = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head) });
    expect(first.status).toBe(1);
    expect(markerComments(s.gh)).toHaveLength(1);
    const id = markerComments(s.gh)[0].id;
    expect(markerComments(s.gh)[0].body).toContain('sidecar');

    s.fx.checkout(s.fx.fix1);
    const second = await s.run({ event: events.pullRequest(s.fx.base, s.fx.fix1) });
    expect(second.status).toBe(1);
    expect(markerComments(s.gh).map((c) => c.id)).toEqual([id]);
    expect(markerComments(s.gh)[0].body).not.toContain('sidecar');
    const third = await s.run({ event: events.pullRequest(s.fx.base, s.fx.fix1) });
    expect(third.status).toBe(1);

    s.fx.checkout(s.fx.fix2);
    const fourth = await s.run({ event: events.pullRequest(s.fx.base, s.fx.fix2) });
    expect(fourth.status).toBe(0);
    expect(fourth.outputs.verdict).toBe('pass');
    expect(markerComments(s.gh).map((c) => c.id)).toEqual([id]);
    expect(markerComments(s.gh)[0].body).toContain('## bylaw: all clear');

    const commentCalls = s.gh.calls.filter((c) => c.operationId.startsWith('issues/')).map((c) => `${c.operationId}${c.query.page ? `?page=${c.query.page}` : ''}`);
    expect(commentCalls).toEqual([
      'issues/list-comments', 'issues/list-comments?page=2', 'issues/create-comment',
      'issues/list-comments', 'issues/list-comments?page=2', 'issues/update-comment',
      'issues/list-comments', 'issues/list-comments?page=2', 'issues/update-comment',
      'issues/list-comments', 'issues/list-comments?page=2', 'issues/update-comment',
    ]);
    expect(s.gh.comments).toHaveLength(121);
    expect(s.gh.violations).toEqual([]);
  }, 300_000);
});

describe('policy from the base commit', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
  });
  afterAll(() => s.close());

  it('a PR that disables the rule is judged by the base policy; policy-from: head lets the PR policy apply', async () => {
    const base = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { comment: 'false', 'upload-artifact': 'false', annotations: 'false' } });
    expect(base.outputs.failed).toBe(String(ALL));
    const head = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { 'policy-from': 'head', comment: 'false', 'upload-artifact': 'false', annotations: 'false' } });
    expect(head.status).toBe(0);
    expect(head.outputs).toMatchObject({ verdict: 'pass', failed: '0' });
    expect(head.summary).toContain('`policy-from: head`');
    expect(head.summary).not.toContain('This change modifies policy files');
    expect(s.gh.calls).toEqual([]);
  }, 300_000);

  it('pull_request_target and merge_group also take the base policy', async () => {
    for (const event of [events.pullRequest(s.fx.base, s.fx.head, { target: true }), events.mergeGroup(s.fx.base, s.fx.head)]) {
      const run = await s.run({ event, inputs: { comment: 'false', 'upload-artifact': 'false', annotations: 'false' } });
      expect(run.outputs.failed, event.name).toBe(String(ALL));
      expect(run.summary, event.name).toContain('This change modifies policy files');
    }
  }, 300_000);

  it('fetches the base commit when the checkout is shallow', async () => {
    const clone = mkdtempSync(join(s.fx.repo.dir, '..', 'bylaw-shallow-'));
    s.fx.repo.git('branch', '-f', 'pr-head', s.fx.head);
    execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'pr-head', `file://${s.fx.repo.dir}`, clone]);
    expect(() => execFileSync('git', ['-C', clone, 'cat-file', '-e', `${s.fx.base}^{commit}`], { stdio: 'ignore' })).toThrow();
    const run = await runAction({
      bundle,
      workspace: clone,
      event: events.pullRequest(s.fx.base, s.fx.head),
      inputs: { comment: 'false', 'upload-artifact': 'false', annotations: 'false' },
      token: TOKEN,
      apiUrl: s.gh.url,
      sha: s.fx.head,
    });
    expect(run.stderr).toBe('');
    expect(run.outputs.failed).toBe(String(ALL));
    rmSync(clone, { recursive: true, force: true });
  }, 300_000);
});

describe('fork pull request with a read-only token (the API answers 403)', () => {
  let s: Scenario;
  let run: ActionRun;
  beforeAll(async () => {
    s = await scenario(() => ({ deny: ['checks/create', 'issues/create-comment', 'issues/update-comment'] }));
    run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head, { fork: true }) });
  }, 300_000);
  afterAll(() => s.close());

  it('falls back to workflow-command annotations with a notice, skips the comment, still fails on findings', () => {
    expect(run.status).toBe(1);
    const notices = run.commands.filter((c) => c.command === 'notice' && !c.properties.file).map((c) => c.message);
    expect(notices).toEqual([
      'bylaw: the token may not create check runs (grant `checks: write`; pull requests from forks get a read-only token); annotating with workflow commands instead.',
      'bylaw: the token may not comment on this pull request (grant `pull-requests: write`; pull requests from forks get a read-only token); comment skipped.',
    ]);
    expect(s.gh.comments).toEqual([]);
    expect(s.gh.violations).toEqual([]);
    expect(run.summary).toContain('Annotations: workflow commands');
  });

  it('emits one annotation per finding, escaped so finding text cannot start a command', () => {
    const annotations = annotationCommands(run);
    expect(annotations).toHaveLength(ALL);
    expect(annotations.find((a) => a.properties.file === 'deploy/app.yaml' && a.properties.line === '22')).toEqual({
      command: 'error',
      properties: { title: 'acme-no-privileged (high)', file: 'deploy/app.yaml', line: '22', endLine: '22', col: '13', endColumn: '29' },
      message: 'Container "sidecar\n::error::injected by a container name" runs privileged\n\nRemediation: Remove securityContext.privileged or set it to false.',
    });
    expect(annotations.filter((a) => a.properties.file === BATCH_PATH)).toHaveLength(60);
    expect(run.stdout).toContain('file=deploy/odd%3Aname%2Cbatch.yaml');
    expect(run.stdout.split('\n').filter((l) => l.trimStart().startsWith('::error::injected'))).toEqual([]);
  });

  it('never leaks the token', () => {
    expectNoTokenLeak(run, s.gh, join(s.fx.repo.dir, 'bylaw-reports'));
  });
});

describe('exit status and thresholds', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
  });
  afterAll(() => s.close());
  const quiet = { comment: 'false', annotations: 'false', 'upload-artifact': 'false' };

  it.each([
    [{}, 1, 'fail'],
    [{ 'soft-fail': 'true' }, 0, 'fail'],
    [{ 'fail-on': 'critical' }, 0, 'pass'],
    [{ 'fail-on': 'none' }, 0, 'pass'],
    [{ 'fail-on': 'medium' }, 1, 'fail'],
  ])('%j exits %i with verdict %s', async (inputs, status, verdict) => {
    const run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { ...quiet, ...inputs } });
    expect(run.status).toBe(status);
    expect(run.outputs.verdict).toBe(verdict);
    expect(run.outputs.failed).toBe(String(ALL));
    if ('soft-fail' in inputs) expect(run.commands.some((c) => c.command === 'notice' && c.message.includes('soft-fail'))).toBe(true);
    // annotations, comment and upload-artifact set to false: no annotation, no API call, no artifact.
    expect(annotationCommands(run)).toEqual([]);
    expect(s.gh.calls).toEqual([]);
    expect(s.artifacts.artifacts).toEqual([]);
  }, 300_000);

  it('soft-fail completes the check run as neutral instead of failure', async () => {
    const run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { comment: 'false', 'upload-artifact': 'false', 'soft-fail': 'true' } });
    expect(run.status).toBe(0);
    expect(s.gh.checkRuns.at(-1)?.updates.at(-1)).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(s.gh.violations).toEqual([]);
  }, 300_000);

  it('without a token: workflow-command annotations, no API calls, a notice instead of the comment', async () => {
    const callsBefore = s.gh.calls.length;
    const run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { 'github-token': '', 'upload-artifact': 'false' } });
    expect(run.status).toBe(1);
    expect(annotationCommands(run)).toHaveLength(ALL);
    expect(run.commands.some((c) => c.command === 'notice' && c.message === 'bylaw: no github-token, so no pull request comment.')).toBe(true);
    expect(run.commands.some((c) => c.command === 'add-mask')).toBe(false);
    expect(s.gh.calls.length).toBe(callsBefore);
  }, 300_000);

  it('a wrong input value is a clear error naming the input, before anything else happens', async () => {
    const callsBefore = s.gh.calls.length;
    const run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { 'fail-on': 'severe' } });
    expect(run.status).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'Input "fail-on": "severe" is not one of critical, high, medium, low, info, none',
    ]);
    expect(run.outputs).toEqual({});
    expect(s.gh.calls.length).toBe(callsBefore);
  }, 300_000);
});

describe('changed-only', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario((fx) => ({ pullFiles: fx.pullFiles() }));
  });
  afterAll(() => s.close());
  const quiet = { comment: 'false', annotations: 'false', 'upload-artifact': 'false' };
  const failing = (run: ActionRun) => {
    const result = JSON.parse(readFileSync(join(s.fx.repo.dir, 'bylaw-reports', 'bylaw.json'), 'utf8'));
    return result.findings.filter((f: any) => f.status === 'fail').map((f: any) => `${f.location.path}:${f.location.startLine}`);
  };

  it('lines: only findings on lines the PR added or changed, from the pull request files API', async () => {
    const run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { ...quiet, 'changed-only': 'lines' } });
    expect(run.outputs.failed).toBe(String(ALL - 2));
    expect(failing(run)).toContain('deploy/app.yaml:22');
    expect(failing(run)).not.toContain('deploy/app.yaml:18');
    expect(failing(run)).not.toContain('deploy/legacy.yaml:10');
    expect(s.gh.calls.map((c) => c.operationId)).toEqual(['pulls/list-files']);
    expect(run.summary).toContain('Scope: only the lines this change touched (3 file(s), from the pull request files API).');
  }, 300_000);

  it('files: every finding in a file the PR touched', async () => {
    const run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { ...quiet, 'changed-only': 'files' } });
    expect(run.outputs.failed).toBe(String(ALL - 1));
    expect(failing(run)).toContain('deploy/app.yaml:18');
    expect(failing(run)).not.toContain('deploy/legacy.yaml:10');
  }, 300_000);

  it('falls back to git diff when the API refuses, with the same result', async () => {
    s.gh.options.deny = ['pulls/list-files'];
    const run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head), inputs: { ...quiet, 'changed-only': 'lines' } });
    s.gh.options.deny = [];
    expect(run.outputs.failed).toBe(String(ALL - 2));
    expect(run.summary).toContain("Could not list the pull request's files (HTTP 403");
    expect(run.summary).toContain('from `git diff` of the checkout');
  }, 300_000);

  it('push: from git diff before...after; schedule: no base, so everything is judged with a notice', async () => {
    s.fx.checkout(s.fx.pushHead);
    const push = await s.run({ event: events.push(s.fx.base, s.fx.pushHead), inputs: { ...quiet, 'changed-only': 'lines' } });
    expect(push.outputs.failed).toBe(String(ALL - 2));
    const schedule = await s.run({ event: events.schedule(), inputs: { ...quiet, 'changed-only': 'lines' } });
    expect(schedule.outputs.failed).toBe(String(ALL));
    expect(schedule.commands.some((c) => c.command === 'notice' && c.message.includes('needs a base commit, and a schedule event has none'))).toBe(true);
    s.fx.checkout(s.fx.head);
  }, 300_000);
});

describe('the remaining inputs, set as a workflow sets them', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
    s.fx.checkout(s.fx.pushHead);
  });
  afterAll(() => s.close());

  it('paths, config, policy, params, format, output-dir and artifact-name all reach the run', async () => {
    const head = s.fx.repo.commit('a second config', { 'ci/bylaw.yaml': 'packs:\n  - k8s-best-practices\n' });
    const run = await s.run({
      event: events.push(s.fx.base, head),
      inputs: {
        paths: 'deploy/app.yaml',
        config: 'ci/bylaw.yaml',
        policy: 'acme-baseline@^1',
        params: 'k8s-best-practices.requiredLabels=[acme.example/team]',
        format: 'json,markdown',
        'output-dir': 'out/policy',
        'artifact-name': 'policy-reports',
        annotations: 'false',
      },
    });
    expect(run.stderr).toBe('');
    const dir = join(s.fx.repo.dir, 'out', 'policy');
    expect(readdirSync(dir).sort()).toEqual(['bylaw.json', 'bylaw.md', 'manifest.json']);
    expect(existsSync(join(s.fx.repo.dir, 'bylaw-reports'))).toBe(false);
    expect(run.outputs).toMatchObject({ 'report-dir': dir, 'sarif-file': '' });
    const failing = JSON.parse(readFileSync(join(dir, 'bylaw.json'), 'utf8')).findings.filter((f: any) => f.status === 'fail');
    expect([...new Set(failing.map((f: any) => f.location.path))]).toEqual(['deploy/app.yaml']);
    expect(failing.filter((f: any) => f.ruleId === 'acme-no-privileged').map((f: any) => f.location.startLine)).toEqual([18, 22]);
    expect(failing.find((f: any) => f.ruleId === 'k8s-required-labels')?.message).toContain('acme.example/team');
    expect(run.outputs.failed).toBe(String(failing.length));
    expect(s.artifacts.artifacts.map((a) => a.name)).toEqual(['policy-reports']);
    expect(s.artifacts.violations).toEqual([]);
  }, 300_000);
});

describe('other events', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
    s.fx.checkout(s.fx.pushHead);
  });
  afterAll(() => s.close());

  it('push: check run on the pushed commit, no comment, policy from the checkout', async () => {
    const run = await s.run({ event: events.push(s.fx.base, s.fx.pushHead), inputs: { 'upload-artifact': 'false' } });
    expect(run.status).toBe(1);
    expect(s.gh.checkRuns.map((r) => r.create.head_sha)).toEqual([s.fx.pushHead]);
    expect(s.gh.calls.some((c) => c.operationId.startsWith('issues/'))).toBe(false);
    expect(run.summary).not.toContain('base commit');
    expect(s.gh.violations).toEqual([]);
  }, 300_000);

  it('workflow_dispatch and schedule judge the whole checkout without a base', async () => {
    for (const event of [events.workflowDispatch(), events.schedule()]) {
      const run = await s.run({ event, inputs: { 'upload-artifact': 'false', annotations: 'false' } });
      expect(run.outputs.failed, event.name).toBe(String(ALL));
      expect(run.status, event.name).toBe(1);
    }
  }, 300_000);
});

describe('pull_request_target with the base checked out', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
    s.fx.checkout(s.fx.base);
  });
  afterAll(() => s.close());

  it('warns that the pull request is not being scanned', async () => {
    const run = await s.run({ event: events.pullRequest(s.fx.base, s.fx.head, { target: true }), inputs: { comment: 'false', annotations: 'false', 'upload-artifact': 'false' } });
    const warnings = run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toEqual([
      `bylaw: the workspace is the pull request's base commit ${s.fx.base.slice(0, 12)}, so its changes are not scanned (pull_request_target checks out the base by default); check out github.event.pull_request.head.sha.`,
    ]);
    expect(run.summary).toContain("the workspace is the pull request's base commit");
  }, 300_000);
});

describe('artifact upload failure', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
  });
  afterAll(() => s.close());

  it('warns, keeps the reports on disk, sets the outputs and exits per the findings', async () => {
    const run = await s.run({
      event: events.pullRequest(s.fx.base, s.fx.head),
      inputs: { comment: 'false', annotations: 'false', 'soft-fail': 'true' },
      env: { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' },
    });
    const dir = join(s.fx.repo.dir, 'bylaw-reports');
    expect(run.status).toBe(0);
    const warnings = run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^bylaw: could not upload the report artifact \(.+\); the reports are still in /);
    expect(warnings[0]).toContain(dir);
    expect(existsSync(join(dir, 'bylaw.sarif'))).toBe(true);
    expect(run.outputs['sarif-file']).toBe(join(dir, 'bylaw.sarif'));
  }, 300_000);
});

describe('broken policy', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
  });
  afterAll(() => s.close());

  it('fails with an annotation at the file and line, and a summary; the base policy shields a PR that breaks it', async () => {
    const broken = s.fx.repo.commit('break the pack', { 'policies/acme-baseline.yaml': 'id: acme-baseline\nversion: 1.2.0\ntitle: ACME baseline\nrules: [./rules/acme-no-privileged.yaml]\nowner: [not, a, string]\n' });
    const quiet = { comment: 'false', annotations: 'false', 'upload-artifact': 'false' };
    const head = await s.run({ event: events.pullRequest(s.fx.base, broken), inputs: { ...quiet, 'policy-from': 'head' } });
    expect(head.status).toBe(1);
    const errors = head.commands.filter((c) => c.command === 'error');
    expect(errors[0].properties).toMatchObject({ title: 'bylaw invalid-pack', file: 'policies/acme-baseline.yaml', line: '5' });
    expect(errors.at(-1)?.message).toMatch(/^bylaw: \d+ configuration or policy error\(s\); nothing was evaluated$/);
    expect(head.summary).toContain('## bylaw: configuration or policy error');
    expect(head.outputs).toEqual({});
    const base = await s.run({ event: events.pullRequest(s.fx.base, broken), inputs: quiet });
    expect(base.outputs.failed).toBe(String(ALL));
  }, 300_000);
});
