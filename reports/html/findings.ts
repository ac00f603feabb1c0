import { SEVERITIES, type Finding, type Result, type Status } from '../../engine/types.js';
import { toText, truncate } from '../escape/clean.js';
import { escapeHtml as e } from '../escape/html.js';
import { formatResource, ruleIndex, ruleTitle } from '../model/describe.js';
import { STATUS_ORDER } from '../model/order.js';
import { formatCount } from './charts.js';
import { STATUS_LABEL } from './summary.js';
import { locationLink } from './links.js';

/** Statuses shown before the reader changes the filter. */
const DEFAULT_STATUSES: readonly Status[] = ['fail', 'error', 'waived'];
/** Longest evidence shown inline, in characters. */
const MAX_EVIDENCE = 200;

function row(finding: Finding, rules: ReturnType<typeof ruleIndex>, linkBase: string | undefined): string {
  const { location, waiver } = finding;
  const hidden = DEFAULT_STATUSES.includes(finding.status) ? '' : ' hidden';
  const evidence = finding.evidence === undefined ? '' : `<span class="sub">Evidence: <code>${e(truncate(toText(finding.evidence), MAX_EVIDENCE))}</code></span>`;
  const waived = waiver ? `<span class="sub">Waived (${e(waiver.kind)}): ${e(waiver.reason)}${waiver.approvedBy ? `; approved by ${e(waiver.approvedBy)}` : ''}${waiver.expires ? `; expires ${e(waiver.expires)}` : ''}</span>` : '';
  const doc = location.document === undefined ? '' : `<span class="sub">document ${location.document + 1}</span>`;
  return (
    `<div class="frow" role="row" data-sev="${e(finding.severity)}" data-status="${e(finding.status)}"${hidden}>` +
    `<span role="cell"><span class="pill st-${e(finding.status)}">${e(STATUS_LABEL[finding.status] ?? finding.status)}</span></span>` +
    `<span role="cell"><span class="pill sev-${e(finding.severity)}">${e(finding.severity)}</span></span>` +
    `<span role="cell"><span class="mono">${e(finding.ruleId)}</span><span class="sub">${e(ruleTitle(finding, rules))}</span></span>` +
    `<span role="cell" class="loc">${locationLink(location.path, location.startLine, location.startColumn, linkBase)}${doc}</span>` +
    `<span role="cell">${e(formatResource(finding.resource))}</span>` +
    `<span role="cell" class="msg">${e(finding.message)}${evidence}${waived}</span>` +
    `<span role="cell" class="mono">${e(finding.controls.join(', '))}</span></div>`
  );
}

function checkbox(group: 'sev' | 'status', value: string, label: string, checked: boolean): string {
  return `<label><input type="checkbox" data-filter="${group}" value="${e(value)}"${checked ? ' checked' : ''}> ${e(label)}</label>`;
}

/**
 * Every finding, rendered server-side as grid rows (`content-visibility: auto`, so 20,000 rows lay out quickly);
 * the inline script filters rows by severity, status and text.
 */
export function findingsSection(result: Result, linkBase: string | undefined): string {
  const rules = ruleIndex(result);
  const visible = result.findings.filter((f) => DEFAULT_STATUSES.includes(f.status)).length;
  const filters =
    `<div class="filters">` +
    `<fieldset><legend>Severity</legend>${SEVERITIES.map((s) => checkbox('sev', s, s, true)).join('')}</fieldset>` +
    `<fieldset><legend>Status</legend>${STATUS_ORDER.map((s) => checkbox('status', s, STATUS_LABEL[s], DEFAULT_STATUSES.includes(s))).join('')}</fieldset>` +
    `<input type="search" id="search" placeholder="Search rule, path, resource, message…" aria-label="Search findings">` +
    `<span class="count">Showing <strong id="shown">${visible}</strong> of ${formatCount(result.findings.length)}</span></div>`;
  const body = result.findings.map((f) => row(f, rules, linkBase)).join('\n');
  return (
    `<section id="findings-section"><h2>Findings</h2>${filters}` +
    `<div id="findings-wrap" hidden><div id="findings" role="table" aria-label="Findings">` +
    `<div class="frow fhead" role="row">${['Status', 'Severity', 'Rule', 'Location', 'Resource', 'Message', 'Controls'].map((h) => `<span role="columnheader">${h}</span>`).join('')}</div>` +
    `<div class="fbody" role="rowgroup">\n${body}\n</div></div></div>` +
    (result.findings.length === 0 ? '<p class="empty">No findings.</p>' : '') +
    `</section>`
  );
}
