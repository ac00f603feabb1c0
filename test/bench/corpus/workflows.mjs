/**
 * GitHub Actions workflow corpus: `<repo>/.github/workflows/*.yml` with 1–4 jobs and a mix of hardened and
 * risky patterns (unpinned actions, `pull_request_target` with checkout of the head, `write-all`,
 * untrusted `${{ github.event... }}` in `run:`, secrets in env).
 */
import { emit, flow } from './yaml-emit.mjs';

const ACTIONS = [['actions/checkout', 'v4'], ['actions/setup-node', 'v4'], ['actions/setup-python', 'v5'], ['actions/cache', 'v4'],
  ['actions/upload-artifact', 'v4'], ['docker/build-push-action', 'v6'], ['aws-actions/configure-aws-credentials', 'v4'], ['some-org/deploy-action', 'main']];

function uses(r, good, [name, tag]) {
  return good || r.chance(0.3) ? `${name}@${r.hex(40)}` : `${name}@${tag}`;
}

function step(r, good) {
  const kind = r.weighted({ action: 5, run: 5, inject: good ? 0 : 1 });
  if (kind === 'action') {
    const action = r.pick(ACTIONS);
    const s = { name: `Use ${action[0].split('/')[1]}`, uses: uses(r, good, action) };
    if (action[0] === 'actions/setup-node') s.with = { 'node-version': r.pick([18, 20, 22]), cache: 'npm' };
    if (action[0] === 'actions/cache') s.with = { path: '~/.npm', key: "${{ runner.os }}-node-${{ hashFiles('**/package-lock.json') }}" };
    return s;
  }
  if (kind === 'inject') return { name: 'Greet', run: 'echo "Title: ${{ github.event.pull_request.title }}"\necho "${{ github.head_ref }}"\n' };
  const s = { name: r.pick(['Install', 'Test', 'Lint', 'Build', 'Package']), run: r.pick(['npm ci', 'npm test -- --coverage', 'make build\nmake test\n', 'pip install -r requirements.txt\npytest -q\n']) };
  if (r.chance(0.2)) s.env = { API_TOKEN: '${{ secrets.API_TOKEN }}', CI: 'true' };
  return s;
}

function job(r, good) {
  const j = { name: r.pick(['build', 'test', 'lint', 'deploy', 'release']), 'runs-on': r.pick(['ubuntu-latest', 'ubuntu-24.04', 'macos-latest', flow(['self-hosted', 'linux'])]) };
  if (good) j.permissions = { contents: 'read' };
  if (r.chance(0.3)) j['timeout-minutes'] = r.int(5, 60);
  if (r.chance(0.2)) j.strategy = { matrix: { node: [18, 20, 22] } };
  j.steps = [{ uses: uses(r, good, ACTIONS[0]), ...(good ? { with: { 'persist-credentials': false } } : {}) }];
  for (let n = r.int(1, 6); n > 0; n--) j.steps.push(step(r, good));
  return j;
}

/** Corpus file `index`: path and YAML text. */
export function workflowText(r, index) {
  const good = r.chance(0.4);
  const trigger = r.weighted({ push: 4, pr: 4, prt: good ? 0 : 1, dispatch: 1, schedule: 1 });
  const on = trigger === 'push' ? { push: { branches: ['main'] } } : trigger === 'pr' ? { pull_request: { branches: ['main'] }, push: { branches: ['main'] } }
    : trigger === 'prt' ? { pull_request_target: { types: ['opened', 'synchronize'] } } : trigger === 'dispatch' ? { workflow_dispatch: {} } : { schedule: [{ cron: '0 3 * * 1' }] };
  const wf = { name: r.pick(['CI', 'Release', 'Deploy', 'Nightly', 'Lint']), on };
  if (good) wf.permissions = { contents: 'read' };
  else if (r.chance(0.3)) wf.permissions = 'write-all';
  if (r.chance(0.3)) wf.concurrency = { group: '${{ github.workflow }}-${{ github.ref }}', 'cancel-in-progress': true };
  wf.jobs = {};
  for (let n = r.int(1, 4); n > 0; n--) wf.jobs[`job-${n}`] = job(r, good);
  const repo = `repo-${String(Math.floor(index / 5)).padStart(4, '0')}`;
  return { path: `${repo}/.github/workflows/${wf.name.toLowerCase()}-${String(index).padStart(5, '0')}.yml`, text: emit(wf), docs: [wf] };
}
