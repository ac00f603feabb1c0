import type { Diagnostic, Finding, Location } from '../../engine/types.js';
import { clean, oneLine } from '../escape/clean.js';
import { encodePath } from '../escape/url.js';
import { formatResource } from '../model/describe.js';
import { LEVELS } from './rules.js';

/** The base every artifact URI is relative to (the scan root, i.e. the repository checkout). */
export const SRCROOT = '%SRCROOT%';

/** A relative, percent-encoded artifact location, with its index in `run.artifacts` when known. */
export function artifactLocation(path: string, artifacts: Map<string, number>): Record<string, unknown> {
  const index = artifacts.get(path);
  return { uri: encodePath(path), uriBaseId: SRCROOT, ...(index === undefined ? {} : { index }) };
}

/** A SARIF region (1-based lines and columns), repaired so the end never precedes the start. */
export function region(location: Pick<Location, 'startLine' | 'startColumn'> & Partial<Location>): Record<string, number> {
  const startLine = Math.max(1, Math.trunc(location.startLine) || 1);
  const startColumn = Math.max(1, Math.trunc(location.startColumn) || 1);
  const endLine = Math.max(startLine, Math.trunc(location.endLine ?? startLine) || startLine);
  const rawEnd = Math.max(1, Math.trunc(location.endColumn ?? startColumn) || startColumn);
  const endColumn = endLine === startLine ? Math.max(startColumn, rawEnd) : rawEnd;
  return { startLine, startColumn, endLine, endColumn };
}

/** One SARIF `result` for a failing or waived finding (waivers become `suppressions`). */
export function sarifResult(finding: Finding, ruleIndex: Map<string, number>, artifacts: Map<string, number>): Record<string, unknown> {
  const { location, resource, waiver } = finding;
  const index = ruleIndex.get(finding.ruleId);
  const logicalName = formatResource(resource);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVELS[finding.severity] ?? 'warning',
    kind: 'fail',
    message: { text: clean(finding.message).trim() || finding.ruleId },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactLocation(location.path, artifacts), region: region(location) },
        logicalLocations: [{ name: oneLine(logicalName) || resource.type, kind: 'resource' }],
      },
    ],
    partialFingerprints: { 'bylaw/v1': finding.fingerprint },
    ...(waiver
      ? {
          suppressions: [
            {
              kind: waiver.kind === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: oneLine(waiver.reason),
              ...(waiver.source ? { location: { physicalLocation: { artifactLocation: artifactLocation(waiver.source.path, artifacts), region: region({ startLine: waiver.source.line, startColumn: 1 }) } } } : {}),
              properties: {
                ...(waiver.approvedBy ? { approvedBy: waiver.approvedBy } : {}),
                ...(waiver.ticket ? { ticket: waiver.ticket } : {}),
                ...(waiver.expires ? { expires: waiver.expires } : {}),
              },
            },
          ],
        }
      : {}),
    properties: {
      severity: finding.severity,
      ...(finding.controls.length > 0 ? { controls: finding.controls } : {}),
      ...(location.pointer !== undefined ? { pointer: location.pointer } : {}),
      ...(location.document !== undefined ? { document: location.document } : {}),
    },
  };
}

/** A `toolExecutionNotification` for a file or rule that could not be evaluated. */
export function diagnosticNotification(error: Diagnostic, artifacts: Map<string, number>): Record<string, unknown> {
  return {
    level: 'error',
    message: { text: `${error.code}: ${clean(error.message).trim()}` },
    descriptor: { id: error.code },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.path, artifacts), region: region({ startLine: error.line, startColumn: error.column }) } }],
  };
}

/** A `toolExecutionNotification` for a finding whose rule could not be evaluated (`status: error`). */
export function errorFindingNotification(finding: Finding, ruleIndex: Map<string, number>, artifacts: Map<string, number>): Record<string, unknown> {
  const index = ruleIndex.get(finding.ruleId);
  return {
    level: 'error',
    message: { text: `${finding.ruleId}: ${clean(finding.message).trim()}` },
    descriptor: { id: 'rule-error' },
    associatedRule: { id: finding.ruleId, ...(index === undefined ? {} : { index }) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(finding.location.path, artifacts), region: region(finding.location) } }],
  };
}
