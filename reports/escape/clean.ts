/**
 * Text hygiene shared by every escaper: removes what no report should carry through from untrusted input
 * (terminal escape sequences, bidirectional overrides that disguise text, and C0/C1 control characters).
 */

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any value as display text: `undefined`/`null` become '', objects become JSON. */
export function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** Strips ANSI escapes, bidi overrides/isolates, lone surrogates and control characters other than tab, LF and CR. */
export function clean(value: unknown): string {
  return toText(value).replace(ANSI, '').replace(BIDI, '').replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd');
}

/** `clean`, then every run of whitespace (newlines included) becomes one space; trimmed. */
export function oneLine(value: unknown): string {
  return clean(value).replace(/\s+/g, ' ').trim();
}

/** Shortens to at most `max` characters (code points kept whole), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}
