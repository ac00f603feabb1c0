import { SEVERITIES, STATUSES, type ControlMeta, type Finding, type Severity, type Status, type Summary } from '../../../engine/types.js';

function counts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
}

/**
 * The summary a result with these findings should carry (byStatus, bySeverity of failures, per control and per
 * framework requirement through the controls' mappings). Used to check hand-written fixtures and to build large ones.
 */
export function summarize(
  findings: readonly Finding[],
  controls: readonly ControlMeta[],
  base: Pick<Summary, 'files' | 'documents' | 'resources' | 'errors' | 'failOn'>,
): Summary {
  const byStatus = counts();
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  const byControl: Summary['byControl'] = {};
  const byFramework: Summary['byFramework'] = {};
  const meta = new Map(controls.map((control) => [control.id, control]));
  for (const finding of findings) {
    byStatus[finding.status]++;
    if (finding.status === 'fail') bySeverity[finding.severity]++;
    for (const id of finding.controls) {
      (byControl[id] ??= counts())[finding.status]++;
      for (const [framework, requirements] of Object.entries(meta.get(id)?.frameworks ?? {})) {
        for (const requirement of requirements) ((byFramework[framework] ??= {})[requirement] ??= counts())[finding.status]++;
      }
    }
  }
  const threshold = base.failOn === 'none' ? -1 : SEVERITIES.indexOf(base.failOn);
  const failing = findings.some((finding) => finding.status === 'fail' && SEVERITIES.indexOf(finding.severity) <= threshold);
  return { ...base, byStatus, bySeverity, byControl, byFramework, verdict: failing ? 'fail' : 'pass' };
}
