import { SEVERITIES, type Finding, type Result, type Status } from '../../engine/types.js';
import { toText, truncate } from '../escape/clean.js';
import { escapeHtml as e } from '../escape/html.js';
import { formatResource, ruleIndex, ruleTitle } from '../model/describe.js';
import { formatCount } from './charts.js';
import { STATUS_LABEL } from './summary.js';
import { locationLink } from './links.js';

/** Statuses shown before the reader changes the filter. */
const DEFAULT_STATUSES: readonly Status[] = ['fail', 'error', 'waived'];
const STATUS_ORDER: readonly Status[] = ['fail', 'error', 'waived', 'skip', 'pass'];
/** Longest evidence shown inline, in characters. */
const MAX_EVIDENCE = 200;

function row(finding: Finding, result: Result, rules: ReturnType<typeof ruleIndex>, linkBase: string | undefined): string {
  const { location, waiver } = finding;
  const hidden = DEFAULT_STATUSES.includes(finding.status) ? '' : ' hidden';
  const evidence = finding.evidence === undefined ? '' : `<div class="sub">Evidence: <code>${e(truncate(toText(finding.evidence), MAX_EVIDENCE))}</code></div>`;
  const waived = waiver ? `<div class="sub">Waived (${e(waiver.kind)}): ${e(waiver.reason)}${waiver.approvedBy ? `; approved by ${e(waiver.approvedBy)}` : ''}${waiver.expires ? `; expires ${e(waiver.expires)}` : ''}</div>` : '';
  const doc = location.document === undefined ? '' : `<div class="sub">document ${location.document + 1}</div>`;
  return (
    `<tr data-sev="${e(finding.severity)}" data-status="${e(finding.status)}"${hidden}>` +
    `<td><span class="pill st-${e(finding.status)}">${e(STATUS_LABEL[finding.status] ?? finding.status)}</span></td>` +
    `<td><span class="pill sev-${e(finding.severity)}">${e(finding.severity)}</span></td>` +
    `<td><span class="mono">${e(finding.ruleId)}</span><div class="sub">${e(ruleTitle(finding, rules))}</div></td>` +
    `<td class="loc">${locationLink(location.path, location.startLine, location.startColumn, linkBase)}${doc}</td>` +
    `<td>${e(formatResource(finding.resource))}</td>` +
    `<td class="msg">${e(finding.message)}${evidence}${waived}</td>` +
    `<td class="mono">${e(finding.controls.join(', '))}</td></tr>`
  );
}

function checkbox(group: 'sev' | 'status', value: string, label: string, checked: boolean): string {
  return `<label><input type="checkbox" data-filter="${group}" value="${e(value)}"${checked ? ' checked' : ''}> ${e(label)}</label>`;
}

/** Every finding, rendered server-side; the inline script filters rows by severity, status and text. */
export function findingsSection(result: Result, linkBase: string | undefined): string {
  const rules = ruleIndex(result);
  const visible = result.findings.filter((f) => DEFAULT_STATUSES.includes(f.status)).length;
  const filters =
    `<div class="filters">` +
    `<fieldset><legend>Severity</legend>${SEVERITIES.map((s) => checkbox('sev', s, s, true)).join('')}</fieldset>` +
    `<fieldset><legend>Status</legend>${STATUS_ORDER.map((s) => checkbox('status', s, STATUS_LABEL[s], DEFAULT_STATUSES.includes(s))).join('')}</fieldset>` +
    `<input type="search" id="search" placeholder="Search rule, path, resource, message…" aria-label="Search findings">` +
    `<span class="count">Showing <strong id="shown">${visible}</strong> of ${formatCount(result.findings.length)}</span></div>`;
  const body = result.findings.map((f) => row(f, result, rules, linkBase)).join('\n');
  return (
    `<section id="findings-section"><h2>Findings</h2>${filters}` +
    `<div class="table-wrap"><table id="findings"><thead><tr><th>Status</th><th>Severity</th><th>Rule</th><th>Location</th><th>Resource</th><th>Message</th><th>Controls</th></tr></thead>` +
    `<tbody>\n${body}\n</tbody></table></div>` +
    (result.findings.length === 0 ? '<p class="empty">No findings.</p>' : '') +
    `</section>`
  );
}
