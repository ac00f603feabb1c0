import type { Reporter } from './reporter.js';
import { csvRow } from './escape/csv.js';
import { ruleIndex, ruleTitle } from './model/describe.js';

/** Column names, in order (the first record). */
export const CSV_COLUMNS = [
  'status', 'severity', 'ruleId', 'title', 'controls', 'path', 'startLine', 'startColumn', 'endLine', 'endColumn',
  'resourceKind', 'resourceName', 'resourceNamespace', 'message', 'waiverReason', 'waiverApprover', 'waiverTicket',
  'waiverExpires', 'fingerprint',
] as const;

/**
 * RFC 4180 CSV, one record per finding in the result's order: CRLF line ends, quoted fields where needed,
 * and every text cell that a spreadsheet would read as a formula prefixed with `'`.
 */
export const csv: Reporter = (result) => {
  const rules = ruleIndex(result);
  const lines = [csvRow(CSV_COLUMNS)];
  for (const finding of result.findings) {
    const { location, resource, waiver } = finding;
    lines.push(
      csvRow([
        finding.status, finding.severity, finding.ruleId, ruleTitle(finding, rules), finding.controls.join(' '),
        location.path, location.startLine, location.startColumn, location.endLine, location.endColumn,
        resource.kind, resource.name, resource.namespace, finding.message,
        waiver?.reason, waiver?.approvedBy, waiver?.ticket, waiver?.expires, finding.fingerprint,
      ]),
    );
  }
  return lines.join('');
};
