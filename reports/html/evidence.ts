import type { Result } from '../../engine/types.js';
import { escapeHtml as e } from '../escape/html.js';
import { byText } from '../model/order.js';

function kv(rows: [string, unknown][]): string {
  const body = rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `<tr><th>${e(k)}</th><td class="mono">${e(v)}</td></tr>`);
  return `<table class="kv">${body.join('')}</table>`;
}

/** Rules evaluated, with description, rationale and remediation (collapsed). */
function rulesTable(result: Result): string {
  const rules = [...(result.rules ?? [])].sort((a, b) => byText(a.id, b.id));
  if (rules.length === 0) return '<p class="empty">No rule metadata in this result.</p>';
  const rows = rules.map((r) => {
    const text = [['Description', r.description], ['Rationale', r.rationale], ['Remediation', r.remediation]]
      .filter(([, v]) => v)
      .map(([k, v]) => `<div><strong>${e(k)}.</strong> ${e(v)}</div>`)
      .join('');
    const refs = (r.references ?? []).map((ref) => `<div class="mono">${e(ref)}</div>`).join('');
    return `<tr><td class="mono">${e(r.id)}</td><td>${e(r.title)}${text || refs ? `<details><summary>Details</summary>${text}${refs}</details>` : ''}</td><td>${e(r.severity)}</td><td class="mono">${e(r.packs.join(', '))}</td><td class="mono">${e(r.controls.join(', '))}</td></tr>`;
  });
  return `<table><thead><tr><th>Rule</th><th>Title</th><th>Severity</th><th>Packs</th><th>Controls</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** What was evaluated, exactly: run, tool, packs with versions, digests and parameters, inputs with sha256, rules, notes. */
export function evidenceSection(result: Result): string {
  const run = kv([
    ['Tool', `${result.tool.name} ${result.tool.version}`],
    ['Run started', result.run.startedAt],
    ['Commit', result.run.commit],
    ['Ref', result.run.ref],
    ['Root', result.run.root],
    ['Changed since', result.run.changedSince],
    ['Shard', result.run.shard],
    ['Fail on', result.summary.failOn],
    ['Result schema', result.schemaVersion],
  ]);
  const packs = result.packs.map(
    (p) => `<tr><td class="mono">${e(p.id)}</td><td>${e(p.title ?? '')}</td><td class="mono">${e(p.version)}</td><td class="mono">${e(p.digest)}</td><td class="mono">${e(p.source ?? '')}</td><td><pre>${e(JSON.stringify(p.params ?? {}, null, 2))}</pre></td></tr>`,
  );
  const inputs = result.inputs.map((i) => `<tr><td class="mono">${e(i.path)}</td><td>${e(i.type)}</td><td class="mono">${e(i.sha256)}</td></tr>`);
  const notes = (result.notes ?? []).map((n) => `<li><span class="mono">${e(n.code)}</span>: ${e(n.message)}${n.path ? ` <span class="mono">(${e(n.path)}${n.line ? `:${e(n.line)}` : ''})</span>` : ''}</li>`);
  return (
    `<section id="evidence"><h2>Evidence appendix</h2><h3>Run</h3>${run}` +
    `<h3>Policy packs (${result.packs.length})</h3>` +
    (packs.length ? `<table><thead><tr><th>Pack</th><th>Title</th><th>Version</th><th>Digest</th><th>Source</th><th>Parameters</th></tr></thead><tbody>${packs.join('')}</tbody></table>` : '<p class="empty">No packs.</p>') +
    `<h3>Inputs (${result.inputs.length})</h3>` +
    (inputs.length ? `<details><summary>${result.inputs.length} files with SHA-256</summary><table><thead><tr><th>Path</th><th>Type</th><th>SHA-256</th></tr></thead><tbody>${inputs.join('')}</tbody></table></details>` : '<p class="empty">No inputs.</p>') +
    `<h3>Rules</h3>${rulesTable(result)}` +
    (notes.length ? `<h3>Notes</h3><ul>${notes.join('')}</ul>` : '') +
    `</section>`
  );
}
