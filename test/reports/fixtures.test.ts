import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, STATUSES } from '../../engine/types.js';
import { FIXTURES, largeResult, loadResult } from './helpers/fixtures.js';
import { summarize } from './helpers/summarize.js';
import { draft07Validator } from './helpers/schemas.js';

const RESULT_SCHEMA = fileURLToPath(new URL('../../engine/schema/result.schema.json', import.meta.url));

describe('Result fixtures', () => {
  it('has the shared set', () => {
    expect(FIXTURES).toEqual(expect.arrayContaining(['clean', 'hostile', 'mixed']));
  });

  it.each(FIXTURES)('%s: statuses, severities, 1-based positions, sorted, summary consistent', (name) => {
    const result = loadResult(name);
    expect(result.schemaVersion).toBe('1');
    for (const finding of result.findings) {
      expect(STATUSES).toContain(finding.status);
      expect(SEVERITIES).toContain(finding.severity);
      expect(finding.location.startLine).toBeGreaterThanOrEqual(1);
      expect(finding.location.startColumn).toBeGreaterThanOrEqual(1);
      expect(finding.location.endLine).toBeGreaterThanOrEqual(finding.location.startLine);
      expect(finding.fingerprint).not.toBe('');
    }
    const keys = result.findings.map((f) => [f.location.path, f.location.startLine, f.location.startColumn, f.ruleId] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
    expect(keys).toEqual(sorted);
    const { files, documents, resources, errors, failOn } = result.summary;
    expect(result.summary).toEqual(summarize(result.findings, result.controls ?? [], { files, documents, resources, errors, failOn }));
    expect(result.summary.errors).toBe(result.errors.length);
  });

  it('fixtures (and the generated large result) validate against engine/schema/result.schema.json', () => {
    const validate = draft07Validator(JSON.parse(readFileSync(RESULT_SCHEMA, 'utf8')));
    for (const name of FIXTURES) {
      expect(validate(loadResult(name)), `${name}: ${validate.errors()}`).toBe(true);
    }
    expect(validate(largeResult(100)), validate.errors()).toBe(true);
  });
});
