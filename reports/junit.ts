import type { Finding, Result } from '../engine/types.js';
import type { Reporter } from './reporter.js';
import { xmlAttr, xmlText } from './escape/xml.js';
import { findingPacks, formatDiagnostic, formatLocation, formatPack, formatResource, ruleIndex } from './model/describe.js';
import { byText, statusRank } from './model/order.js';

/** One `<testcase>`: a rule on one resource (its findings in one file/document). */
interface Case {
  rule: string;
  name: string;
  findings: Finding[];
}

/** Suite name for findings that name no pack, and for diagnostics. */
const NO_PACK = 'bylaw';
const ERRORS_SUITE = 'bylaw-errors';

function caseKey(finding: Finding): string {
  const { resource, location } = finding;
  return JSON.stringify([finding.ruleId, location.path, location.document ?? 0, resource.kind, resource.namespace, resource.name, resource.address]);
}

function groupBySuite(result: Result): Map<string, Map<string, Case>> {
  const rules = ruleIndex(result);
  const suites = new Map<string, Map<string, Case>>();
  for (const finding of result.findings) {
    const packs = findingPacks(finding, rules);
    for (const pack of packs.length > 0 ? packs : [NO_PACK]) {
      const cases = suites.get(pack) ?? new Map<string, Case>();
      suites.set(pack, cases);
      const key = caseKey(finding);
      const existing = cases.get(key);
      if (existing) existing.findings.push(finding);
      else cases.set(key, { rule: finding.ruleId, name: `${formatResource(finding.resource)} ${formatLocation(finding.location)}`, findings: [finding] });
    }
  }
  return suites;
}

function detail(finding: Finding): string {
  const lines = [`${formatLocation(finding.location)} [${finding.status}, ${finding.severity}] ${finding.message}`];
  const waiver = finding.waiver;
  if (waiver) {
    lines.push(`  waived (${waiver.kind}): ${waiver.reason}`);
    if (waiver.approvedBy) lines.push(`  approved by: ${waiver.approvedBy}`);
    if (waiver.ticket) lines.push(`  ticket: ${waiver.ticket}`);
    if (waiver.expires) lines.push(`  expires: ${waiver.expires}`);
  }
  return lines.join('\n');
}

function waiverSummary(finding: Finding): string {
  const waiver = finding.waiver;
  if (!waiver) return finding.message;
  const parts = [`waived: ${waiver.reason}`];
  if (waiver.approvedBy) parts.push(`approved by ${waiver.approvedBy}`);
  if (waiver.ticket) parts.push(`ticket ${waiver.ticket}`);
  if (waiver.expires) parts.push(`expires ${waiver.expires}`);
  return parts.join('; ');
}

/** The worst status wins: fail, error, waived, skip, pass. */
function renderCase(item: Case): { xml: string; status: Finding['status'] } {
  const worst = [...item.findings].sort((a, b) => statusRank(a.status) - statusRank(b.status))[0];
  const open = `    <testcase classname="${xmlAttr(item.rule)}" name="${xmlAttr(item.name)}" time="0"`;
  const body = xmlText(item.findings.map(detail).join('\n'));
  const relevant = item.findings.filter((finding) => finding.status === worst.status);
  const message = xmlAttr(relevant.map((finding) => (finding.status === 'waived' ? waiverSummary(finding) : finding.message)).join(' / '));
  switch (worst.status) {
    case 'fail':
      return { status: 'fail', xml: `${open}>\n      <failure message="${message}" type="${xmlAttr(worst.severity)}">${body}</failure>\n    </testcase>\n` };
    case 'error':
      return { status: 'error', xml: `${open}>\n      <error message="${message}" type="error">${body}</error>\n    </testcase>\n` };
    case 'waived':
    case 'skip':
      return { status: worst.status, xml: `${open}>\n      <skipped message="${message}"/>\n      <system-out>${body}</system-out>\n    </testcase>\n` };
    default:
      return { status: 'pass', xml: `${open}/>\n` };
  }
}

function suite(name: string, cases: string[], counts: { failures: number; errors: number; skipped: number }, timestamp: string, properties: string): string {
  const head = `  <testsuite name="${xmlAttr(name)}" tests="${cases.length}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="0" timestamp="${xmlAttr(timestamp)}">\n`;
  return head + properties + cases.join('') + '  </testsuite>\n';
}

/**
 * JUnit XML for CI test viewers (GitLab, Jenkins, Azure): one `<testsuite>` per pack, one `<testcase>` per
 * rule × resource (`classname` = rule id), `<failure>`/`<error>`/`<skipped>` by the worst status of its findings
 * (waivers are skipped, with reason, approver, ticket and expiry), plus a suite for files that could not be read.
 */
export const junit: Reporter = (result) => {
  const timestamp = result.run.startedAt.replace(/(\.\d+)?Z$/, '');
  const packs = new Map(result.packs.map((pack) => [pack.id, pack]));
  const suites: string[] = [];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const grouped = groupBySuite(result);
  for (const name of [...grouped.keys()].sort(byText)) {
    const counts = { failures: 0, errors: 0, skipped: 0 };
    const rendered = [...grouped.get(name)!.values()].map(renderCase);
    for (const { status } of rendered) {
      if (status === 'fail') counts.failures++;
      else if (status === 'error') counts.errors++;
      else if (status === 'waived' || status === 'skip') counts.skipped++;
    }
    const pack = packs.get(name);
    const properties = pack
      ? `    <properties>\n      <property name="pack" value="${xmlAttr(formatPack(pack))}"/>\n      <property name="digest" value="${xmlAttr(pack.digest)}"/>\n    </properties>\n`
      : '';
    suites.push(suite(name, rendered.map((item) => item.xml), counts, timestamp, properties));
    total.tests += rendered.length;
    total.failures += counts.failures;
    total.errors += counts.errors;
    total.skipped += counts.skipped;
  }
  if (result.errors.length > 0) {
    const cases = result.errors.map((error) => {
      const place = formatDiagnostic(error);
      return `    <testcase classname="${xmlAttr(error.code)}" name="${xmlAttr(place)}" time="0">\n      <error message="${xmlAttr(error.message)}" type="${xmlAttr(error.code)}">${xmlText(`${place}: ${error.code}: ${error.message}`)}</error>\n    </testcase>\n`;
    });
    suites.push(suite(ERRORS_SUITE, cases, { failures: 0, errors: cases.length, skipped: 0 }, timestamp, ''));
    total.tests += cases.length;
    total.errors += cases.length;
  }
  const head = `<testsuites name="bylaw" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="0">\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}${suites.join('')}</testsuites>\n`;
};
