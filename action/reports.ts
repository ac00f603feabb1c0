import { join } from 'node:path';
import type { Result } from '../engine/types.js';
import { reporters, type ReportFormat } from '../reports/index.js';
import type { ReportOptions } from '../reports/reporter.js';
import { reportFileName, writeReports } from '../reports/write.js';

/** Report files written for one run. */
export interface WrittenReports {
  /** Absolute paths: one per format, then the integrity manifest. */
  files: string[];
  /** The SARIF file, when `sarif` was among the formats. */
  sarifFile?: string;
}

/** Write the reports (`bylaw.<ext>` per format plus `manifest.json`) into `dir`, as the CLI's `--output-dir` does. */
export async function writeActionReports(result: Result, formats: readonly ReportFormat[], dir: string, options: ReportOptions): Promise<WrittenReports> {
  const files = await writeReports(result, formats, dir, options);
  return { files, ...(formats.includes('sarif') ? { sarifFile: join(dir, reportFileName('sarif')) } : {}) };
}

/** Markdown for the job summary (`variant: 'summary'`) or the pull request comment (`'comment'`). */
export function renderMarkdown(result: Result, options: ReportOptions): string {
  return reporters.markdown(result, options);
}
