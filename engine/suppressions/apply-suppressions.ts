import type { Finding, Note } from '../types.js';
import type { PostStage } from '../scan/post-process.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { commentStyle, isCommentLine, parseSuppression, type CommentStyle, type Suppression } from './parse-comment.js';
import { resourceKey, resourceStarts, resourceTopLines } from './resource-starts.js';
import { suppressionAllowed } from './policy.js';

/** The `bylaw:ignore` comments of one file, by line. Malformed ones and ones without a reason become notes. */
function suppressionsOf(path: string, comments: Record<number, string>, style: CommentStyle, notes: Note[]): Map<number, Suppression> {
  const out = new Map<number, Suppression>();
  for (const [key, text] of Object.entries(comments)) {
    const line = Number(key);
    const s = parseSuppression(text, line, style);
    if (s === undefined) continue;
    if (s === 'malformed') {
      notes.push({ code: 'suppression-malformed', message: `malformed suppression ignored: write "bylaw:ignore RULE-ID[,RULE-ID] -- reason"`, path, line });
      continue;
    }
    if (!s.reason) {
      notes.push({ code: 'suppression-no-reason', message: `suppression of ${s.rules.join(', ')} ignored: a reason is required ("-- reason")`, path, line });
      continue;
    }
    out.set(line, s);
  }
  return out;
}

/**
 * Inline suppressions stage: a failing finding is suppressed (status `waived`, waiver kind `inline`) by a
 * `bylaw:ignore` comment naming its rule on its own line, on the comment line right above it, or at the top of its
 * resource. The config decides whether that is allowed (`suppressions.inline`, `.rules`, `.severities`); a
 * suppression it forbids leaves the finding failing and adds a note naming the comment's file and line.
 */
export const applySuppressions: PostStage = (draft, ctx) => {
  // Most runs have no `bylaw:ignore` comment at all: then there is nothing to index.
  if (!ctx.files.some((file) => file.comments)) return;
  const policy = ctx.config.config.suppressions ?? {};
  const limits: Limits = { ...DEFAULT_LIMITS, ...(ctx.config.config.limits ?? {}), ...(ctx.options.limits ?? {}) };
  const byPath = new Map<string, Finding[]>();
  for (const f of draft.findings) {
    if (f.status !== 'fail' && f.status !== 'waived') continue;
    const list = byPath.get(f.location.path);
    if (list) list.push(f);
    else byPath.set(f.location.path, [f]);
  }
  const notes: Note[] = [];
  for (const file of ctx.files) {
    if (!file.comments) continue;
    const style = commentStyle(file.path);
    const found = suppressionsOf(file.path, file.comments, style, notes);
    if (!found.size) continue;
    const used = new Set<string>();
    const findings = byPath.get(file.path) ?? [];
    const tops = findings.length ? resourceStarts(ctx.root, file.path, limits) : undefined;
    const isComment = (text: string) => isCommentLine(text, style);
    for (const f of findings) {
      const lines = new Set<number>([f.location.startLine]);
      if (found.get(f.location.startLine - 1)?.ownLine) lines.add(f.location.startLine - 1);
      const starts = tops?.starts.get(resourceKey(f.location.document, f.resource)) ?? [];
      const start = starts.filter((s) => s <= f.location.startLine).at(-1);
      if (start !== undefined && tops) for (const l of resourceTopLines(tops.lines, start, isComment)) lines.add(l);
      const s = [...lines].sort((a, b) => b - a).map((l) => found.get(l)).find((x) => x?.rules.includes(f.ruleId));
      if (!s) continue;
      used.add(`${s.line}\u0000${f.ruleId}`);
      if (f.status !== 'fail') continue;
      const verdict = suppressionAllowed(policy, f);
      if (verdict !== true) {
        if (used.has(`${s.line}\u0001${f.ruleId}`)) continue;
        used.add(`${s.line}\u0001${f.ruleId}`);
        notes.push({ code: 'suppression-forbidden', message: `suppression of ${f.ruleId} not applied: ${verdict}`, path: file.path, line: s.line });
        continue;
      }
      f.status = 'waived';
      f.waiver = { kind: 'inline', reason: s.reason!, source: { path: file.path, line: s.line } };
    }
    for (const s of found.values()) {
      const unused = s.rules.filter((r) => !used.has(`${s.line}\u0000${r}`));
      if (unused.length) notes.push({ code: 'suppression-stale', message: `suppression of ${unused.join(', ')} matched no finding`, path: file.path, line: s.line });
    }
  }
  draft.notes.push(...notes.sort((a, b) => (a.path! < b.path! ? -1 : a.path! > b.path! ? 1 : a.line! - b.line! || (a.code < b.code ? -1 : 1))));
};
