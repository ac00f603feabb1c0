import type { Finding, Note, Result, Summary } from '../types.js';
import type { ScanOptions } from './options.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { FileResult } from './scan-file.js';
import { applyExceptions } from '../waivers/apply-exceptions.js';
import { applySuppressions } from '../suppressions/apply-suppressions.js';
import { applyBaseline } from '../baseline/apply-baseline.js';
import { waiverCounts } from '../waivers/counts.js';

/** What post-processing stages see: the options, config, the per-file comment lines, and the clock. */
export interface PostContext {
  options: ScanOptions;
  config: LoadedConfig;
  root: string;
  policyRoot: string;
  files: FileResult[];
  now: Date;
}

/** The result being built: findings, errors, inputs, notes, and summary parts only the stages know. */
export type Draft = Pick<Result, 'findings' | 'errors' | 'inputs'> & { notes: Note[]; summary?: Pick<Summary, 'waivers' | 'baseline'> };

/**
 * A stage after evaluation (DESIGN: exceptions, inline suppressions, baseline, changed-lines filter). Stages run in
 * order on the draft result; each may change finding status, drop findings, or add notes.
 */
export type PostStage = (draft: Draft, ctx: PostContext) => void | Promise<void>;

/** Keep only findings on changed files/lines when the caller passed a change set (Action `changed-only`, `--changed-since`). */
export const changedFilter: PostStage = (draft, ctx) => {
  const changed = ctx.options.changed;
  if (!changed) return;
  const mode = ctx.options.changedMode ?? 'lines';
  const keep = (f: Finding): boolean => {
    const c = changed.get(f.location.path);
    if (!c) return false;
    if (c === 'all' || mode === 'files') return true;
    for (let l = f.location.startLine; l <= f.location.endLine; l++) if (c.has(l)) return true;
    return false;
  };
  const before = draft.findings.length;
  draft.findings = draft.findings.filter(keep);
  draft.errors = draft.errors.filter((e) => changed.has(e.path));
  const dropped = before - draft.findings.length;
  if (dropped > 0) draft.notes.push({ code: 'changed-only', message: `${dropped} finding(s) outside the changed ${mode} were not reported` });
};

/**
 * Finding counts are taken last, on what the result reports (after the changed-lines filter). Every summary
 * carries waiver counts, zero when nothing was waived.
 */
const finishCounts: PostStage = (draft) => {
  const counts = waiverCounts(draft);
  counts.applied = draft.findings.filter((f) => f.status === 'waived' && f.waiver?.kind === 'exception').length;
  counts.inline = draft.findings.filter((f) => f.status === 'waived' && f.waiver?.kind === 'inline').length;
  const baseline = draft.summary?.baseline;
  if (baseline) {
    baseline.matched = draft.findings.filter((f) => f.status === 'waived' && f.waiver?.kind === 'baseline').length;
    baseline.new = draft.findings.filter((f) => f.status === 'fail').length;
  }
};

/** The stages, in order. Add one: a file exporting a PostStage and one entry here. */
export const postStages: PostStage[] = [applyExceptions, applySuppressions, applyBaseline, changedFilter, finishCounts];
