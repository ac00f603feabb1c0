import type { Finding, Note } from '../types.js';
import type { PostStage, PostContext } from '../scan/post-process.js';
import { EngineErrors } from '../errors.js';
import { loadExceptions } from './load-exceptions.js';
import { exceptionMatches, pathsInScope } from './match.js';
import { daysBetween, isoDay } from './clock.js';
import type { Exception } from './exception.js';
import { waiverCounts } from './counts.js';
import { shownPath } from './shown-path.js';

/** Default for `waivers.warnDays`: waivers expiring within this many days are announced. */
const DEFAULT_WARN_DAYS = 14;

/** The exceptions file in force: `--exceptions` (relative to the scan root) replaces the config's (relative to the policy root). */
function exceptionsFile(ctx: Pick<PostContext, 'options' | 'config' | 'root' | 'policyRoot'>): { abs: string; shown: string } | undefined {
  const fromOption = ctx.options.exceptions;
  const fromConfig = ctx.config.config.exceptions;
  if (!fromOption && !fromConfig) return undefined;
  return shownPath(fromOption ? ctx.root : ctx.policyRoot, (fromOption ?? fromConfig)!);
}

const label = (x: Exception): string => (x.rule !== undefined ? `rule ${x.rule}` : `control ${x.control}`);
const who = (x: Exception): string => `approved by ${x.approvedBy}${x.ticket ? `, ${x.ticket}` : ''}`;

/**
 * Exceptions stage: a failing finding covered by a live exception becomes `waived` (all its data kept, plus the
 * waiver); one covered only by expired exceptions stays failing with "(waiver expired on DATE)". Notes announce
 * expired, soon-expiring and stale (matched nothing) entries, each with the file and line of the entry.
 */
export const applyExceptions: PostStage = (draft, ctx) => {
  const file = exceptionsFile(ctx);
  if (!file) return;
  const today = isoDay(ctx.now);
  const waivers = ctx.config.config.waivers;
  const { exceptions, diagnostics } = loadExceptions(file.abs, file.shown, { waivers, today });
  if (diagnostics.length) throw new EngineErrors(diagnostics);
  const warnDays = waivers?.warnDays ?? DEFAULT_WARN_DAYS;
  const expired = (x: Exception): boolean => x.expires !== undefined && x.expires < today;
  const hits = new Map<Exception, number>(exceptions.map((x) => [x, 0]));
  const counts = waiverCounts(draft);
  for (const f of draft.findings) {
    if (f.status !== 'fail') continue;
    const covering = exceptions.filter((x) => exceptionMatches(x, f));
    if (!covering.length) continue;
    for (const x of covering) hits.set(x, hits.get(x)! + 1);
    const live = covering.find((x) => !expired(x));
    if (live) waive(f, live);
    else f.message += ` (waiver expired on ${covering.map((x) => x.expires!).sort().at(-1)})`;
  }
  const notes: Note[] = [];
  const at = (x: Exception) => ({ path: x.source.path, line: x.source.line });
  const partial = !!ctx.options.shard || (ctx.options.paths ?? ['.']).some((p) => p !== '.' && p !== './');
  const scanned = draft.inputs.map((i) => i.path);
  for (const x of exceptions) {
    const n = hits.get(x)!;
    if (expired(x)) {
      counts.expired++;
      notes.push({ code: 'waiver-expired', message: `waiver for ${label(x)} (${who(x)}) expired on ${x.expires}; ${n ? `${n} finding(s) it covered fail again` : 'it matches nothing now: remove it'}`, ...at(x) });
      continue;
    }
    if (n === 0) {
      if (partial && !pathsInScope(x, scanned)) continue;
      counts.stale++;
      notes.push({ code: 'waiver-stale', message: `waiver for ${label(x)} (${who(x)}) matched no finding: the deviation may be fixed, or the scope is wrong`, ...at(x) });
    }
    if (x.expires !== undefined) {
      const left = daysBetween(today, x.expires);
      if (left <= warnDays) {
        counts.expiring++;
        notes.push({ code: 'waiver-expiring', message: `waiver for ${label(x)} (${who(x)}) expires on ${x.expires}, ${left === 0 ? 'today' : `in ${left} day(s)`}`, ...at(x) });
      }
    }
  }
  draft.notes.push(...notes);
};

function waive(f: Finding, x: Exception): void {
  f.status = 'waived';
  f.waiver = { kind: 'exception', reason: x.reason, approvedBy: x.approvedBy, ...(x.ticket ? { ticket: x.ticket } : {}), ...(x.expires ? { expires: x.expires } : {}), source: { ...x.source } };
}
