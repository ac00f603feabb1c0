import type { Finding, Result } from '../../engine/types.js';
import { byText } from '../model/order.js';
import { emptyCounts, postureOf, type ControlPosture, type PostureState, type StatusCounts } from '../model/posture.js';
import type { UuidFactory } from './uuid.js';
import { prop, text, token } from './values.js';
import { toolOrigin } from './observations.js';

const STATE: Record<PostureState, { state: 'satisfied' | 'not-satisfied'; reason: 'pass' | 'fail' | 'other' }> = {
  passed: { state: 'satisfied', reason: 'pass' },
  failed: { state: 'not-satisfied', reason: 'fail' },
  waived: { state: 'not-satisfied', reason: 'other' },
  'not-tested': { state: 'not-satisfied', reason: 'other' },
};

const REMARKS: Record<PostureState, string> = {
  passed: 'Every evaluated finding passed.',
  failed: 'At least one finding failed.',
  waived: 'No finding failed; at least one failure is waived (an approved deviation, see the related risks).',
  'not-tested': 'Not tested: nothing was evaluated for this objective, only not-applicable results, or evaluation errors.',
};

interface Target {
  id: string;
  title: string;
  kind: 'control' | 'rule';
  counts: StatusCounts;
  state: PostureState;
  findings: Finding[];
}

/** Controls (with their rules' findings), plus one target per rule that belongs to no control. */
function targets(result: Result, postures: readonly ControlPosture[]): Target[] {
  const byControl = new Map<string, Finding[]>();
  const byRule = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const add = (map: Map<string, Finding[]>, key: string) => {
      const list = map.get(key);
      if (list) list.push(finding);
      else map.set(key, [finding]);
    };
    if (finding.controls.length === 0) add(byRule, finding.ruleId);
    for (const id of finding.controls) add(byControl, id);
  }
  const controls: Target[] = postures.map((c) => ({ id: c.id, title: c.title, kind: 'control', counts: c.counts, state: c.state, findings: byControl.get(c.id) ?? [] }));
  const rules: Target[] = [...byRule.keys()].sort(byText).map((id) => {
    const findings = byRule.get(id) ?? [];
    const counts = emptyCounts();
    findings.forEach((f) => counts[f.status]++);
    return { id, title: findings[0]?.title ?? id, kind: 'rule', counts, state: postureOf(counts), findings };
  });
  return [...controls, ...rules];
}

/** One OSCAL finding per control (`controls` from controlPostures) or control-less rule, targeting its id, linked to observations and risks. */
export function oscalFindings(result: Result, controls: readonly ControlPosture[], ids: UuidFactory, toolUuid: string, observations: Map<Finding, string>, risks: Map<Finding, string>): Record<string, unknown>[] {
  return targets(result, controls).map((target) => {
    const related = target.findings.map((f) => observations.get(f)).filter((u): u is string => u !== undefined);
    const relatedRisks = target.findings.map((f) => risks.get(f)).filter((u): u is string => u !== undefined);
    const c = target.counts;
    return {
      uuid: ids.id('finding', `${target.kind}:${target.id}`),
      title: text(`${target.kind === 'control' ? 'Control' : 'Rule'} ${target.id}: ${target.title}`),
      description: text(`${c.fail} failed, ${c.waived} waived, ${c.pass} passed, ${c.error} not evaluated, ${c.skip} not applicable.`),
      props: [...prop('target-kind', target.kind), ...prop('posture', target.state), ...(token(target.id) === target.id ? [] : prop('original-id', target.id))],
      origins: toolOrigin(toolUuid),
      target: {
        type: 'objective-id',
        'target-id': token(target.id),
        title: text(target.title),
        status: { state: STATE[target.state].state, reason: STATE[target.state].reason },
        remarks: REMARKS[target.state],
      },
      ...(related.length > 0 ? { 'related-observations': related.map((uuid) => ({ 'observation-uuid': uuid })) } : {}),
      ...(relatedRisks.length > 0 ? { 'related-risks': relatedRisks.map((uuid) => ({ 'risk-uuid': uuid })) } : {}),
    };
  });
}
