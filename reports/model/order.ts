import { SEVERITIES, STATUSES, type Finding, type Severity, type Status } from '../../engine/types.js';

/** 0 for `critical` … 4 for `info`; unknown values sort last. */
export function severityRank(severity: Severity): number {
  const rank = SEVERITIES.indexOf(severity);
  return rank < 0 ? SEVERITIES.length : rank;
}

/** Status order used when showing findings: fail, error, waived, skip, pass. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'error', 'waived', 'skip', 'pass'];

/** Position of a status in STATUS_ORDER; unknown values sort last. */
export function statusRank(status: Status): number {
  const rank = STATUS_ORDER.indexOf(status);
  return rank < 0 ? STATUSES.length : rank;
}

function compareText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The result's own order: path, line, column, rule, fingerprint. */
export function compareByLocation(a: Finding, b: Finding): number {
  return (
    compareText(a.location.path, b.location.path) ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/** Most important first: status (fail first), then severity, then location. */
export function compareByImportance(a: Finding, b: Finding): number {
  return statusRank(a.status) - statusRank(b.status) || severityRank(a.severity) - severityRank(b.severity) || compareByLocation(a, b);
}

/** Plain string comparison for deterministic key order (no locale). */
export function byText(a: string, b: string): number {
  return compareText(a, b);
}
