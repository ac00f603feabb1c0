import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../types.js';
import type { RuleSpec } from './spec.js';
import type { Rule } from './rule.js';
import { diagnosticAt, readPolicyFile, type PolicyFile } from './policy-file.js';
import { validatePolicyFile } from './validate.js';
import { checkLogic, compileLogic } from '../evaluate/logic.js';
import { parseSelect } from '../evaluate/select.js';
import { ruleAjv, schemaSize } from '../evaluate/rule-ajv.js';
import { KIND_GROUPS } from '../loaders/kubernetes.js';
import { loaders } from '../loaders/index.js';
import type { Loader } from '../loaders/loader.js';
import { templatePaths } from '../evaluate/template.js';

const MAX_SCHEMA_NODES = 20_000;
/** What every rule's data has; loaders add their own roots (Loader.roots). */
const DATA_KEYS = ['node', 'key', 'resource', 'params', 'target', 'facts', 'value'];

/** Load one rule file: read with positions, validate against rule.schema.json, check and compile its logic and schema. */
export function loadRuleFile(absPath: string, shownPath: string): { rule?: Rule; diagnostics: Diagnostic[]; bytes?: Buffer } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absPath);
  } catch (err) {
    return { diagnostics: [{ path: shownPath, line: 1, column: 1, code: 'invalid-rule', message: `cannot read rule file: ${(err as Error).message}` }] };
  }
  const file = readPolicyFile(absPath, shownPath, 'invalid-rule', bytes.toString('utf8').replace(/^\uFEFF/, ''));
  if (file.diagnostics.length) return { diagnostics: file.diagnostics };
  return { ...compileRule(file, createHash('sha256').update(bytes).digest('hex')), bytes };
}

/** Compile a validated rule document. Every problem is reported with its line and column; nothing is dropped silently. */
export function compileRule(file: PolicyFile, digest: string): { rule?: Rule; diagnostics: Diagnostic[] } {
  const diagnostics = validatePolicyFile(file, 'rule', 'invalid-rule');
  if (diagnostics.length) return { diagnostics };
  const spec = file.data as RuleSpec;
  const at = (pointer: string, message: string) => diagnostics.push(diagnosticAt(file, pointer, 'invalid-rule', message));

  const compile = (logic: unknown, pointer: string): ((d: unknown) => unknown) | undefined => {
    const problems = checkLogic(logic, pointer);
    for (const p of problems) at(p.pointer, `invalid JSON Logic: ${p.message}`);
    if (problems.length) return undefined;
    try {
      return compileLogic(logic);
    } catch (err) {
      at(pointer, `invalid JSON Logic: ${(err as Error).message || String(err)}`);
      return undefined;
    }
  };
  const when = spec.match.when === undefined ? undefined : compile(spec.match.when, '/match/when');
  const assert = spec.assert === undefined ? undefined : compile(spec.assert, '/assert');

  let schema: Rule['schema'];
  if (spec.schema !== undefined) {
    if (schemaSize(spec.schema, MAX_SCHEMA_NODES) > MAX_SCHEMA_NODES) at('/schema', `JSON Schema is larger than ${MAX_SCHEMA_NODES} nodes`);
    else {
      try {
        schema = ruleAjv().compile(spec.schema as object);
      } catch (err) {
        at('/schema', `invalid JSON Schema: ${(err as Error).message}`);
      }
    }
  }

  // A rule for an input type no loader reads, or a root its inputs never have, would silently never run.
  const types = Array.isArray(spec.match.type) ? spec.match.type : [spec.match.type];
  const byType = loaders as Record<string, Loader>;
  types.forEach((t, i) => {
    if (!byType[t]) at(Array.isArray(spec.match.type) ? `/match/type/${i}` : '/match/type', `unknown input type "${t}" (one of: ${Object.keys(byType).join(', ')})`);
  });
  const roots = new Set(types.flatMap((t) => byType[t]?.roots ?? []));
  const selects = spec.select === undefined ? [] : Array.isArray(spec.select) ? spec.select : [spec.select];
  selects.forEach((s, i) => {
    const where = Array.isArray(spec.select) ? `/select/${i}` : '/select';
    if (!/^(\$[A-Za-z_][A-Za-z0-9_]*)?(\/[^/]*)*$/.test(s)) at(where, `invalid select path "${s}": use /a/*/b or $root/a/*`);
    else if (s.startsWith('$') && !roots.has(s.slice(1).split('/')[0])) at(where, `unknown root "${s.split('/')[0]}" for input type ${types.join('|')} (roots: ${[...roots].map((r) => '$' + r).join(', ') || 'none'})`);
  });
  if (spec.message) {
    for (const p of templatePaths(spec.message)) {
      const head = p.split('.')[0];
      if (!DATA_KEYS.includes(head) && !roots.has(head)) at('/message', `unknown placeholder "{{${p}}}": start with ${[...DATA_KEYS, ...roots].join(', ')}`);
    }
  }
  const locations = spec.location === undefined ? [] : Array.isArray(spec.location) ? spec.location : [spec.location];
  if (diagnostics.length) return { diagnostics };

  const kinds = spec.match.kinds ? new Set(spec.match.kinds.flatMap((k) => KIND_GROUPS[k] ?? [k])) : undefined;
  const idLoc = file.document?.locate('/id');
  const rule: Rule = {
    id: spec.id,
    title: spec.title,
    severity: spec.severity,
    description: spec.description,
    rationale: spec.rationale,
    remediation: spec.remediation,
    references: spec.references ?? [],
    tags: spec.tags ?? [],
    types: Array.isArray(spec.match.type) ? spec.match.type : [spec.match.type],
    kinds,
    when,
    select: selects.map(parseSelect),
    selectKey: selects.join('\u0000'),
    assert,
    schema,
    message: spec.message,
    location: locations.map((l) => (l === '' || l.startsWith('/') ? l : '/' + l)),
    evidence: spec.evidence === undefined ? undefined : spec.evidence.startsWith('/') || spec.evidence === '' ? spec.evidence : '/' + spec.evidence,
    fix: spec.fix,
    source: { path: file.path, line: idLoc?.startLine ?? 1 },
    digest,
  };
  return { rule, diagnostics };
}
