import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic, Finding } from '../types.js';
import type { Rule } from './rule.js';
import type { LoadedPack } from './load-pack.js';
import { readPolicyFile } from './policy-file.js';
import { validatePolicyFile } from './validate.js';
import { evaluate } from '../evaluate/evaluate.js';
import { loaders } from '../loaders/index.js';
import { loaderFor } from '../loaders/detect.js';
import type { Loader } from '../loaders/loader.js';
import { DEFAULT_LIMITS } from '../limits.js';

/** One expected finding: line (and optionally column, end, message substring, pointer). */
export interface ExpectedFinding {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message?: string;
  pointer?: string;
}

interface CaseSpec {
  name: string;
  input?: string;
  file?: string;
  path?: string;
  params?: Record<string, unknown>;
  findings?: ExpectedFinding[];
}

interface CasesSpec {
  rule: string;
  pack?: string;
  params?: Record<string, unknown>;
  valid?: CaseSpec[];
  invalid?: CaseSpec[];
}

/** Outcome of one case. */
export interface CaseResult {
  file: string;
  rule: string;
  kind: 'valid' | 'invalid';
  name: string;
  ok: boolean;
  /** Why it failed, when it did. */
  problem?: string;
  /** 1-based line of the case in the cases file. */
  line: number;
}

/** Where rules come from when running cases: every rule by id, with the first pack that contains it. */
export interface RuleCatalog {
  rules: Map<string, { rule: Rule; pack?: LoadedPack }>;
  packs: Map<string, LoadedPack>;
}

function loaderForCase(rule: Rule, path: string, text: string): Loader | undefined {
  const byType = loaders as Record<string, Loader>;
  if (rule.types.length === 1 && byType[rule.types[0]]) return byType[rule.types[0]];
  const detected = loaderFor({ path, text });
  return detected && rule.types.includes(detected.type) ? detected : undefined;
}

function describe(f: Finding): string {
  return `${f.location.startLine}:${f.location.startColumn}-${f.location.endLine}:${f.location.endColumn} "${f.message}"`;
}

function matches(expected: ExpectedFinding, f: Finding): boolean {
  const l = f.location;
  return (
    expected.line === l.startLine &&
    (expected.column === undefined || expected.column === l.startColumn) &&
    (expected.endLine === undefined || expected.endLine === l.endLine) &&
    (expected.endColumn === undefined || expected.endColumn === l.endColumn) &&
    (expected.message === undefined || f.message.includes(expected.message)) &&
    (expected.pointer === undefined || expected.pointer === l.pointer)
  );
}

/** Run one case: parse the input as the rule's input type, evaluate the rule, compare failing findings. */
function runCase(spec: CasesSpec, c: CaseSpec, kind: 'valid' | 'invalid', entry: { rule: Rule; pack?: LoadedPack }, casesFile: string, repoRoot: string): Omit<CaseResult, 'file' | 'line'> {
  const rule = entry.rule;
  let text = c.input;
  if (c.file !== undefined) {
    const abs = c.file.startsWith('test/') ? resolve(repoRoot, c.file) : resolve(dirname(casesFile), c.file);
    if (!existsSync(abs)) return { rule: rule.id, kind, name: c.name, ok: false, problem: `fixture not found: ${c.file}` };
    text = readFileSync(abs, 'utf8');
  }
  const path = c.path ?? (c.file && !c.file.includes('..') ? c.file.split('/').pop()! : undefined) ?? (loaders as Record<string, Loader>)[rule.types[0]]?.defaultPath ?? 'case.yaml';
  const loader = loaderForCase(rule, c.path ?? path, text ?? '');
  if (!loader) return { rule: rule.id, kind, name: c.name, ok: false, problem: `no loader for input type ${rule.types.join('|')} and path ${path}` };
  const parsed = loader.parse({ path, text: text ?? '' }, DEFAULT_LIMITS);
  if (parsed.errors.length) {
    const e = parsed.errors[0];
    return { rule: rule.id, kind, name: c.name, ok: false, problem: `input does not parse: ${e.line}:${e.column}: ${e.message}` };
  }
  const params = { ...(entry.pack?.params ?? {}), ...(spec.params ?? {}), ...(c.params ?? {}) };
  const bound = { key: rule.id, rule, severity: entry.pack?.severity[rule.id] ?? rule.severity, params, packs: entry.pack ? [entry.pack.id] : [], controls: [] };
  const failing: Finding[] = [];
  for (const doc of parsed.documents) {
    for (const target of loader.targets(doc)) {
      if (!rule.types.includes(target.resource.type)) continue;
      if (rule.kinds && !rule.kinds.has(target.resource.kind ?? '')) continue;
      for (const f of evaluate(bound, target)) if (f.status === 'fail' || f.status === 'error') failing.push(f);
    }
  }
  const errors = failing.filter((f) => f.status === 'error');
  if (errors.length) return { rule: rule.id, kind, name: c.name, ok: false, problem: errors[0].message };
  if (kind === 'valid') {
    return failing.length === 0 ? { rule: rule.id, kind, name: c.name, ok: true } : { rule: rule.id, kind, name: c.name, ok: false, problem: `expected no findings, got ${failing.map(describe).join('; ')}` };
  }
  const expected = c.findings ?? [];
  if (expected.length === 0 && failing.length > 0) return { rule: rule.id, kind, name: c.name, ok: true };
  const remaining = [...failing];
  const missing: ExpectedFinding[] = [];
  for (const e of expected) {
    const i = remaining.findIndex((f) => matches(e, f));
    if (i >= 0) remaining.splice(i, 1);
    else missing.push(e);
  }
  if (missing.length === 0 && remaining.length === 0 && failing.length > 0) return { rule: rule.id, kind, name: c.name, ok: true };
  const want = missing.map((e) => `${e.line}:${e.column ?? '*'}${e.message ? ` "${e.message}"` : ''}`).join('; ');
  const got = failing.length ? failing.map(describe).join('; ') : 'no findings';
  return { rule: rule.id, kind, name: c.name, ok: false, problem: `expected ${want || `${expected.length} finding(s)`}; got ${got}` };
}

/** Run every case of one cases file. Schema problems in the file are diagnostics (exit 2), not failed cases. */
export function runCasesFile(abs: string, shown: string, catalog: RuleCatalog, repoRoot: string): { results: CaseResult[]; diagnostics: Diagnostic[] } {
  const file = readPolicyFile(abs, shown, 'invalid-test');
  const diagnostics = [...file.diagnostics, ...validatePolicyFile(file, 'cases', 'invalid-test')];
  if (diagnostics.length) return { results: [], diagnostics };
  const spec = file.data as CasesSpec;
  const entry = catalog.rules.get(spec.rule);
  if (!entry) {
    const loc = file.document?.locate('/rule');
    return { results: [], diagnostics: [{ path: shown, line: loc?.startLine ?? 1, column: loc?.startColumn ?? 1, code: 'unknown-rule', message: `no rule with id "${spec.rule}"` }] };
  }
  const pack = spec.pack ? catalog.packs.get(spec.pack) : entry.pack;
  const results: CaseResult[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    (spec[kind] ?? []).forEach((c, i) => {
      const line = file.document?.locate(`/${kind}/${i}`).startLine ?? 1;
      let r: Omit<CaseResult, 'file' | 'line'>;
      try {
        r = runCase(spec, c, kind, { rule: entry.rule, pack }, abs, repoRoot);
      } catch (err) {
        r = { rule: entry.rule.id, kind, name: c.name, ok: false, problem: `crashed: ${(err as Error).message}` };
      }
      results.push({ ...r, file: shown, line });
    });
  }
  return { results, diagnostics };
}
