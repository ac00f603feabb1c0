import type { ControlMeta, Diagnostic, PackRef, RuleMeta } from '../types.js';
import type { BoundRule } from '../evaluate/evaluate.js';
import type { LoadedPack } from './load-pack.js';
import { SEVERITIES, type Severity } from '../types.js';

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/** The rules of a run, bound to their packs and indexed by (input type, kind) so each target meets only its rules. */
export interface PolicySet {
  packs: LoadedPack[];
  bound: BoundRule[];
  /** Input types some rule runs on: files of other types are not parsed at all. */
  types: Set<string>;
  rulesFor(type: string, kind: string | undefined): BoundRule[];
  packRefs: PackRef[];
  rules: RuleMeta[];
  controls: ControlMeta[];
}

/** Parameters and severity as one string: bindings with equal keys behave identically and can share one run. */
const behaviour = (params: Record<string, unknown>, severity: string): string => JSON.stringify([severity, Object.keys(params).sort().map((k) => [k, params[k]])]);

/**
 * Bind the rules of several packs. A rule in several packs runs once, carrying every pack and control, when they
 * give it the same parameters and severity; otherwise once per distinct setting (pss-baseline and pss-restricted
 * share rules with a different `level`), and identical findings are merged afterwards (scan/result.ts).
 */
export function buildPolicySet(packs: LoadedPack[], userParams: Record<string, unknown>, diagnostics: Diagnostic[]): PolicySet {
  const byId = new Map<string, BoundRule[]>();
  const controlsMeta: ControlMeta[] = [];
  for (const pack of packs) {
    const controlsOf = new Map<string, string[]>();
    for (const c of pack.controls) {
      for (const r of c.rules) controlsOf.set(r, [...(controlsOf.get(r) ?? []), c.id]);
      controlsMeta.push({ id: c.id, title: c.title, description: c.description, pack: pack.id, frameworks: c.frameworks ?? {}, rules: c.rules.filter((r) => pack.rules.has(r)) });
    }
    for (const [id, rule] of pack.rules) {
      const bindings = byId.get(id) ?? [];
      const controls = controlsOf.get(id) ?? [];
      const severity = pack.severity[id] ?? rule.severity;
      if (bindings.length && bindings[0].rule.digest !== rule.digest) {
        const other = bindings[0].rule;
        diagnostics.push({ path: rule.source.path, line: rule.source.line, column: 1, code: 'duplicate-rule', message: `rule id "${id}" is also defined in ${other.source.path}:${other.source.line}` });
        continue;
      }
      const same = bindings.find((b) => behaviour(b.params, b.severity) === behaviour(pack.params, severity));
      if (same) {
        same.packs.push(pack.id);
        for (const c of controls) if (!same.controls.includes(c)) same.controls.push(c);
        continue;
      }
      bindings.push({ key: id, rule, severity, params: pack.params, packs: [pack.id], controls: [...controls] });
      byId.set(id, bindings);
    }
  }
  for (const key of Object.keys(userParams)) {
    const dot = key.indexOf('.');
    const [packId, name] = dot > 0 ? [key.slice(0, dot), key.slice(dot + 1)] : [undefined, key];
    const declared = packs.some((p) => (!packId || p.id === packId) && name in p.parameters);
    if (!declared) diagnostics.push({ path: '<parameters>', line: 1, column: 1, code: 'usage', message: `no selected pack declares parameter "${key}"` });
  }
  for (const bindings of byId.values()) if (bindings.length > 1) for (const b of bindings) b.key = `${b.rule.id}@${b.packs[0]}`;
  const bound = [...byId.values()].flat().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const b of bound) b.controls.sort();
  const index = new Map<string, { any: BoundRule[]; byKind: Map<string, BoundRule[]> }>();
  for (const b of bound) {
    for (const type of b.rule.types) {
      let entry = index.get(type);
      if (!entry) index.set(type, (entry = { any: [], byKind: new Map() }));
      if (!b.rule.kinds) entry.any.push(b);
      else for (const k of b.rule.kinds) entry.byKind.set(k, [...(entry.byKind.get(k) ?? []), b]);
    }
  }
  const memo = new Map<string, BoundRule[]>();
  return {
    packs,
    bound,
    types: new Set(index.keys()),
    rulesFor(type, kind) {
      const key = `${type}\u0000${kind ?? ''}`;
      let list = memo.get(key);
      if (!list) {
        const entry = index.get(type);
        list = entry ? [...entry.any, ...(kind ? entry.byKind.get(kind) ?? [] : [])].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) : [];
        memo.set(key, list);
      }
      return list;
    },
    packRefs: packs.map((p) => ({ id: p.id, version: p.version, digest: p.digest, params: p.params, title: p.title, source: p.source })),
    rules: ruleMeta(bound),
    controls: controlsMeta.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.pack < b.pack ? -1 : 1)),
  };
}

/** One entry per rule id, whatever its bindings: packs and controls united, the most severe severity. */
function ruleMeta(bound: BoundRule[]): RuleMeta[] {
  const out = new Map<string, RuleMeta>();
  for (const b of bound) {
    const m = out.get(b.rule.id);
    if (m) {
      m.packs = [...new Set([...m.packs, ...b.packs])];
      m.controls = [...new Set([...m.controls, ...b.controls])].sort();
      if (rank(b.severity) < rank(m.severity)) m.severity = b.severity;
      continue;
    }
    out.set(b.rule.id, {
      id: b.rule.id,
      title: b.rule.title,
      severity: b.severity,
      description: b.rule.description,
      rationale: b.rule.rationale,
      remediation: b.rule.remediation,
      references: b.rule.references,
      controls: [...b.controls],
      packs: [...b.packs],
    });
  }
  return [...out.values()];
}
