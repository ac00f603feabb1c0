import { describe, expect, it } from 'vitest';
import { reporters } from '../../reports/index.js';
import { largeResult } from './helpers/fixtures.js';
import { oscalValidator, sarifValidator } from './helpers/schemas.js';

const result = largeResult(20_000);

describe('20,000 findings', () => {
  it.each(Object.keys(reporters) as (keyof typeof reporters)[])('%s renders', { timeout: 120_000 }, (format) => {
    const started = performance.now();
    const text = reporters[format](result, { variant: 'comment', linkBase: 'https://github.com/acme/shop/blob/c0ffee' });
    const ms = Math.round(performance.now() - started);
    console.log(`${format}: ${ms} ms, ${Buffer.byteLength(text)} bytes`);
    expect(text.length).toBeGreaterThan(0);
    if (format === 'markdown') expect(text.length).toBeLessThan(65_536);
  });

  it('SARIF and OSCAL of 20,000 findings still validate', { timeout: 300_000 }, () => {
    const sarif = sarifValidator();
    const log = JSON.parse(reporters.sarif(result, {}));
    expect(sarif(log), sarif.errors()).toBe(true);
    expect(log.runs[0].results).toHaveLength(result.findings.filter((f) => f.status === 'fail' || f.status === 'waived').length);
    const oscal = oscalValidator();
    const doc = JSON.parse(reporters.oscal(result, {}));
    expect(oscal(doc), oscal.errors()).toBe(true);
    expect(doc['assessment-results'].results[0].observations).toHaveLength(20_000);
  });
});
