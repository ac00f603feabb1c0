import type { Result } from '../../engine/types.js';
import { escapeHtml as e } from '../escape/html.js';
import { formatResource, isExpired } from '../model/describe.js';
import { locationLink } from './links.js';

/** Every waived finding with its waiver: kind, reason, approver, ticket, expiry (flagged when past at run time), source. */
export function waiversSection(result: Result, linkBase: string | undefined): string {
  const waived = result.findings.filter((f) => f.status === 'waived' || f.waiver !== undefined);
  const rows = waived.map((f) => {
    const w = f.waiver;
    const expired = isExpired(w?.expires, result.run.startedAt) ? ' <span class="expired">expired</span>' : '';
    const source = w?.source ? `${e(w.source.path)}:${e(w.source.line)}` : '';
    return (
      `<tr><td class="mono">${e(f.ruleId)}</td><td class="loc">${locationLink(f.location.path, f.location.startLine, f.location.startColumn, linkBase)}</td>` +
      `<td>${e(formatResource(f.resource))}</td><td>${e(w?.kind ?? '')}</td><td>${e(w?.reason ?? '')}</td><td>${e(w?.approvedBy ?? '')}</td>` +
      `<td>${e(w?.ticket ?? '')}</td><td class="mono">${e(w?.expires ?? '')}${expired}</td><td class="mono">${source}</td></tr>`
    );
  });
  const table = rows.length === 0
    ? '<p class="empty">No findings were waived.</p>'
    : `<div class="table-wrap"><table><thead><tr><th>Rule</th><th>Location</th><th>Resource</th><th>Kind</th><th>Reason</th><th>Approved by</th><th>Ticket</th><th>Expires</th><th>Declared at</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return `<section id="waivers"><h2>Waivers (${waived.length})</h2>${table}</section>`;
}

/** Files, policies and rules that could not be evaluated. */
export function errorsSection(result: Result, linkBase: string | undefined): string {
  const rows = [
    ...result.errors.map((d) => `<tr><td class="loc">${locationLink(d.path, d.line, d.column, linkBase)}</td><td class="mono">${e(d.code)}</td><td>${e(d.message)}</td></tr>`),
    ...result.findings
      .filter((f) => f.status === 'error')
      .map((f) => `<tr><td class="loc">${locationLink(f.location.path, f.location.startLine, f.location.startColumn, linkBase)}</td><td class="mono">${e(f.ruleId)}</td><td>${e(f.message)}</td></tr>`),
  ];
  const table = rows.length === 0
    ? '<p class="empty">Everything was evaluated.</p>'
    : `<table><thead><tr><th>Location</th><th>Code or rule</th><th>Message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<section id="errors"><h2>Not evaluated (${rows.length})</h2>${table}</section>`;
}
