import type { ErrorObject } from 'ajv';
import type { Finding, Severity, Status, Target } from '../types.js';
import type { Rule } from '../policy/rule.js';
import { select, type Selected } from './select.js';
import { renderTemplate } from './template.js';
import { truthy } from './logic.js';
import { fingerprint, semanticPointer } from './fingerprint.js';
import { getAt, appendPointer } from '../source/pointer.js';

/** A rule as bound into a run: the pack's severity override, parameters, and the controls it implements. */
export interface BoundRule {
  /** Identity of this binding: the rule id, or `id@pack` when packs run the same rule with different parameters or severity. */
  key: string;
  rule: Rule;
  severity: Severity;
  params: Record<string, unknown>;
  packs: string[];
  controls: string[];
}

/** Counts passes and skips without materialising findings (the default: results keep failures, not passes). */
export interface Tally {
  pass(bound: BoundRule): void;
  skip(bound: BoundRule): void;
}

const MAX_EVIDENCE = 2000;

/**
 * Evidence is kept small and detached: long strings are cut, and structures are copied (or cut to their JSON
 * text), so a finding never holds on to its document's parse tree after the file is done.
 */
export function clipEvidence(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.length > MAX_EVIDENCE ? value.slice(0, MAX_EVIDENCE) + '…' : value;
  if (value === null || typeof value !== 'object') return value;
  const s = JSON.stringify(value);
  return s.length > MAX_EVIDENCE ? s.slice(0, MAX_EVIDENCE) + '…' : JSON.parse(s);
}

/**
 * What every rule sees of a target, computed once per target: the data object rules read (reused from rule to
 * rule and node to node: rules cannot keep or modify it) and the nodes each distinct `select` picks.
 */
interface TargetView {
  data: Record<string, unknown>;
  selections: Map<string, Selected[]>;
}

const views = new WeakMap<Target, TargetView>();

function viewOf(target: Target): TargetView {
  let v = views.get(target);
  if (!v) {
    const r = target.resource;
    const data: Record<string, unknown> = {
      node: undefined,
      resource: target.value,
      params: undefined,
      target: { type: r.type, kind: r.kind, name: r.name, namespace: r.namespace, address: r.address, path: target.document.path },
      facts: target.facts ?? {},
      key: undefined,
      value: undefined,
    };
    if (target.roots) for (const [name, ptr] of Object.entries(target.roots)) data[name] = getAt(target.value, ptr);
    v = { data, selections: new Map() };
    views.set(target, v);
  }
  return v;
}

function ruleData(target: Target, bound: BoundRule, node: unknown, key?: string): Record<string, unknown> {
  const data = viewOf(target).data;
  data.node = node;
  data.params = bound.params;
  data.key = key;
  data.value = undefined;
  return data;
}

function selected(target: Target, rule: Rule): Selected[] {
  const cache = viewOf(target).selections;
  let nodes = cache.get(rule.selectKey);
  if (!nodes) {
    nodes = select(target.value, rule.select, target.roots);
    cache.set(rule.selectKey, nodes);
  }
  return nodes;
}

/** Where a failure points: the first rule `location` that exists under the node, else the node itself. */
function failurePointer(rule: Rule, resource: unknown, nodePointer: string): string {
  for (const rel of rule.location) {
    const p = appendPointer(nodePointer, rel);
    if (getAt(resource, p) !== undefined) return p;
  }
  return nodePointer;
}

function schemaFailure(errors: ErrorObject[] | null | undefined, nodePointer: string): { pointer: string; detail: string } {
  const e = errors?.[0];
  if (!e) return { pointer: nodePointer, detail: 'does not match the schema' };
  const at = e.instancePath || '';
  if (e.keyword === 'required') {
    return { pointer: nodePointer + at, detail: `${at || 'value'} is missing "${(e.params as { missingProperty: string }).missingProperty}"` };
  }
  if (e.keyword === 'additionalProperties') {
    return { pointer: nodePointer + at, detail: `${at || 'value'} must not have "${(e.params as { additionalProperty: string }).additionalProperty}"` };
  }
  return { pointer: nodePointer + at, detail: `${at || 'value'} ${e.message ?? 'is invalid'}` };
}

/**
 * Run one rule on one target: `when` (applicability), `select` (nodes), then `assert` or `schema` per node.
 * Returns one finding per selected node (pass, fail or error) or one `skip` when the rule does not apply;
 * with a `tally`, passes and skips are only counted.
 */
export function evaluate(bound: BoundRule, target: Target, tally?: Tally): Finding[] {
  const { rule } = bound;
  const doc = target.document;
  const make = (status: Status, pointerInResource: string, message: string, evidence?: unknown): Finding => {
    const location = doc.locate(appendPointer(target.pointer, pointerInResource));
    const f: Finding = {
      ruleId: rule.id,
      title: rule.title,
      packs: bound.packs,
      controls: bound.controls,
      severity: bound.severity,
      status,
      message,
      location,
      resource: target.resource,
      fingerprint: fingerprint(rule.id, doc.path, target.resource, semanticPointer(target.value, pointerInResource)),
    };
    if (evidence !== undefined) f.evidence = clipEvidence(evidence);
    if (rule.remediation && status === 'fail') f.remediation = rule.remediation;
    if (rule.fix && status === 'fail') f.fix = rule.fix;
    return f;
  };
  try {
    if (rule.when && !truthy(rule.when(ruleData(target, bound, target.value)))) {
      if (tally) return tally.skip(bound), [];
      return [make('skip', '', `${rule.title}: not applicable`)];
    }
    const nodes = selected(target, rule);
    if (nodes.length === 0) {
      if (tally) return tally.skip(bound), [];
      return [make('skip', '', `${rule.title}: nothing to check`)];
    }
    const out: Finding[] = [];
    for (const node of nodes) {
      // `key`: the selected node's own key (map key or array index), e.g. an annotation name for `$podMeta/annotations/*`.
      const data = ruleData(target, bound, node.value, node.key);
      let ok: boolean;
      let pointer = node.pointer;
      let detail = '';
      if (rule.schema) {
        ok = rule.schema(node.value) as boolean;
        if (!ok) ({ pointer, detail } = schemaFailure(rule.schema.errors, node.pointer));
      } else {
        ok = truthy(rule.assert!(data));
        if (!ok) pointer = failurePointer(rule, target.value, node.pointer);
      }
      if (ok) {
        if (tally) tally.pass(bound);
        else out.push(make('pass', node.pointer, rule.title));
        continue;
      }
      // Evidence is the value the finding points at. A finding that falls back to a whole node (a missing field)
      // records the node only when it is a scalar: a field that is absent has no value to show.
      const atField = rule.evidence !== undefined || pointer !== node.pointer || rule.schema !== undefined || node.value === null || typeof node.value !== 'object';
      const evidence = atField ? getAt(target.value, rule.evidence !== undefined ? appendPointer(node.pointer, rule.evidence) : pointer) : undefined;
      data.value = evidence;
      const base = rule.message ? renderTemplate(rule.message, data) : rule.title;
      out.push(make('fail', pointer, detail ? `${base}: ${detail}` : base, evidence));
    }
    return out;
  } catch (err) {
    return [make('error', '', `rule ${rule.id} could not be evaluated: ${(err as Error).message ?? String(err)}`)];
  }
}
