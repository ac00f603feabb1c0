import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { githubWorkflow } from '../../engine/loaders/github-workflow.js';
import { loaderFor } from '../../engine/loaders/detect.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';
import { normalizePermissions } from '../../engine/loaders/workflow-permissions.js';
import { runnerLabels } from '../../engine/loaders/runner-labels.js';
import { parseUsesRef } from '../../engine/evaluate/operators/parse-uses.js';

const path = '.github/workflows/ci.yml';
const text = readFileSync(new URL('../fixtures/github-workflow/.github/workflows/ci.yml', import.meta.url), 'utf8');
const parse = (t: string, p = path) => githubWorkflow.parse({ path: p, text: t }, DEFAULT_LIMITS);

describe('github-workflow loader', () => {
  const { documents, errors } = parse(text);
  const doc = documents[0];

  it('reads YAML 1.2: `on` is a key and aliases resolve', () => {
    expect(errors).toEqual([]);
    const data = doc.data as Record<string, any>;
    expect(Object.keys(data)).toContain('on');
    expect(data.jobs.deploy.defaults).toEqual({ run: { shell: 'bash' } });
  });

  it.each([
    ['/on', 2, 1],
    ['/on/pull_request_target', 5, 3],
    ['/permissions/pull-requests', 9, 3],
    ['/jobs/build', 14, 3],
    ['/jobs/build/runs-on', 15, 5],
    ['/jobs/build/steps/0', 22, 9],
    ['/jobs/build/steps/0/uses', 22, 9],
    ['/jobs/build/steps/0/with/ref', 24, 11],
    ['/jobs/build/steps/1/run', 26, 9],
    ['/jobs/deploy/permissions', 33, 5],
    ['/jobs/deploy/steps/0/run', 36, 9],
    ['/jobs/call/uses', 38, 5],
    ['/jobs/missing/steps', 13, 1],
  ])('locates %s at %i:%i', (pointer, line, column) => {
    const loc = doc.locate(pointer);
    expect([loc.startLine, loc.startColumn]).toEqual([line, column]);
  });

  it('extracts the workflow and each job with normalised facts', () => {
    const targets = githubWorkflow.targets(doc);
    expect(targets.map((t) => [t.resource.kind, t.resource.name, t.resource.address, t.pointer])).toEqual([
      ['Workflow', 'CI', 'ci.yml', ''],
      ['Job', 'build', 'build', '/jobs/build'],
      ['Job', 'Deploy to prod', 'deploy', '/jobs/deploy'],
      ['Job', 'call', 'call', '/jobs/call'],
    ]);
    const [wf, build, deploy, call] = targets;
    expect(wf.facts).toMatchObject({
      triggers: ['pull_request_target', 'push'],
      privilegedTriggers: ['pull_request_target'],
      permissions: { declared: true, mode: 'scopes', write: ['pull-requests'] },
    });
    expect(build.roots).toEqual({ steps: '/steps' });
    expect(build.facts?.runner).toEqual({ labels: ['self-hosted', 'ubuntu-latest', 'windows-2022'], dynamic: false });
    expect(build.facts?.effectivePermissions).toMatchObject({ declared: true, write: ['pull-requests'] });
    expect(deploy.facts?.runner).toEqual({ labels: ['linux', 'self-hosted'], dynamic: false });
    expect(deploy.facts?.effectivePermissions).toMatchObject({ mode: 'write-all', write: ['*'] });
    expect(call.facts?.reusable).toBe(true);
  });

  it.each([
    ['on: push\njobs: {}\n', ['push']],
    ['on: [push, pull_request]\njobs: {}\n', ['pull_request', 'push']],
    ['"on":\n  workflow_run: {workflows: [x]}\njobs: {}\n', ['workflow_run']],
  ])('normalises triggers of %j', (src, triggers) => {
    const d = parse(src).documents[0];
    expect(githubWorkflow.targets(d)[0].facts?.triggers).toEqual(triggers);
  });

  it('keeps `yes` a string and `true:` a key (no YAML 1.1 booleans)', () => {
    const d = parse('on: push\nenv:\n  A: yes\n  B: on\njobs: {}\n').documents[0];
    expect((d.data as any).env).toEqual({ A: 'yes', B: 'on' });
  });

  it('reports merge keys, which GitHub rejects, with their position', () => {
    const src = 'on: push\nx: &a {runs-on: ubuntu-latest}\njobs:\n  j:\n    <<: *a\n    steps: [{run: echo}]\n';
    const r = parse(src);
    expect(r.errors).toEqual([expect.objectContaining({ line: 5, column: 5, code: 'parse-error' })]);
    expect(r.errors[0].message).toMatch(/merge keys/);
  });

  it.each([
    ['- on: push\n- jobs: {}\n', 1, 1],
    ['just text\n', 1, 1],
    ['on: push\njobs: {}\n---\n[1]\n', 4, 1],
  ])('reports a document that is not a mapping, with its position (%#)', (src, line, column) => {
    const r = parse(src);
    expect(r.errors).toEqual([{ line, column, code: 'parse-error', message: 'a workflow must be a mapping' }]);
    expect(githubWorkflow.targets(r.documents.at(-1)!)).toEqual([]);
  });

  it.each([
    ['on: push\njobs:\n  a: [\n', 4, 1],
    ['on: push\njobs:\n  a:\n    steps:\n  - run: x\n   bad: : :\n', 5, 3],
    ['on: push\n\tjobs: {}\n', 2, 1],
  ])('reports malformed YAML as an error with a line (%#)', (src, line, column) => {
    const r = parse(src);
    expect(r.documents).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line, column, code: 'parse-error' });
  });

  it('claims only workflow folders; sniffs workflows elsewhere', () => {
    expect(githubWorkflow.claims?.('.github/workflows/a.yaml')).toBe(true);
    expect(githubWorkflow.claims?.('sub/.github/workflows/a.yml')).toBe(true);
    expect(githubWorkflow.claims?.('.github/workflows/nested/a.yml')).toBe(false);
    expect(githubWorkflow.claims?.('.github/dependabot.yml')).toBe(false);
    expect(githubWorkflow.sniff?.({ path: 'x.yml', text })).toBe(true);
    expect(githubWorkflow.sniff?.({ path: 'x.yml', text: 'apiVersion: v1\nkind: Pod\n' })).toBe(false);
  });
});

describe('workflow helpers', () => {
  it.each([
    [undefined, false, { declared: false, mode: 'none', scopes: {}, write: [] }],
    ['read-all', true, { declared: true, mode: 'read-all', scopes: {}, write: [] }],
    ['write-all', true, { declared: true, mode: 'write-all', scopes: {}, write: ['*'] }],
    [{}, true, { declared: true, mode: 'scopes', scopes: {}, write: [] }],
    [{ packages: 'write', contents: 'read', actions: 'write' }, true, { declared: true, mode: 'scopes', scopes: { actions: 'write', contents: 'read', packages: 'write' }, write: ['actions', 'packages'] }],
    ['read', true, { declared: true, mode: 'invalid', scopes: {}, write: [] }],
  ])('normalizePermissions(%j)', (value, declared, expected) => {
    expect(normalizePermissions(value, declared)).toEqual(expected);
  });

  it.each([
    ['ubuntu-latest', undefined, { labels: ['ubuntu-latest'], dynamic: false }],
    [['self-hosted', 'linux'], undefined, { labels: ['linux', 'self-hosted'], dynamic: false }],
    [{ group: 'big', labels: 'gpu' }, undefined, { labels: ['gpu'], group: 'big', dynamic: false }],
    ['${{ matrix.os }}', { os: ['macos-15', ['self-hosted', 'arm64']] }, { labels: ['arm64', 'macos-15', 'self-hosted'], dynamic: false }],
    ['${{ matrix.os }}', { include: [{ os: 'windows-2025' }] }, { labels: ['windows-2025'], dynamic: false }],
    ['${{ inputs.runner }}', undefined, { labels: [], dynamic: true }],
    ['${{ matrix.missing }}', { os: ['a'] }, { labels: [], dynamic: true }],
  ])('runnerLabels(%j, %j)', (runsOn, matrix, expected) => {
    expect(runnerLabels(runsOn, matrix)).toEqual(expected);
  });

  it.each([
    ['actions/checkout@v4', { kind: 'action', name: 'actions/checkout', path: '', ref: 'v4', pinned: false, workflow: false }],
    ['actions/cache/save@' + 'a'.repeat(40), { kind: 'action', name: 'actions/cache', path: 'save', ref: 'a'.repeat(40), pinned: true, workflow: false }],
    ['org/repo/.github/workflows/ci.yml@main', { kind: 'action', name: 'org/repo', path: '.github/workflows/ci.yml', ref: 'main', pinned: false, workflow: true }],
    ['./.github/actions/x', { kind: 'local', name: './.github/actions/x', path: '', ref: '', pinned: false, workflow: false }],
    ['docker://alpine:3', { kind: 'docker', name: 'alpine:3', path: '', ref: '', pinned: false, workflow: false }],
    ['docker://alpine@sha256:' + 'b'.repeat(64), { kind: 'docker', name: 'alpine@sha256:' + 'b'.repeat(64), path: '', ref: '', pinned: true, workflow: false }],
    ['actions/checkout@' + 'A'.repeat(40), { kind: 'action', name: 'actions/checkout', path: '', ref: 'A'.repeat(40), pinned: false, workflow: false }],
    ['checkout', { kind: 'invalid', name: 'checkout', path: '', ref: '', pinned: false, workflow: false }],
    [42, { kind: 'invalid', name: '', path: '', ref: '', pinned: false, workflow: false }],
  ])('parseUsesRef(%j)', (uses, expected) => {
    expect(parseUsesRef(uses)).toEqual(expected);
  });
});

describe('read as GitHub reads it: the parsed workflows validate against SchemaStore', () => {
  const FIX = new URL('../fixtures/github-workflow/', import.meta.url).pathname;
  const schemaPath = join(FIX, 'schemastore', 'github-workflow.json');
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const workflows = readdirSync(FIX, { recursive: true, encoding: 'utf8' })
    .filter((p) => /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p))
    .sort();

  it('finds the workflow fixtures', () => expect(workflows.length).toBeGreaterThanOrEqual(4));

  it.each(workflows)('%s', (rel) => {
    const r = githubWorkflow.parse({ path: rel, text: readFileSync(join(FIX, rel), 'utf8') }, DEFAULT_LIMITS);
    expect(r.errors).toEqual([]);
    const ok = validate(r.documents[0].data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('a YAML 1.1 reading (on: becomes true) would not validate', () => {
    const data = load(readFileSync(join(FIX, workflows[0]), 'utf8'), { schema: YAML11_SCHEMA }) as Record<string, unknown>;
    expect(Object.keys(data)).toContain('true');
    expect(validate(data)).toBe(false);
  });
});

describe('detection among all registered loaders', () => {
  const read = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
  it.each([
    ['.github/workflows/ci.yml', 'github-workflow/.github/workflows/ci.yml', 'github-workflow'],
    ['ci/templates/workflow.yml', 'github-workflow/.github/workflows/ci.yml', 'github-workflow'],
    ['tools/setup/action.yml', 'github-action/composite/action.yml', 'github-action'],
    ['compose.yaml', 'docker-compose/compose.yaml', 'docker-compose'],
    ['deploy/docker-compose-dev.yml', 'docker-compose/compose.yaml', 'docker-compose'],
    ['build/Dockerfile.multistage', 'dockerfile/Dockerfile.multistage', 'dockerfile'],
  ])('%s (content of %s) → %s', (path, fixture, type) => {
    expect(loaderFor({ path, text: read(fixture) })?.type).toBe(type);
  });

  it.each([
    ['k8s/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: []}\n', 'kubernetes'],
    ['.gitlab-ci.yml', 'image: node:22\nservices:\n  - postgres:16\ntest:\n  image: node:22\n  script: [npm test]\n', 'yaml'],
    ['ansible/action.yml', '- name: not an action\n  debug: {msg: hi}\n', 'yaml'],
  ])('%s is not taken by these loaders', (path, text, type) => {
    expect(loaderFor({ path, text })?.type).toBe(type);
  });
});
