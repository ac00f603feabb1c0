import type { Finding, RuleMeta } from '../../engine/types.js';
import { toText } from '../escape/clean.js';
import { encodePath } from '../escape/url.js';
import { findingPacks, formatLocation, ruleTitle } from '../model/describe.js';
import type { UuidFactory } from './uuid.js';
import { dateTime, prop, text } from './values.js';

/** The origin every observation, finding and risk carries: bylaw, as a tool. */
export function toolOrigin(toolUuid: string): Record<string, unknown>[] {
  return [{ actors: [{ type: 'tool', 'actor-uuid': toolUuid }] }];
}

/** One observation per finding, its location as relevant evidence and the input file as subject. */
export function observation(
  finding: Finding,
  collected: string,
  rules: Map<string, RuleMeta>,
  ids: UuidFactory,
  toolUuid: string,
  inputs: Map<string, string>,
): Record<string, unknown> {
  const { location, resource } = finding;
  const subject = inputs.get(location.path);
  const evidenceProps = [
    ...prop('start-line', location.startLine),
    ...prop('start-column', location.startColumn),
    ...prop('end-line', location.endLine),
    ...prop('end-column', location.endColumn),
    ...prop('pointer', location.pointer ?? ''),
    ...(location.document === undefined ? [] : prop('document', location.document)),
  ];
  return {
    uuid: ids.id('observation', `${finding.ruleId}|${finding.fingerprint}|${formatLocation(location)}`),
    title: text(ruleTitle(finding, rules)),
    description: text(finding.message),
    props: [
      ...prop('rule-id', finding.ruleId),
      ...prop('status', finding.status),
      ...prop('severity', finding.severity),
      ...prop('fingerprint', finding.fingerprint),
      ...findingPacks(finding, rules).flatMap((pack) => prop('pack', pack)),
      ...finding.controls.flatMap((control) => prop('control', control)),
      ...prop('resource-type', resource.type),
      ...prop('resource-kind', resource.kind ?? ''),
      ...prop('resource-name', resource.name ?? ''),
      ...prop('resource-namespace', resource.namespace ?? ''),
      ...prop('resource-address', resource.address ?? ''),
    ],
    methods: ['TEST'],
    ...(finding.status === 'pass' || finding.status === 'skip' ? {} : { types: ['finding'] }),
    origins: toolOrigin(toolUuid),
    ...(subject ? { subjects: [{ 'subject-uuid': subject, type: 'resource', title: text(location.path) }] } : {}),
    'relevant-evidence': [
      {
        href: `${encodePath(location.path)}#L${location.startLine}`,
        description: text(formatLocation(location)),
        ...(evidenceProps.length > 0 ? { props: evidenceProps } : {}),
        ...(finding.evidence === undefined ? {} : { remarks: text(toText(finding.evidence).slice(0, 2000)) }),
      },
    ],
    collected,
  };
}

/** A risk for a failing finding (open) or a waived one (deviation approved, with the waiver as remarks and deadline). */
export function risk(finding: Finding, rules: Map<string, RuleMeta>, ids: UuidFactory, toolUuid: string, observationUuid: string, started: string): Record<string, unknown> {
  const rule = rules.get(finding.ruleId);
  const waiver = finding.waiver;
  const statement = [rule?.rationale, rule?.remediation ?? finding.remediation].filter((part) => part).join('\n\n');
  const deadline = waiver?.expires ? dateTime(waiver.expires, true) : undefined;
  const remarks = waiver
    ? [`Waived (${waiver.kind}): ${waiver.reason}`, waiver.approvedBy && `Approved by: ${waiver.approvedBy}`, waiver.ticket && `Ticket: ${waiver.ticket}`, waiver.expires && `Expires: ${waiver.expires}`]
        .filter((line) => line)
        .join('\n')
    : undefined;
  return {
    uuid: ids.id('risk', observationUuid),
    title: text(ruleTitle(finding, rules)),
    description: text(finding.message),
    statement: text(statement || `Rule ${finding.ruleId} failed with severity ${finding.severity}.`),
    props: [...prop('severity', finding.severity), ...prop('rule-id', finding.ruleId), ...(waiver ? [...prop('waiver-approver', waiver.approvedBy ?? ''), ...prop('waiver-ticket', waiver.ticket ?? '')] : [])],
    status: waiver || finding.status === 'waived' ? 'deviation-approved' : 'open',
    origins: toolOrigin(toolUuid),
    ...(deadline ? { deadline } : {}),
    'related-observations': [{ 'observation-uuid': observationUuid }],
    ...(remarks
      ? { 'risk-log': { entries: [{ uuid: ids.id('risk-log', observationUuid), title: 'Waiver', description: text(remarks), start: started, props: prop('waiver-kind', waiver?.kind ?? ''), 'status-change': 'deviation-approved' }] } }
      : {}),
  };
}
