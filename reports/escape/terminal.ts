/**
 * Text for a terminal: C0/C1 control characters (ANSI escapes included), bidirectional overrides and other
 * invisible format characters are replaced, so scanned content can't rewrite the screen or reorder what a
 * reviewer reads.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\t' ? '  ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
