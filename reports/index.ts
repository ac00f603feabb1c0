import type { Reporter } from './reporter.js';
import { json } from './json.js';
import { text } from './text.js';

/** Every output format, by name. Add a format: one file in reports/ and one line here. */
export const reporters = {
  json,
  text,
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof reporters;

export function isReportFormat(name: string): name is ReportFormat {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}

/** Conventional file extension per format, for `--output-dir`. */
export const extensions: Record<ReportFormat, string> = {
  json: 'json',
  text: 'txt',
};
