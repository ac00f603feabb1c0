import { clean, oneLine, truncate } from '../escape/clean.js';

/** Namespace for bylaw's own property names (OSCAL requires `ns` on properties it does not define). */
export const NS = 'urn:bylaw:oscal';

const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

/** An OSCAL token (NCName-like): invalid characters become `_`, and a leading `_` is added when it must be. */
export function token(text: string): string {
  if (TOKEN.test(text)) return text;
  const replaced = text.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^(\p{L}|_)/u.test(replaced) ? replaced : `_${replaced}`;
}

/** A bylaw property, or nothing when the value is empty once on one line (OSCAL strings must be non-empty and trimmed). */
export function prop(name: string, value: unknown, cls?: string): { name: string; ns: string; value: string; class?: string }[] {
  const text = truncate(oneLine(value), 1000);
  return text === '' ? [] : [{ name: token(name), ns: NS, value: text, ...(cls ? { class: token(cls) } : {}) }];
}

/** Free text for `title`, `description` and `remarks` (may span lines; control characters removed). */
export function text(value: unknown, fallback = '-'): string {
  const cleaned = clean(value).trim();
  return cleaned === '' ? fallback : cleaned;
}

/** An ISO 8601 date-time with time zone, as OSCAL requires (`2026-11-20T09:30:00.000Z`), or undefined. */
export function dateTime(value: string | undefined, endOfDay = false): string | undefined {
  if (!value) return undefined;
  const input = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${endOfDay ? '23:59:59' : '00:00:00'}Z` : value;
  const time = Date.parse(input);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}
