import { clean } from './clean.js';

/** Leading characters a spreadsheet treats as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: control/bidi characters removed, a text cell that could start a formula prefixed
 * with `'`, and quoted (with doubled quotes) when it holds `"`, `,`, CR or LF. Numbers pass unchanged.
 */
export function csvField(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = clean(value);
  if (FORMULA_START.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** One record: fields joined by commas, terminated by CRLF. */
export function csvRow(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
