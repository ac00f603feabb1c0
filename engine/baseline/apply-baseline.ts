import type { Note } from '../types.js';
import type { PostStage } from '../scan/post-process.js';
import { EngineErrors } from '../errors.js';
import { readBaseline } from './baseline-file.js';
import { shownPath } from '../waivers/shown-path.js';

/**
 * Baseline stage (`--baseline FILE`): a failing finding whose fingerprint is in the baseline is accepted debt. It
 * stays in the result, with all its data, as `waived` with waiver kind `baseline` (reports show it; the verdict
 * ignores it). Baseline entries on scanned files that no longer appear are listed as `baseline-fixed` notes.
 */
export const applyBaseline: PostStage = (draft, ctx) => {
  const given = ctx.options.baseline;
  if (!given) return;
  const { abs, shown } = shownPath(ctx.root, given);
  const { baseline, diagnostics } = readBaseline(abs, shown);
  if (!baseline) throw new EngineErrors(diagnostics);
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  for (const f of draft.findings) {
    if (f.status !== 'fail' || !known.has(f.fingerprint)) continue;
    f.status = 'waived';
    f.waiver = { kind: 'baseline', reason: `accepted in baseline ${shown}`, source: { path: shown, line: baseline.lines.get(f.fingerprint) ?? 1 } };
  }
  const present = new Set(draft.findings.map((f) => f.fingerprint));
  const scanned = new Set(draft.inputs.map((i) => i.path));
  const fixed: Note[] = baseline.entries
    .filter((e) => !present.has(e.fingerprint) && scanned.has(e.path))
    .map((e) => ({ code: 'baseline-fixed', message: `${e.ruleId} no longer fails here (baseline: "${e.message}"); re-create the baseline to drop it`, path: e.path }));
  draft.notes.push(...fixed);
  draft.summary ??= {};
  draft.summary.baseline = { file: shown, entries: baseline.entries.length, matched: 0, new: 0, fixed: fixed.length };
};
