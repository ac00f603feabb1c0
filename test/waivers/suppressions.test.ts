import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';
import { PACK, brief, scanJson } from './harness.js';
import type { Result } from '../../engine/types.js';

/** A Deployment (doc 0) and a Pod (doc 1); `c` is spliced in as comments/trailers at the marked places. */
const manifest = (c: { top?: string; aboveImage?: string; image?: string; podTop?: string; privileged?: string } = {}) => `${c.top ?? ''}apiVersion: apps/v1
kind: Deployment
metadata: {name: legacy, namespace: prod}
spec:
  template:
    spec:
      containers:
        - name: web
${c.aboveImage ?? ''}          image: registry.example.com/web:latest${c.image ?? ''}
          securityContext:
            privileged: true${c.privileged ?? ''}
            runAsNonRoot: true
---
${c.podTop ?? ''}apiVersion: v1
kind: Pod
metadata: {name: tools}
spec:
  containers:
    - name: shell
      image: registry.example.com/shell:latest
      securityContext: {privileged: true, runAsNonRoot: true}
`;

const statuses = (r: Result) => brief(r).map((s) => s.replace(/^k8s\/a\.yaml:/, ''));
const scanTree = async (yaml: string, config?: string) => (await scanJson(tempTree({ 'k8s/a.yaml': yaml, ...(config ? { '.bylaw.yaml': config } : {}) }))).result;

describe('inline suppressions', () => {
  it.each([
    ['trailing comment on the finding line', { image: ' # bylaw:ignore wv-no-latest -- pinned by digest in the prod overlay' }, ['9 wv-no-latest waived', '11 wv-no-privileged fail', '20 wv-no-latest fail', '21 wv-no-privileged fail']],
    ['comment line right above the finding', { aboveImage: '          # bylaw:ignore wv-no-latest -- pinned by digest in the prod overlay\n' }, ['10 wv-no-latest waived', '12 wv-no-privileged fail', '21 wv-no-latest fail', '22 wv-no-privileged fail']],
    ['several rules in one comment', { privileged: ' # bylaw:ignore wv-no-latest, wv-no-privileged -- lab cluster' }, ['9 wv-no-latest fail', '11 wv-no-privileged waived', '20 wv-no-latest fail', '21 wv-no-privileged fail']],
    ['top of the first document covers that resource only', { top: '# bylaw:ignore wv-no-privileged,wv-no-latest -- vendor chart\n' }, ['10 wv-no-latest waived', '12 wv-no-privileged waived', '21 wv-no-latest fail', '22 wv-no-privileged fail']],
    ['comment block above a later document (after ---)', { podTop: '# tools pod\n# bylaw:ignore wv-no-privileged -- debugging pod, deleted nightly\n\n' }, ['9 wv-no-latest fail', '11 wv-no-privileged fail', '23 wv-no-latest fail', '24 wv-no-privileged waived']],
    ['a trailing comment on the line above does not reach the next line', { aboveImage: '          imagePullPolicy: Always # bylaw:ignore wv-no-latest -- meant for this line\n' }, ['10 wv-no-latest fail', '12 wv-no-privileged fail', '21 wv-no-latest fail', '22 wv-no-privileged fail']],
    ['`#` inside a scalar is not a comment', { aboveImage: '          args: ["a#bylaw:ignore wv-no-latest -- no"]\n' }, ['10 wv-no-latest fail', '12 wv-no-privileged fail', '21 wv-no-latest fail', '22 wv-no-privileged fail']],
  ])('%s', async (_name, parts, expected) => {
    expect(statuses(await scanTree(manifest(parts)))).toEqual(expected);
  });

  it('records the waiver as kind inline with the reason and the comment line; summary counts it', async () => {
    const r = await scanTree(manifest({ image: ' # bylaw:ignore wv-no-latest -- pinned by digest in the prod overlay' }));
    expect(r.findings[0].waiver).toEqual({ kind: 'inline', reason: 'pinned by digest in the prod overlay', source: { path: 'k8s/a.yaml', line: 9 } });
    expect(r.summary.waivers).toEqual({ applied: 0, expired: 0, expiring: 0, stale: 0, inline: 1 });
  });

  it('a suppression without a reason, a malformed one and an unused one are notes; only the first two are ignored', async () => {
    const r = await scanTree(manifest({ image: ' # bylaw:ignore wv-no-latest', privileged: ' # bylaw:ignore: wv-no-privileged -- x', podTop: '# bylaw:ignore wv-run-as-non-root -- nothing to hide\n' }));
    expect(statuses(r)).toEqual(['9 wv-no-latest fail', '11 wv-no-privileged fail', '21 wv-no-latest fail', '22 wv-no-privileged fail']);
    expect(r.notes).toEqual([
      { code: 'suppression-no-reason', path: 'k8s/a.yaml', line: 9, message: 'suppression of wv-no-latest ignored: a reason is required ("-- reason")' },
      { code: 'suppression-malformed', path: 'k8s/a.yaml', line: 11, message: 'malformed suppression ignored: write "bylaw:ignore RULE-ID[,RULE-ID] -- reason"' },
      { code: 'suppression-stale', path: 'k8s/a.yaml', line: 14, message: 'suppression of wv-run-as-non-root matched no finding' },
    ]);
  });

  const both = manifest({ image: ' # bylaw:ignore wv-no-latest -- digest pinned in overlay', privileged: ' # bylaw:ignore wv-no-privileged -- lab cluster' });
  it.each([
    ['suppressions.inline: false forbids all', 'suppressions: {inline: false}\n', ['9 wv-no-latest fail', '11 wv-no-privileged fail'], [9, 11], 'inline suppressions are disabled by the config (suppressions.inline: false)'],
    ['suppressions.rules allows only the listed rules', 'suppressions: {rules: [wv-no-latest]}\n', ['9 wv-no-latest waived', '11 wv-no-privileged fail'], [11], 'the config allows inline suppressions only for rules wv-no-latest (suppressions.rules)'],
    ['suppressions.severities allows only the listed severities', 'suppressions: {severities: [medium, low]}\n', ['9 wv-no-latest waived', '11 wv-no-privileged fail'], [11], 'the config allows inline suppressions only for severities medium, low, and this finding is high (suppressions.severities)'],
    ['rules and severities must both allow', 'suppressions: {rules: [wv-no-privileged], severities: [medium]}\n', ['9 wv-no-latest fail', '11 wv-no-privileged fail'], [9, 11], undefined],
    ['allowed by both', 'suppressions: {inline: true, rules: [wv-no-privileged, wv-no-latest], severities: [high, medium]}\n', ['9 wv-no-latest waived', '11 wv-no-privileged waived'], [], undefined],
  ])('%s', async (_name, config, expected, noteLines, why) => {
    const r = await scanTree(both, config);
    expect(statuses(r).slice(0, 2)).toEqual(expected);
    const forbidden = (r.notes ?? []).filter((n) => n.code === 'suppression-forbidden');
    expect(forbidden.map((n) => n.line)).toEqual(noteLines);
    for (const n of forbidden) expect(n).toMatchObject({ path: 'k8s/a.yaml', message: expect.stringMatching(/^suppression of wv-no-\S+ not applied: /) });
    if (why) expect(forbidden[forbidden.length - 1].message).toContain(why);
  });

  it('a forbidden suppression keeps the run failing (exit 1); the text report names the comment by file:line', async () => {
    const dir = tempTree({ 'k8s/a.yaml': both, '.bylaw.yaml': 'suppressions: {inline: false}\n' });
    const { code } = await scanJson(dir);
    expect(code).toBe(1);
    const text = await cli(['scan', '--policy', PACK], dir);
    expect(text.stdout).toContain('note: k8s/a.yaml:11: suppression of wv-no-privileged not applied: inline suppressions are disabled by the config (suppressions.inline: false)\n');
  });
});

describe('inline suppressions in other formats', () => {
  const dockerfile = '# bylaw:ignore dockerfile-user -- the entrypoint drops to uid 10001 with setpriv\nFROM ubuntu:latest\nRUN echo hi # bylaw:ignore dockerfile-image-tag -- not a comment in a Dockerfile\n';
  const hcl = [
    '// bylaw:ignore aws-s3-public-access-block -- public website bucket, CloudFront only',
    'resource "aws_s3_bucket" "site" {',
    '  bucket = "site"',
    '}',
    '',
    'resource "aws_security_group" "bastion" {',
    '  ingress {',
    '    from_port   = 22',
    '    to_port     = 22',
    '    protocol    = "tcp"',
    '    # bylaw:ignore aws-sg-admin-ports-open -- bastion host, MFA at the edge',
    '    cidr_blocks = ["0.0.0.0/0"]',
    '  }',
    '}',
    '',
  ].join('\n');
  const workflow = 'on: pull_request\npermissions: {contents: read}\njobs:\n  # bylaw:ignore gha-action-pinned-sha -- internal mirror of checkout, SEC-9\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "${{ github.event.pull_request.title }}"\n';
  const json = '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"},\n "spec": {"containers": [{"name": "c", "image": "x:1", "securityContext": {"privileged": true, "runAsNonRoot": true}, "args": [" # bylaw:ignore wv-no-privileged -- strings are not comments"]}]}}\n';

  it.each([
    ['Dockerfile: comment above FROM covers the stage; `#` after an instruction is not a comment', 'Dockerfile', dockerfile, 'dockerfile-best-practices', { 'dockerfile-user': 'waived', 'dockerfile-image-tag': 'fail' }],
    ['GitHub workflow: comment above a job key covers the job', '.github/workflows/ci.yml', workflow, 'github-actions-hardening', { 'gha-action-pinned-sha': 'waived', 'gha-script-injection': 'fail' }],
    ['HCL: `//` above a block and `#` above an attribute', 'main.tf', hcl, 'terraform-aws', { 'aws-s3-public-access-block': 'waived', 'aws-sg-admin-ports-open': 'waived', 'aws-s3-versioning': 'fail' }],
  ])('%s', async (_name, file, text, pack, expected) => {
    const r = await cli(['scan', '--policy', pack, '--no-config', '--format', 'json'], tempTree({ [file]: text }));
    const result = JSON.parse(r.stdout) as Result;
    for (const [rule, status] of Object.entries(expected)) expect(result.findings.find((f) => f.ruleId === rule)?.status, rule).toBe(status);
  });

  it('JSON has no comments: a "bylaw:ignore" string suppresses nothing', async () => {
    const r = await scanJson(tempTree({ 'pod.json': json }));
    expect(brief(r.result)).toEqual(['pod.json:2 wv-no-privileged fail']);
  });
});
