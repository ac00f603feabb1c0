import { SEVERITIES, type Result, type Severity } from '../engine/types.js';
import type { ActionCore } from './deps.js';

/** Set the step outputs: verdict, failed, findings (JSON counts by severity), sarif-file, report-dir. */
export function setOutputs(core: ActionCore, result: Result, reportDir: string, sarifFile: string | undefined): void {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, result.summary.bySeverity[s] ?? 0]));
  core.setOutput('verdict', result.summary.verdict);
  core.setOutput('failed', String(result.summary.byStatus.fail));
  core.setOutput('findings', JSON.stringify(counts));
  core.setOutput('sarif-file', sarifFile ?? '');
  core.setOutput('report-dir', reportDir);
}

/** Failing findings at or above the threshold (what fails the step). */
export function failingAtOrAbove(result: Result, failOn: Severity | 'none'): number {
  if (failOn === 'none') return 0;
  const limit = SEVERITIES.indexOf(failOn);
  return SEVERITIES.slice(0, limit + 1).reduce((n, s) => n + (result.summary.bySeverity[s] ?? 0), 0);
}

/** One line of counts for the check run summary. */
export function countsLine(result: Result): string {
  const s = result.summary;
  const counts = SEVERITIES.map((sev) => `${sev}: ${s.bySeverity[sev] ?? 0}`).join(', ');
  return `Verdict **${s.verdict}** (fail-on ${s.failOn}). Failing findings by severity: ${counts}. Errors: ${s.errors}.`;
}
