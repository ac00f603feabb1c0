import { SEVERITIES, type Result, type Severity, type Status } from '../../engine/types.js';
import { escapeHtml as e } from '../escape/html.js';
import { POSTURE_STATES, countStates, type ControlPosture, type PostureState } from '../model/posture.js';
import { bars, donut, formatCount, type Datum } from './charts.js';

/** Fill colours (literal, matching the stylesheet's variables). */
export const SEVERITY_COLOR: Record<Severity, string> = { critical: '#6f42c1', high: '#cf222e', medium: '#bc4c00', low: '#9a6700', info: '#0969da' };
export const STATUS_COLOR: Record<Status, string> = { fail: '#cf222e', pass: '#1a7f37', waived: '#8250df', error: '#bc4c00', skip: '#6e7781' };
export const POSTURE_COLOR: Record<PostureState, string> = { failed: '#cf222e', waived: '#8250df', passed: '#1a7f37', 'not-tested': '#8c959f' };
export const STATUS_LABEL: Record<Status, string> = { fail: 'Failed', pass: 'Passed', waived: 'Waived', error: 'Not evaluated', skip: 'Not applicable' };
export const POSTURE_LABEL: Record<PostureState, string> = { failed: 'Failed', waived: 'Waived', passed: 'Passed', 'not-tested': 'Not tested' };

function card(label: string, value: string, extra = ''): string {
  return `<div class="card${extra}"><div class="label">${e(label)}</div><div class="value">${value}</div></div>`;
}

/** Verdict, key counts, and charts of statuses, failing severities and control posture (`controls` from controlPostures). */
export function executiveSummary(result: Result, controls: readonly ControlPosture[]): string {
  const { byStatus, bySeverity, verdict, failOn } = result.summary;
  const count = (status: Status) => byStatus?.[status] ?? 0;
  const states = countStates(controls);
  const cards = [
    card('Verdict', verdict === 'fail' ? 'FAIL' : 'PASS', verdict === 'fail' ? ' verdict-fail' : ' verdict-pass'),
    card('Failing findings', formatCount(count('fail'))),
    card('Waived', formatCount(count('waived'))),
    card('Passed checks', formatCount(count('pass'))),
    card('Not evaluated', formatCount(count('error') + result.errors.length)),
    card('Controls failing', `${formatCount(states.failed)} / ${formatCount(controls.length)}`),
  ];
  const statusData: Datum[] = (['fail', 'waived', 'error', 'skip', 'pass'] as const).map((s) => ({ label: STATUS_LABEL[s], value: count(s), color: STATUS_COLOR[s] }));
  const severityData: Datum[] = SEVERITIES.map((s) => ({ label: s[0].toUpperCase() + s.slice(1), value: bySeverity?.[s] ?? 0, color: SEVERITY_COLOR[s] }));
  const postureData: Datum[] = POSTURE_STATES.map((s) => ({ label: POSTURE_LABEL[s], value: states[s], color: POSTURE_COLOR[s] }));
  const threshold = failOn === 'none' ? 'The run never fails on findings (fail-on: none).' : `The run fails when a finding of severity ${e(failOn)} or worse fails.`;
  return (
    `<section id="summary"><h2>Executive summary</h2>` +
    `<p>${formatCount(result.summary.files)} files, ${formatCount(result.summary.documents)} documents and ${formatCount(result.summary.resources)} resources evaluated against ${formatCount(result.packs.length)} policy packs. ${threshold}</p>` +
    `<div class="cards">${cards.join('')}</div>` +
    `<div class="charts">` +
    `<div class="chart"><h3>Findings by status</h3>${donut(statusData, 'Findings by status')}</div>` +
    `<div class="chart"><h3>Failing findings by severity</h3>${bars(severityData, 'Failing findings by severity')}</div>` +
    `<div class="chart"><h3>Controls by posture</h3>${donut(postureData, 'Controls by posture')}</div>` +
    `</div></section>`
  );
}
