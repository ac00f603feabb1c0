import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

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
