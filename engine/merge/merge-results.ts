import type { Note, Result, Status, Summary } from '../types.js';
import { STATUSES, SEVERITIES } from '../types.js';
import { EngineError } from '../errors.js';
import { compareFindings, sortKeys, verdict, zeroSeverity, zeroStatus } from '../scan/result.js';

/** Notes that say something is absent (a waiver matched nothing): true of the whole run only if every shard says so. */
const ABSENCE_NOTES = new Set(['waiver-stale']);

const byPath = <T extends { path?: string }>(a: T, b: T): number => ((a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : 0);
const noteKey = (n: Note): string => `${n.code}\u0000${n.path ?? ''}\u0000${n.line ?? ''}\u0000${n.message}`;

function addCounts(into: Record<Status, number>, from: Record<Status, number> | undefined): void {
  for (const s of STATUSES) into[s] += from?.[s] ?? 0;
}

/**
 * Combine the results of `scan --shard I/N` runs into the result one unsharded run would have given: same packs
 * required, findings/inputs/errors re-sorted, counts summed, verdict recomputed. Only `run.startedAt` (earliest)
 * and `run.shard` (dropped) can differ from a single run.
 */
export function mergeResults(results: Result[]): Result {
  if (results.length === 0) throw new EngineError('usage', 'merge needs at least one result');
  const first = results[0];
  const packsKey = (r: Result) => JSON.stringify(r.packs.map((p) => [p.id, p.version, p.digest, p.params]));
  for (const r of results) {
    if (r.tool.version !== first.tool.version) throw new EngineError('usage', `results come from different bylaw versions (${first.tool.version}, ${r.tool.version})`);
    if (packsKey(r) !== packsKey(first)) throw new EngineError('usage', 'results were produced with different packs, versions, digests or parameters; merge only shards of one run');
    if (r.summary.failOn !== first.summary.failOn) throw new EngineError('usage', 'results were produced with different --fail-on thresholds');
  }
  const findings = results.flatMap((r) => r.findings).sort(compareFindings);
  const inputs = results.flatMap((r) => r.inputs).sort(byPath);
  const errors = results.flatMap((r) => r.errors).sort((a, b) => byPath(a, b) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1));
  const noteSets = results.map((r) => new Map((r.notes ?? []).map((n) => [noteKey(n), n])));
  const notes = new Map<string, Note>();
  for (const set of noteSets) for (const [k, n] of set) if (!ABSENCE_NOTES.has(n.code) || noteSets.every((s) => s.has(k))) notes.set(k, n);
  const mergedNotes = [...notes.values()].sort((a, b) => byPath(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : 1)));

  const s0 = first.summary;
  const summary: Summary = {
    files: 0,
    documents: 0,
    resources: 0,
    byStatus: zeroStatus(),
    bySeverity: zeroSeverity(),
    byControl: {},
    byFramework: {},
    errors: errors.length,
    failOn: s0.failOn,
    verdict: verdict(findings, errors, s0.failOn),
  };
  for (const { summary: s } of results) {
    summary.files += s.files;
    summary.documents += s.documents;
    summary.resources += s.resources;
    addCounts(summary.byStatus, s.byStatus);
    for (const sev of SEVERITIES) summary.bySeverity[sev] += s.bySeverity[sev];
    for (const [c, counts] of Object.entries(s.byControl)) addCounts((summary.byControl[c] ??= zeroStatus()), counts);
    for (const [fw, reqs] of Object.entries(s.byFramework)) for (const [req, counts] of Object.entries(reqs)) addCounts(((summary.byFramework[fw] ??= {})[req] ??= zeroStatus()), counts);
  }
  summary.byControl = sortKeys(summary.byControl);
  summary.byFramework = sortKeys(Object.fromEntries(Object.entries(summary.byFramework).map(([k, v]) => [k, sortKeys(v)])));
  if (s0.waivers) {
    const w = results.map((r) => r.summary.waivers!);
    summary.waivers = {
      applied: w.reduce((n, x) => n + (x?.applied ?? 0), 0),
      expired: Math.max(...w.map((x) => x?.expired ?? 0)),
      expiring: Math.max(...w.map((x) => x?.expiring ?? 0)),
      stale: mergedNotes.filter((n) => n.code === 'waiver-stale').length,
      inline: w.reduce((n, x) => n + (x?.inline ?? 0), 0),
    };
  }
  if (s0.baseline) {
    const b = results.map((r) => r.summary.baseline!);
    summary.baseline = {
      file: s0.baseline.file,
      entries: Math.max(...b.map((x) => x?.entries ?? 0)),
      matched: b.reduce((n, x) => n + (x?.matched ?? 0), 0),
      new: b.reduce((n, x) => n + (x?.new ?? 0), 0),
      fixed: b.reduce((n, x) => n + (x?.fixed ?? 0), 0),
    };
  }
  const { shard: _shard, ...run } = first.run;
  const merged: Result = {
    schemaVersion: '1',
    tool: first.tool,
    run: { ...run, startedAt: results.map((r) => r.run.startedAt).sort()[0] },
    packs: first.packs,
    inputs,
    findings,
    errors,
    summary,
  };
  if (first.rules) merged.rules = first.rules;
  if (first.controls) merged.controls = first.controls;
  if (mergedNotes.length) merged.notes = mergedNotes;
  return merged;
}
