import type { Diagnostic, Finding, Result, Severity, Status, Summary } from '../types.js';
import { SEVERITIES, STATUSES } from '../types.js';
import type { PolicySet } from '../policy/policy-set.js';
import type { FileResult } from './scan-file.js';

/** A count of 0 for every status / severity, and an object with its keys sorted (shared with merge). */
export const zeroStatus = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
export const sortKeys = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
export const zeroSeverity = (): Record<Severity, number> => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

/** Severity rank: 0 = critical … 4 = info. */
export const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Parse and read errors count as this severity for the threshold, so breaking a file never hides it from policy. */
export const ERROR_SEVERITY: Severity = 'high';

export function compareFindings(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  if (la.path !== lb.path) return la.path < lb.path ? -1 : 1;
  return (
    la.startLine - lb.startLine ||
    la.startColumn - lb.startColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    la.endLine - lb.endLine ||
    la.endColumn - lb.endColumn ||
    (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)
  );
}

/** Does this finding count against the `failOn` threshold? */
export function isFailing(f: Finding, failOn: Severity | 'none'): boolean {
  if (failOn === 'none') return false;
  return (f.status === 'fail' || f.status === 'error') && rank(f.severity) <= rank(failOn);
}

/** The verdict and exit code come from this one function (exit 1 = fail). */
export function verdict(findings: Finding[], errors: Diagnostic[], failOn: Severity | 'none'): 'pass' | 'fail' {
  if (failOn === 'none') return 'pass';
  if (findings.some((f) => isFailing(f, failOn))) return 'fail';
  const blocking = errors.some((e) => e.code === 'parse-error' || e.code === 'unreadable-file' || e.code === 'limit-exceeded' || e.code === 'rule-timeout');
  return blocking && rank(ERROR_SEVERITY) <= rank(failOn) ? 'fail' : 'pass';
}

/**
 * One finding per outcome: when packs run the same rule with different settings and reach the same result on the
 * same node (same fingerprint, status, severity and message), the findings become one carrying every pack and
 * control. Input is sorted, so such findings are adjacent.
 */
function mergeBindings(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const prev = out[out.length - 1];
    if (prev && prev.fingerprint === f.fingerprint && prev.status === f.status && prev.severity === f.severity && prev.message === f.message) {
      prev.packs = [...new Set([...(prev.packs ?? []), ...(f.packs ?? [])])].sort();
      prev.controls = [...new Set([...prev.controls, ...f.controls])].sort();
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Make fingerprints unique: two findings with the same identity get `:2`, `:3` in sorted order. */
function dedupeFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    if (n > 1) f.fingerprint = `${f.fingerprint}:${n}`;
  }
}

/** Summary counts: by status, failing by severity, by control and by framework requirement. */
export function summarize(result: Pick<Result, 'findings' | 'errors' | 'inputs'>, policy: Pick<PolicySet, 'controls'>, tally: Record<string, [number, number]>, ruleControls: Map<string, string[]>, counts: { documents: number; resources: number }, failOn: Severity | 'none'): Summary {
  const byStatus = zeroStatus();
  const bySeverity = zeroSeverity();
  const byControl: Record<string, Record<Status, number>> = {};
  for (const c of policy.controls) byControl[c.id] ??= zeroStatus();
  for (const f of result.findings) {
    byStatus[f.status]++;
    if (f.status === 'fail') bySeverity[f.severity]++;
    for (const c of f.controls) (byControl[c] ??= zeroStatus())[f.status]++;
  }
  for (const [ruleId, [pass, skip]] of Object.entries(tally)) {
    byStatus.pass += pass;
    byStatus.skip += skip;
    for (const c of ruleControls.get(ruleId) ?? []) {
      const s = (byControl[c] ??= zeroStatus());
      s.pass += pass;
      s.skip += skip;
    }
  }
  const byFramework: Summary['byFramework'] = {};
  for (const c of policy.controls) {
    for (const [fw, reqs] of Object.entries(c.frameworks)) {
      for (const req of reqs) {
        const s = ((byFramework[fw] ??= {})[req] ??= zeroStatus());
        for (const st of STATUSES) s[st] += byControl[c.id]?.[st] ?? 0;
      }
    }
  }
  return {
    files: result.inputs.length,
    documents: counts.documents,
    resources: counts.resources,
    byStatus,
    bySeverity,
    byControl: sortKeys(byControl),
    byFramework: sortKeys(Object.fromEntries(Object.entries(byFramework).map(([k, v]) => [k, sortKeys(v)]))),
    errors: result.errors.length,
    failOn,
    verdict: verdict(result.findings, result.errors, failOn),
  };
}

/** Merge per-file results (in any order) into sorted findings, inputs, errors, notes and tallies. */
export function collect(files: FileResult[]) {
  const findings: Finding[] = [];
  const errors: Diagnostic[] = [];
  const inputs = [];
  const notes = [];
  const tally: Record<string, [number, number]> = {};
  let documents = 0;
  let resources = 0;
  for (const f of files) {
    findings.push(...f.findings);
    errors.push(...f.errors);
    notes.push(...f.notes);
    if (f.input) inputs.push(f.input);
    documents += f.documents;
    resources += f.resources;
    for (const [id, [p, s]] of Object.entries(f.tally)) {
      const t = (tally[id] ??= [0, 0]);
      t[0] += p;
      t[1] += s;
    }
  }
  findings.sort(compareFindings);
  const merged = mergeBindings(findings);
  dedupeFingerprints(merged);
  inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1)));
  notes.sort((a, b) => ((a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : a.code < b.code ? -1 : 1));
  return { findings: merged, errors, inputs, notes, tally, documents, resources };
}
