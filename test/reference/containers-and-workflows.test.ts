import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';

/**
 * Reference corpora: small real-world-like trees (workflows with matrices, reusable workflows, docker:// actions,
 * composite actions; multi-stage Dockerfiles with ARG before FROM, --platform, heredocs and `# escape=`;
 * Compose files with merge keys and YAML 1.1 booleans) whose expected findings were written by hand in
 * expected.yaml. The CLI scans each tree as a user would and must report exactly those failures.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const corpora = [
  ['github-workflow/reference', 'github-actions-hardening'],
  ['dockerfile/reference', 'dockerfile-best-practices'],
  ['docker-compose/reference', 'docker-compose-hardening'],
] as const;

interface Expected {
  rule: string;
  path: string;
  line: number;
  column: number;
}

const key = (f: Expected) => `${f.path}:${f.line}:${f.column} ${f.rule}`;

describe.each(corpora)('%s with %s', (dir, pack) => {
  const root = join(FIXTURES, dir);
  const expected = (load(readFileSync(join(root, 'expected.yaml'), 'utf8')) as Expected[]).map(key).sort();

  it('reports exactly the expected failures, with exact positions, and no errors', async () => {
    const { code, stdout, stderr } = await cli(['scan', '.', '--policy', pack, '--format', 'json', '--fail-on', 'none', '--no-progress'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { findings: { ruleId: string; status: string; location: { path: string; startLine: number; startColumn: number } }[]; errors: unknown[] };
    expect(result.errors).toEqual([]);
    const actual = result.findings
      .filter((f) => f.status === 'fail')
      .map((f) => key({ rule: f.ruleId, path: f.location.path, line: f.location.startLine, column: f.location.startColumn }))
      .sort();
    expect(actual).toEqual(expected);
  });

  it('fails the run at the default threshold', async () => {
    const { code } = await cli(['scan', '.', '--policy', pack, '--format', 'json', '--no-progress'], root);
    expect(code).toBe(1);
  });
});

describe('inline suppressions in these inputs', () => {
  it('a # bylaw:ignore comment above a Dockerfile instruction or a workflow step waives its finding', async () => {
    const dir = tempTree({
      Dockerfile: [
        'FROM debian:12@sha256:4f063a24d429510e512cc730c3330292ff49f3ade3ae79bda8f84a24fa25ecb0',
        '# bylaw:ignore dockerfile-no-sudo -- legacy base image needs it',
        'RUN sudo apt-get update',
        'RUN sudo true',
        'HEALTHCHECK CMD true',
        'USER app',
        '',
      ].join('\n'),
      '.github/workflows/ci.yml': [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      # bylaw:ignore gha-action-pinned-sha -- reviewed first-party action',
        '      - uses: actions/checkout@v4',
        '',
      ].join('\n'),
    });
    const { stdout } = await cli(['scan', '.', '--policy', 'dockerfile-best-practices', '--policy', 'github-actions-hardening', '--format', 'json', '--no-progress'], dir);
    const findings = (JSON.parse(stdout) as { findings: { ruleId: string; status: string; location: { path: string; startLine: number } }[] }).findings;
    const shown = findings.map((f) => `${f.location.path}:${f.location.startLine} ${f.ruleId} ${f.status}`).sort();
    expect(shown).toEqual([
      '.github/workflows/ci.yml:8 gha-action-pinned-sha waived',
      'Dockerfile:3 dockerfile-no-sudo waived',
      'Dockerfile:4 dockerfile-no-sudo fail',
    ]);
  });
});

describe('broken files', () => {
  it('each broken file is an error with its line; the other files are still evaluated', async () => {
    const dir = tempTree({
      '.github/workflows/broken.yml': 'on: push\njobs:\n  a:\n    steps: [\n',
      '.github/workflows/merge.yml': 'on: push\nx: &d {runs-on: ubuntu-latest}\njobs:\n  a:\n    <<: *d\n    steps: [{run: echo}]\n',
      '.github/workflows/good.yml': 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
      'broken/Dockerfile': 'RUN echo hi\nFROM alpine:3.20\n',
      'good/Dockerfile': 'FROM alpine:3.20\nUSER app\nHEALTHCHECK CMD true\n',
      'compose.yaml': 'services:\n  a:\n    image: [\n',
      'docker-compose.prod.yml': 'services:\n  a:\n    image: x:1\n    privileged: true\n',
    });
    const { code, stdout } = await cli(
      ['scan', '.', '--policy', 'github-actions-hardening', '--policy', 'dockerfile-best-practices', '--policy', 'docker-compose-hardening', '--format', 'json', '--fail-on', 'none', '--no-progress'],
      dir,
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { findings: { ruleId: string; status: string; location: { path: string; startLine: number } }[]; errors: { path: string; line: number; code: string }[] };
    expect(result.errors.map((e) => `${e.path}:${e.line} ${e.code}`).sort()).toEqual([
      '.github/workflows/broken.yml:5 parse-error',
      '.github/workflows/merge.yml:5 parse-error',
      'broken/Dockerfile:1 parse-error',
      'compose.yaml:4 parse-error',
    ]);
    const failing = result.findings.filter((f) => f.status === 'fail').map((f) => `${f.location.path}:${f.location.startLine} ${f.ruleId}`);
    expect(failing).toContain('.github/workflows/good.yml:7 gha-action-pinned-sha');
    expect(failing).toContain('good/Dockerfile:1 dockerfile-image-digest');
    expect(failing).toContain('docker-compose.prod.yml:4 compose-privileged');
  });
});
