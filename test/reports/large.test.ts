import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { reporters, type ReportFormat } from '../../reports/index.js';
import { verdictLine } from '../../reports/text.js';
import { largeResult } from './helpers/fixtures.js';
import { oscalValidator, sarifValidator } from './helpers/schemas.js';

const result = largeResult(20_000);
const count = (statuses: string[]) => result.findings.filter((f) => statuses.includes(f.status)).length;

/** What each format must hold for the whole result to have been rendered, not just a start. */
const complete: Record<ReportFormat, (text: string) => void> = {
  json: (text) => expect(JSON.parse(text).findings).toHaveLength(20_000),
  text: (text) => {
    expect(text.match(/^ {2}\d+:\d+ /gm)).toHaveLength(count(['fail', 'error', 'waived']));
    expect(text.endsWith(verdictLine(result))).toBe(true);
  },
  sarif: (text) => expect(JSON.parse(text).runs[0].results).toHaveLength(count(['fail', 'waived'])),
  junit: (text) => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text.match(/<testcase /g)?.length).toBe(Number(/<testsuites [^>]*tests="(\d+)"/.exec(text)?.[1]));
  },
  markdown: (text) => expect(text).toMatch(/> \d+ more findings not shown/),
  html: (text) => expect(text.match(/<div class="frow" role="row"/g)).toHaveLength(20_000),
  csv: (text) => expect(parseCsv(text, { record_delimiter: '\r\n' })).toHaveLength(20_001),
  oscal: (text) => expect(JSON.parse(text)['assessment-results'].results[0].observations).toHaveLength(20_000),
};

describe('20,000 findings', () => {
  it.each(Object.keys(reporters) as (keyof typeof reporters)[])('%s renders the whole result', { timeout: 120_000 }, (format) => {
    const started = performance.now();
    const text = reporters[format](result, { variant: 'comment', linkBase: 'https://github.com/acme/shop/blob/c0ffee' });
    const ms = Math.round(performance.now() - started);
    console.log(`${format}: ${ms} ms, ${Buffer.byteLength(text)} bytes`);
    expect(text.length).toBeGreaterThan(0);
    if (format === 'markdown') expect(text.length).toBeLessThan(65_536);
    complete[format](text);
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
