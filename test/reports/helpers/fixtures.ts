import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ControlMeta, Finding, Result, RuleMeta, Severity, Status } from '../../../engine/types.js';
import { summarize } from './summarize.js';

/** test/fixtures/results/ */
export const RESULTS_DIR = fileURLToPath(new URL('../../fixtures/results/', import.meta.url));
/** test/fixtures/schemas/: byte-for-byte copies of the official SARIF 2.1.0 and OSCAL 1.1.3 schemas. */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../fixtures/schemas/', import.meta.url));

/** Names of the hand-written Result fixtures (`mixed`, `hostile`, `clean`). */
export const FIXTURES = readdirSync(RESULTS_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

export function loadResult(name: string): Result {
  return JSON.parse(readFileSync(`${RESULTS_DIR}${name}.json`, 'utf8')) as Result;
}

export function loadSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${SCHEMAS_DIR}${file}`, 'utf8')) as Record<string, unknown>;
}

const SEVERITY_CYCLE: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const STATUS_CYCLE: Status[] = ['fail', 'fail', 'fail', 'pass', 'waived', 'fail', 'skip', 'fail', 'error', 'fail'];

/**
 * A generated result with `count` findings over 40 rules, 10 controls and `count / 10` files (deterministic:
 * no randomness), with waivers, errors, multi-document locations and long messages, for the size tests.
 */
export function largeResult(count: number): Result {
  const rules: RuleMeta[] = Array.from({ length: 40 }, (_, i) => ({
    id: `gen-rule-${String(i).padStart(2, '0')}`,
    title: `Generated rule number ${i} checks something important`,
    severity: SEVERITY_CYCLE[i % 5],
    description: `Description of generated rule ${i}.`,
    remediation: `Fix generated rule ${i} by setting the field correctly.`,
    controls: [`GEN-${i % 10}`],
    packs: [i % 2 === 0 ? 'gen-pack-a' : 'gen-pack-b'],
  }));
  const controls: ControlMeta[] = Array.from({ length: 10 }, (_, i) => ({
    id: `GEN-${i}`,
    title: `Generated control ${i}`,
    pack: i % 2 === 0 ? 'gen-pack-a' : 'gen-pack-b',
    frameworks: { 'nist-800-53': [`AC-${i + 1}`], soc2: [`CC${(i % 9) + 1}.1`] },
    rules: rules.filter((_, r) => r % 10 === i).map((r) => r.id),
  }));
  const files = Math.max(1, Math.ceil(count / 10));
  const findings: Finding[] = Array.from({ length: count }, (_, i) => {
    const rule = rules[i % 40];
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
    const file = Math.floor(i / 10);
    const line = (i % 10) * 7 + 3;
    return {
      ruleId: rule.id,
      title: rule.title,
      packs: rule.packs,
      controls: rule.controls,
      severity: rule.severity,
      status,
      message: `Container "app-${i}" in deploy/app-${file}.yaml violates ${rule.id}: field spec.template.spec.containers[${i % 3}] has a value that is not allowed <${i}>`,
      location: { path: `deploy/app-${String(file).padStart(5, '0')}.yaml`, startLine: line, startColumn: 9, endLine: line, endColumn: 31, pointer: `/spec/template/spec/containers/${i % 3}`, document: i % 2 },
      resource: { type: 'kubernetes', kind: 'Deployment', name: `app-${file}`, namespace: 'default' },
      fingerprint: i.toString(16).padStart(16, '0'),
      ...(status === 'waived' ? { waiver: { kind: 'exception' as const, reason: `Accepted risk ${i}`, approvedBy: 'ciso@example.com', ticket: `RISK-${i}`, expires: '2027-06-30' } } : {}),
    };
  });
  findings.sort((a, b) => (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0) || a.location.startLine - b.location.startLine || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return {
    schemaVersion: '1',
    tool: { name: 'bylaw', version: '0.1.0' },
    run: { startedAt: '2026-11-20T12:00:00.000Z', commit: 'c0ffee0000000000000000000000000000000000' },
    packs: [
      { id: 'gen-pack-a', version: '1.0.0', digest: `sha256:${'a'.repeat(64)}`, params: {} },
      { id: 'gen-pack-b', version: '2.0.0', digest: `sha256:${'b'.repeat(64)}`, params: { level: 3 } },
    ],
    inputs: Array.from({ length: files }, (_, f) => ({ path: `deploy/app-${String(f).padStart(5, '0')}.yaml`, type: 'kubernetes', sha256: f.toString(16).padStart(64, '0') })),
    findings,
    errors: [{ path: 'deploy/broken.yaml', line: 2, column: 1, code: 'parse-error', message: 'unexpected end of the stream' }],
    summary: summarize(findings, controls, { files, documents: files * 2, resources: files, errors: 1, failOn: 'high' }),
    rules,
    controls,
  };
}
