import type { Result } from '../../engine/types.js';
import { escapeHtml as e } from '../escape/html.js';
import { POSTURE_STATES, frameworkPostures, type ControlPosture, type PostureState } from '../model/posture.js';
import { formatCount, legend, stacked } from './charts.js';
import { POSTURE_COLOR, POSTURE_LABEL } from './summary.js';

function pill(state: PostureState): string {
  return `<span class="pill ps-${state}">${POSTURE_LABEL[state]}</span>`;
}

/** Posture per framework (requirements by state) and per control (`controls` from controlPostures: state and finding counts). */
export function postureSection(result: Result, controls: readonly ControlPosture[]): string {
  const frameworks = frameworkPostures(result);
  const frameworkRows = frameworks.map((fw) => {
    const data = POSTURE_STATES.map((s) => ({ label: POSTURE_LABEL[s], value: fw.states[s], color: POSTURE_COLOR[s] }));
    const requirements = fw.requirements.map((r) => `<tr><td class="mono">${e(r.id)}</td><td>${pill(r.state)}</td><td class="num">${r.counts.fail}</td><td class="num">${r.counts.waived}</td><td class="num">${r.counts.pass}</td><td class="num">${r.counts.error}</td><td class="num">${r.counts.skip}</td></tr>`);
    return (
      `<tr><td><strong>${e(fw.id)}</strong><details><summary>${formatCount(fw.requirements.length)} requirements</summary>` +
      `<table><thead><tr><th>Requirement</th><th>Posture</th><th class="num">Failed</th><th class="num">Waived</th><th class="num">Passed</th><th class="num">Not evaluated</th><th class="num">N/A</th></tr></thead><tbody>${requirements.join('')}</tbody></table></details></td>` +
      `<td>${stacked(data, `${fw.id} requirements by posture`)}</td>` +
      POSTURE_STATES.map((s) => `<td class="num">${formatCount(fw.states[s])}</td>`).join('') +
      `</tr>`
    );
  });
  const frameworkTable = frameworks.length === 0
    ? '<p class="empty">No control maps to a framework.</p>'
    : `<table><thead><tr><th>Framework</th><th>Requirements</th>${POSTURE_STATES.map((s) => `<th class="num">${POSTURE_LABEL[s]}</th>`).join('')}</tr></thead><tbody>${frameworkRows.join('')}</tbody></table>` +
      legend(POSTURE_STATES.map((s) => ({ label: POSTURE_LABEL[s], value: frameworks.reduce((n, fw) => n + fw.states[s], 0), color: POSTURE_COLOR[s] })));
  const controlRows = controls.map((c) => {
    const mappings = Object.entries(c.frameworks).map(([fw, ids]) => `<div>${e(fw)}: ${e(ids.join(', '))}</div>`).join('');
    return (
      `<tr><td class="mono">${e(c.id)}</td><td>${e(c.title)}</td><td class="mono">${e(c.pack ?? '')}</td><td class="mono">${mappings}</td><td>${pill(c.state)}</td>` +
      `<td class="num">${c.counts.fail}</td><td class="num">${c.counts.waived}</td><td class="num">${c.counts.pass}</td><td class="num">${c.counts.error}</td><td class="num">${c.counts.skip}</td></tr>`
    );
  });
  const controlTable = controls.length === 0
    ? '<p class="empty">No controls in this run.</p>'
    : `<div class="table-wrap"><table><thead><tr><th>Control</th><th>Title</th><th>Pack</th><th>Frameworks</th><th>Posture</th><th class="num">Failed</th><th class="num">Waived</th><th class="num">Passed</th><th class="num">Not evaluated</th><th class="num">N/A</th></tr></thead><tbody>${controlRows.join('')}</tbody></table></div>`;
  return (
    `<section id="posture"><h2>Compliance posture</h2>` +
    `<p class="sub">Failed: at least one failing finding. Waived: no failures, at least one waived finding. Passed: findings passed and none could not be evaluated. Not tested: nothing evaluated, only not-applicable results, or evaluation errors.</p>` +
    `<h3>By framework</h3>${frameworkTable}<h3>By control</h3>${controlTable}</section>`
  );
}
