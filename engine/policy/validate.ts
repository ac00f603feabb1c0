import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Diagnostic, ErrorCode } from '../types.js';
import { diagnosticAt, type PolicyFile } from './policy-file.js';
import { precompiled } from './precompiled-validators.js';
import ruleSchema from '../schema/rule.schema.json' with { type: 'json' };
import packSchema from '../schema/pack.schema.json' with { type: 'json' };
import configSchema from '../schema/config.schema.json' with { type: 'json' };
import casesSchema from '../schema/cases.schema.json' with { type: 'json' };

/** The policy-side schemas by name. Add one: a JSON file in engine/schema/ and one line here. */
export const policySchemas = {
  rule: ruleSchema,
  pack: packSchema,
  config: configSchema,
  cases: casesSchema,
} satisfies Record<string, object>;

export type PolicySchemaName = keyof typeof policySchemas;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The shared ajv instance (draft-07, all errors, formats). */
export function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
  }
  return ajv;
}

/** Register an extra schema (e.g. exceptions) under a name. */
export function registerSchema(name: string, schema: object): void {
  compiled.set(name, getAjv().compile(schema));
}

function validatorFor(name: string): ValidateFunction {
  let v = compiled.get(name) ?? precompiled?.[name];
  if (!v) {
    const schema = (policySchemas as Record<string, object>)[name];
    if (!schema) throw new Error(`no schema named ${name}`);
    v = getAjv().compile(schema);
    compiled.set(name, v);
  }
  return v;
}

/** Turn one ajv error into a readable sentence. */
export function describeAjvError(e: ErrorObject): string {
  const where = e.instancePath ? `${e.instancePath}` : 'the top level';
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key "${(e.params as { additionalProperty: string }).additionalProperty}" at ${where}`;
    case 'required':
      return `missing required key "${(e.params as { missingProperty: string }).missingProperty}" at ${where}`;
    case 'enum':
      return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

/** Pointer to point at for an ajv error: the unknown key itself for additionalProperties. */
function errorPointer(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty.replace(/~/g, '~0').replace(/\//g, '~1');
    return `${e.instancePath}/${key}`;
  }
  return e.instancePath;
}

/** Validate a policy file's data against a named schema; every error becomes a `file:line:column` diagnostic. */
export function validatePolicyFile(file: PolicyFile, name: string, code: ErrorCode): Diagnostic[] {
  if (file.data === undefined) return [];
  const v = validatorFor(name);
  if (v(file.data)) return [];
  const errors = (v.errors ?? []).filter((e) => !(e.keyword === 'oneOf' || e.keyword === 'if'));
  const list = errors.length ? errors : v.errors ?? [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of list) {
    const d = diagnosticAt(file, errorPointer(e), code, describeAjvError(e));
    const key = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}
