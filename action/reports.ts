import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../engine/types.js';
import type { Reporter, ReportOptions } from '../reports/reporter.js';
import { extensions, reporters, type ReportFormat } from '../reports/index.js';

/** Report files written for one run. */
export interface WrittenReports {
  /** Absolute paths, in format order. */
  files: string[];
  /** The SARIF file, when `sarif` was among the formats. */
  sarifFile?: string;
}

/** Write `bylaw.<ext>` per format into `dir` (created when missing). */
export async function writeActionReports(result: Result, formats: readonly ReportFormat[], dir: string, options: ReportOptions): Promise<WrittenReports> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let sarifFile: string | undefined;
  for (const format of formats) {
    const file = join(dir, `bylaw.${extensions[format]}`);
    await writeFile(file, (reporters[format] as Reporter)(result, options), 'utf8');
    files.push(file);
    if ((format as string) === 'sarif') sarifFile = file;
  }
  return { files, sarifFile };
}

/** Markdown for the job summary or the PR comment (the markdown reporter), with a bare fallback when absent. */
export function renderMarkdown(result: Result, options: ReportOptions): string {
  const markdown = (reporters as Record<string, Reporter>).markdown;
  if (markdown) return markdown(result, options);
  const s = result.summary;
  const counts = Object.entries(s.bySeverity).map(([severity, n]) => `${severity}: ${n}`).join(', ');
  return `## bylaw: ${s.verdict}\n\n${s.byStatus.fail} failing findings (${counts}); fail-on ${s.failOn}.\n`;
}
