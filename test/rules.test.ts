import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCatalog } from '../engine/policy/catalog.js';
import { runCasesFile } from '../engine/policy/run-cases.js';
import { cli, tempTree } from './helpers/cli.js';
import { readFileSync } from 'node:fs';

/** Every built-in rule's cases (test/rules/<rule-id>.cases.yaml), run through the same runner as `bylaw test`. */
const ROOT = join(import.meta.dirname, '..');
const catalog = buildCatalog(ROOT, [], []);
const files = readdirSync(join(ROOT, 'test', 'rules')).filter((f) => f.endsWith('.cases.yaml')).sort();

describe('built-in rule cases', () => {
  it('the catalog loads without problems', () => {
    expect(catalog.diagnostics).toEqual([]);
  });
  describe.each(files)('%s', (file) => {
    const abs = join(ROOT, 'test', 'rules', file);
    const out = runCasesFile(abs, relative(ROOT, abs), catalog, ROOT);
    it('is a valid cases file for a known rule', () => expect(out.diagnostics).toEqual([]));
    it.each(out.results.map((r) => [`${r.kind}: ${r.name}`, r]))('%s', (_n, r) => {
      expect(r.problem ?? '').toBe('');
      expect(r.ok).toBe(true);
    });
  });
});

describe('`bylaw test`', () => {
  const PACK = join(ROOT, 'test', 'fixtures', 'core', 'pack');
  const cases = (line: number) => `rule: core-no-privileged
valid:
  - name: unprivileged
    input: |
      apiVersion: v1
      kind: Pod
      metadata: {name: ok}
      spec: {containers: [{name: c, securityContext: {privileged: false}}]}
invalid:
  - name: privileged
    input: |
      apiVersion: v1
      kind: Pod
      metadata: {name: bad}
      spec:
        containers:
          - name: c
            securityContext:
              privileged: true
    findings: [{line: ${line}, column: 9, message: 'Container "c" runs privileged'}]
`;
  it('passes when the cases are right, printing like a test runner and writing JUnit', async () => {
    const dir = tempTree({ 'cases/p.cases.yaml': cases(8) });
    const r = await cli(['test', 'cases', '--policy', PACK, '--junit', 'out/junit.xml'], dir);
    expect(r.stdout).toContain('✓ core-no-privileged valid: unprivileged');
    expect(r.stdout).toContain('✓ core-no-privileged invalid: privileged');
    expect(r.stdout).toMatch(/^2 passed, 0 failed$/m);
    expect(readFileSync(join(dir, 'out', 'junit.xml'), 'utf8')).toMatch(/<testsuites name="bylaw test" tests="2" failures="0">/);
    expect(r.code).toBe(0);
  });
  it('fails when a case is wrong', async () => {
    const dir = tempTree({ 'cases/p.cases.yaml': cases(7) });
    const r = await cli(['test', 'cases', '--policy', PACK], dir);
    expect(r.stdout).toContain('✗ core-no-privileged invalid: privileged');
    expect(r.stdout).toMatch(/expected 7:9 "Container "c" runs privileged"; got 8:9-8:25/);
    expect(r.stdout).toMatch(/^1 passed, 1 failed$/m);
    expect(r.code).toBe(1);
  });
});
