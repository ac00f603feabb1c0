import type { Reporter } from './reporter.js';
import { json } from './json.js';
import { text } from './text.js';
import { sarif } from './sarif.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { html } from './html.js';
import { csv } from './csv.js';
import { oscal } from './oscal.js';

/** Every output format, by name. Add a format: one file in reports/ and one line here. */
export const reporters = {
  json,
  text,
  sarif,
  junit,
  markdown,
  html,
  csv,
  oscal,
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof reporters;

export function isReportFormat(name: string): name is ReportFormat {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}

/** Conventional file extension per format, for `--output-dir`. */
export const extensions: Record<ReportFormat, string> = {
  json: 'json',
  text: 'txt',
  sarif: 'sarif',
  junit: 'junit.xml',
  markdown: 'md',
  html: 'html',
  csv: 'csv',
  oscal: 'oscal.json',
};
