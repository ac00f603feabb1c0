import { EngineError } from '../errors.js';

/**
 * The scan clock. Tests and audit replays pin it with `BYLAW_NOW` (an ISO date or date-time); this is the only
 * place that variable is read. Waiver expiry and `run.startedAt` both follow it.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): (() => Date) | undefined {
  const raw = env.BYLAW_NOW?.trim();
  if (!raw) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  if (Number.isNaN(ms)) throw new EngineError('usage', `BYLAW_NOW must be an ISO date or date-time (e.g. 2026-03-01 or 2026-03-01T12:00:00Z), got "${raw}"`);
  return () => new Date(ms);
}

const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, as `YYYY-MM-DD`. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
