import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding, PackRef } from '../types.js';
import type { ScanOptions } from '../scan/options.js';
import { scan } from '../scan/scan.js';
import { EngineError } from '../errors.js';
import { materialisePolicy } from './materialise-policy.js';

/** What to compare: two versions of the policy (each a git ref or a directory) on the same inputs. */
export interface PolicyDiffOptions {
  /** Inputs and every other scan setting; `policyRoot` is set for each side. */
  scan: ScanOptions;
  /** The policy before the change: a directory (policy root) or a git ref of the scan root's repository. */
  from: string;
  /** The policy after the change: a directory or a git ref. */
  to: string;
  /** Directory relative paths in `from`/`to` are read from (default: the scan root). */
  cwd?: string;
}

/** One side of the comparison, as evaluated. */
export interface PolicySide {
  /** As given (`main`, `./policy-v2`). */
  spec: string;
  /** The commit when `spec` is a git ref. */
  commit?: string;
  packs: PackRef[];
}

/** A finding present on both sides (same fingerprint) that differs in severity, status or message. */
export interface FindingChange {
  before: Finding;
  after: Finding;
  fields: ('severity' | 'status' | 'message')[];
}

/** Counts of one rule's or control's findings that the change adds, removes or changes. */
export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

/** The impact of a policy change: findings it adds, removes and changes, per rule and per control. */
export interface PolicyDiff {
  from: PolicySide;
  to: PolicySide;
  added: Finding[];
  removed: Finding[];
  changed: FindingChange[];
  byRule: Record<string, DiffCounts>;
  byControl: Record<string, DiffCounts>;
  summary: DiffCounts & { unchanged: number; failingBefore: number; failingAfter: number };
}

const failing = (f: Finding): boolean => f.status === 'fail' || f.status === 'error';

/** A side given as a directory is used as is; otherwise it must name a commit, whose policy is copied out of git. */
async function policyRootFor(spec: string, cwd: string, root: string, extra: string[], temps: string[]): Promise<{ policyRoot: string; commit?: string }> {
  const asPath = resolve(cwd, spec);
  if (existsSync(asPath) && statSync(asPath).isDirectory()) return { policyRoot: asPath };
  try {
    const m = await materialisePolicy(root, spec, extra);
    temps.push(m.dir);
    return { policyRoot: m.policyRoot, commit: m.commit };
  } catch (err) {
    throw new EngineError('usage', `policy "${spec}" is neither a directory nor a commit of the git repository at ${root} (${(err as Error).message.split('\n')[0]})`, undefined, { cause: err });
  }
}

function compare(before: Finding[], after: Finding[]): Pick<PolicyDiff, 'added' | 'removed' | 'changed'> & { unchanged: number } {
  const old = new Map(before.map((f) => [f.fingerprint, f]));
  const now = new Map(after.map((f) => [f.fingerprint, f]));
  const added = after.filter((f) => !old.has(f.fingerprint));
  const removed = before.filter((f) => !now.has(f.fingerprint));
  const changed: FindingChange[] = [];
  let unchanged = 0;
  for (const a of after) {
    const b = old.get(a.fingerprint);
    if (!b) continue;
    const fields = (['severity', 'status', 'message'] as const).filter((k) => b[k] !== a[k]);
    if (fields.length) changed.push({ before: b, after: a, fields: [...fields] });
    else unchanged++;
  }
  return { added, removed, changed, unchanged };
}

function tally(diff: Pick<PolicyDiff, 'added' | 'removed' | 'changed'>): Pick<PolicyDiff, 'byRule' | 'byControl'> {
  const byRule: Record<string, DiffCounts> = {};
  const byControl: Record<string, DiffCounts> = {};
  const bump = (f: Finding, key: keyof DiffCounts, controls = f.controls) => {
    (byRule[f.ruleId] ??= { added: 0, removed: 0, changed: 0 })[key]++;
    for (const c of controls) (byControl[c] ??= { added: 0, removed: 0, changed: 0 })[key]++;
  };
  diff.added.forEach((f) => bump(f, 'added'));
  diff.removed.forEach((f) => bump(f, 'removed'));
  diff.changed.forEach((c) => bump(c.after, 'changed', [...new Set([...c.before.controls, ...c.after.controls])]));
  const sorted = (o: Record<string, DiffCounts>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { byRule: sorted(byRule), byControl: sorted(byControl) };
}

/**
 * Evaluate two versions of the policy on the same inputs and report what the change does: findings added (the new
 * policy reports them, the old did not), removed, and changed (same fingerprint; different severity, status or
 * message), per rule and per control. Temporary copies of policies read from git are removed afterwards.
 */
export async function policyDiff(options: PolicyDiffOptions): Promise<PolicyDiff> {
  const root = resolve(options.scan.root ?? process.cwd());
  const cwd = resolve(options.cwd ?? root);
  // One instant for both sides, so waiver expiry cannot differ between them.
  const fixed = options.scan.now?.() ?? new Date();
  const temps: string[] = [];
  try {
    const extra = [...(options.scan.policies ?? []), ...(typeof options.scan.config === 'string' ? [options.scan.config] : [])];
    const from = await policyRootFor(options.from, cwd, root, extra, temps);
    const to = await policyRootFor(options.to, cwd, root, extra, temps);
    const base: ScanOptions = { ...options.scan, root, now: () => fixed, failOn: 'none', workers: options.scan.workers ?? 1 };
    const before = await scan({ ...base, policyRoot: from.policyRoot });
    const after = await scan({ ...base, policyRoot: to.policyRoot });
    const diff = compare(before.findings, after.findings);
    const side = (spec: string, s: { commit?: string }, packs: PackRef[]): PolicySide => ({ spec, ...(s.commit ? { commit: s.commit } : {}), packs });
    return {
      from: side(options.from, from, before.packs),
      to: side(options.to, to, after.packs),
      added: diff.added,
      removed: diff.removed,
      changed: diff.changed,
      ...tally(diff),
      summary: {
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length,
        unchanged: diff.unchanged,
        failingBefore: before.findings.filter(failing).length,
        failingAfter: after.findings.filter(failing).length,
      },
    };
  } finally {
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  }
}

