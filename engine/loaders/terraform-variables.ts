import type { Document } from '../types.js';
import { isExpr } from '../source/hcl-source.js';
import { hasOwn, isRecord as isObject, setOwn } from './is-record.js';

/**
 * Input variables and locals of a module, so `storage_encrypted = var.encrypted` is judged by the value Terraform
 * would use when nothing else is given: `terraform.tfvars` and `*.auto.tfvars` beside the module (later files
 * win), else the variable's `default`; `local.x` by its literal value. Only whole-value references
 * (`var.x`, `local.x`, `"${var.x}"`) are replaced, and only by values without expressions of their own; anything
 * else stays `{"$expr": ...}`. Values given on the command line or by a calling module are not known here: scan
 * the plan for those.
 */

const REF = /^(var|local)\.([A-Za-z_][\w-]*)$/;
const MAX_DEPTH = 16;

function hasExpr(v: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (isExpr(v)) return true;
  if (Array.isArray(v)) return v.some((x) => hasExpr(x, depth + 1));
  if (isObject(v)) return Object.keys(v).some((k) => hasExpr(v[k], depth + 1));
  return false;
}

/** A resolver for one module: module documents (`.tf`) and tfvars documents in load order. */
export function variableResolver(module: Document[], tfvars: Document[]): (value: unknown) => unknown {
  const vars = new Map<string, unknown>();
  const locals = new Map<string, unknown>();
  for (const d of module) {
    const data = d.data;
    if (!isObject(data)) continue;
    if (isObject(data.variable)) {
      for (const [name, body] of Object.entries(data.variable)) {
        if (isObject(body) && hasOwn(body, 'default')) vars.set(name, body.default);
      }
    }
    if (isObject(data.locals)) for (const [name, v] of Object.entries(data.locals)) locals.set(name, v);
  }
  for (const d of tfvars) if (isObject(d.data)) for (const [name, v] of Object.entries(d.data)) vars.set(name, v);
  if (vars.size === 0 && locals.size === 0) return (v) => v;

  const lookup = (expr: string, depth: number): unknown => {
    const m = REF.exec(expr);
    if (!m || depth > MAX_DEPTH) return undefined;
    const found = m[1] === 'var' ? vars.get(m[2]) : locals.get(m[2]);
    if (found === undefined) return undefined;
    if (isExpr(found)) return lookup(found.$expr, depth + 1);
    return hasExpr(found) ? undefined : found;
  };
  const resolve = (v: unknown, depth: number): unknown => {
    if (depth > 64) return v;
    if (isExpr(v)) {
      const r = lookup(v.$expr, 0);
      return r === undefined ? v : structuredClone(r);
    }
    if (Array.isArray(v)) return v.map((x) => resolve(x, depth + 1));
    if (isObject(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) setOwn(out, k, resolve(v[k], depth + 1));
      return out;
    }
    return v;
  };
  return (v) => resolve(v, 0);
}
