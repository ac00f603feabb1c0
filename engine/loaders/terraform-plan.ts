import { JSON_SCHEMA } from 'js-yaml';
import type { Document, Target } from '../types.js';
import type { Loader } from './loader.js';
import { readYaml } from '../source/yaml-source.js';
import { joinPointer } from '../source/pointer.js';
import { referenceIndex, type ResourceEntry } from './terraform-references.js';
import { isRecord as isObject, setOwn } from './is-record.js';

/**
 * Terraform plan JSON (`terraform show -json PLAN`), recognised by content (`format_version` plus
 * `planned_values` or `resource_changes`). One target per resource in `planned_values` (root and child modules,
 * recursively), plus data sources only found in `prior_state`; positions point into the JSON.
 *
 * Normalised to look like the `.tf` view so one rule serves both (`match.type: [terraform, terraform-plan]`):
 * kind = type (`data.TYPE` for data sources), address = the full resource address, value = `values`, nested
 * blocks are arrays in both. Values unknown until apply (`after_unknown`) appear as `{"$expr": "(known after apply)"}`,
 * as references do in `.tf`. `facts.referencedBy` comes from `configuration` expression references.
 */

const UNKNOWN = Object.freeze({ $expr: '(known after apply)' });

interface PlannedResource {
  pointer: string;
  raw: Record<string, unknown>;
  module: string;
}

/** Walk a module tree (`root_module` with `child_modules`), collecting resources with their pointers. */
function collect(mod: unknown, pointer: string, out: PlannedResource[], depth = 0): void {
  if (!isObject(mod) || depth > 50) return;
  const module = typeof mod.address === 'string' ? mod.address.replace(/\[[^\]]*\]/g, '') : '';
  if (Array.isArray(mod.resources)) {
    mod.resources.forEach((r, i) => {
      if (isObject(r) && typeof r.type === 'string' && typeof r.name === 'string') out.push({ pointer: joinPointer(pointer, 'resources', i), raw: r, module });
    });
  }
  if (Array.isArray(mod.child_modules)) mod.child_modules.forEach((c, i) => collect(c, joinPointer(pointer, 'child_modules', i), out, depth + 1));
}

/** Module key (`module.a.module.b`) → `TYPE.NAME` → references from `configuration`. */
function configReferences(config: unknown): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  const walk = (mod: unknown, key: string, depth: number) => {
    if (!isObject(mod) || depth > 50) return;
    const byAddr = new Map<string, Set<string>>();
    out.set(key, byAddr);
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (!isObject(r) || r.mode === 'data') continue;
      const refs = new Set<string>();
      gather(r.expressions, refs, 0);
      byAddr.set(`${r.type}.${r.name}`, refs);
    }
    if (isObject(mod.module_calls)) {
      for (const name of Object.keys(mod.module_calls).sort()) {
        const call = mod.module_calls[name];
        if (isObject(call)) walk(call.module, key ? `${key}.module.${name}` : `module.${name}`, depth + 1);
      }
    }
  };
  walk(isObject(config) ? config.root_module : undefined, '', 0);
  return out;
}

function gather(v: unknown, refs: Set<string>, depth: number): void {
  if (depth > 64 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) return v.forEach((x) => gather(x, refs, depth + 1));
  const rec = v as Record<string, unknown>;
  if (Array.isArray(rec.references)) {
    for (const r of rec.references) {
      const m = typeof r === 'string' ? /^(?:data\.)?([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/.exec(r) : null;
      if (m) refs.add(`${m[1]}.${m[2]}`);
    }
  }
  for (const k of Object.keys(rec)) if (k !== 'references') gather(rec[k], refs, depth + 1);
}

/** Copy of `values` with every `after_unknown: true` leaf that has no value replaced by the unknown marker. */
function withUnknowns(values: unknown, unknown: unknown, depth = 0): unknown {
  if (unknown === true && (values === undefined || values === null)) return UNKNOWN;
  if (depth > 64) return values;
  if (Array.isArray(unknown)) {
    const arr = Array.isArray(values) ? [...values] : [];
    unknown.forEach((u, i) => {
      const v = withUnknowns(arr[i], u, depth + 1);
      if (v !== undefined) arr[i] = v;
    });
    return Array.isArray(values) || arr.length ? arr : values;
  }
  if (isObject(unknown)) {
    const obj: Record<string, unknown> = isObject(values) ? { ...values } : {};
    for (const k of Object.keys(unknown)) {
      const v = withUnknowns(obj[k], unknown[k], depth + 1);
      if (v !== undefined) setOwn(obj, k, v);
    }
    return isObject(values) || Object.keys(obj).length ? obj : values;
  }
  return values;
}

function planTargets(document: Document): Target[] {
  const data = document.data;
  if (!isObject(data)) return [];
  const planned: PlannedResource[] = [];
  collect(isObject(data.planned_values) ? data.planned_values.root_module : undefined, '/planned_values/root_module', planned);
  const seen = new Set(planned.map((p) => p.raw.address));
  const prior: PlannedResource[] = [];
  const priorValues = isObject(data.prior_state) ? data.prior_state.values : undefined;
  collect(isObject(priorValues) ? priorValues.root_module : undefined, '/prior_state/values/root_module', prior);
  for (const p of prior) if (p.raw.mode === 'data' && !seen.has(p.raw.address)) planned.push(p);

  const unknowns = new Map<unknown, unknown>();
  for (const rc of Array.isArray(data.resource_changes) ? data.resource_changes : []) {
    if (isObject(rc) && isObject(rc.change)) unknowns.set(rc.address, rc.change.after_unknown);
  }
  const refs = configReferences(data.configuration);
  const entries = planned.map((p) => {
    const values = withUnknowns(isObject(p.raw.values) ? p.raw.values : {}, unknowns.get(p.raw.address));
    const local = `${p.raw.type}.${p.raw.name}`;
    const entry: ResourceEntry = { address: local, type: String(p.raw.type), value: values as Record<string, unknown>, references: refs.get(p.module)?.get(local) ?? new Set() };
    return { p, entry };
  });
  const byModule = new Map<string, ResourceEntry[]>();
  for (const e of entries) {
    if (e.p.raw.mode === 'data') continue;
    const list = byModule.get(e.p.module);
    if (list) list.push(e.entry);
    else byModule.set(e.p.module, [e.entry]);
  }
  const indexes = new Map<string, (t: ResourceEntry) => Record<string, unknown[]>>();
  for (const [module, list] of byModule) indexes.set(module, referenceIndex(list));
  return entries.map(({ p, entry }) => {
    const dataMode = p.raw.mode === 'data';
    const address = typeof p.raw.address === 'string' ? p.raw.address : (dataMode ? 'data.' : '') + entry.address;
    return {
      document,
      pointer: `${p.pointer}/values`,
      resource: { type: 'terraform-plan', kind: dataMode ? `data.${entry.type}` : entry.type, name: String(p.raw.name), address },
      value: entry.value,
      facts: { mode: dataMode ? 'data' : 'managed', module: p.module, referencedBy: dataMode ? {} : indexes.get(p.module)!(entry) },
    } satisfies Target;
  });
}

export const terraformPlan: Loader = {
  type: 'terraform-plan',
  description: 'Terraform plan JSON (`terraform show -json`), resources from planned_values with positions in the JSON',
  accepts: (path) => /\.json$/i.test(path),
  sniff: (file) => /"format_version"\s*:/.test(file.text.slice(0, 4096)) && /"(planned_values|resource_changes)"\s*:/.test(file.text),
  parse: (file, limits) => readYaml(file, { schema: JSON_SCHEMA, limits, type: 'terraform-plan', json: true }),
  targets: planTargets,
};
