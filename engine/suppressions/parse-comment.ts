/** How a file format writes comments, which decides where `bylaw:ignore` may stand. */
export type CommentStyle =
  /** YAML: `#` at the start of a line or after whitespace. */
  | 'hash'
  /** Dockerfile: `#` only as the first non-blank character of a line. */
  | 'hash-line'
  /** HCL: `#` or `//`, at the start of a line or after whitespace. */
  | 'hash-slash'
  /** JSON: no comments, so no suppressions. */
  | 'none';

/** The comment style of a scanned file, from its name. */
export function commentStyle(path: string): CommentStyle {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (/\.json$|\.tfstate$|\.ipynb$/.test(name)) return 'none';
  if (/\.(tf|hcl|tfvars)$/.test(name)) return 'hash-slash';
  if (/^dockerfile|\.dockerfile$|^containerfile/.test(name)) return 'hash-line';
  return 'hash';
}

/** One `bylaw:ignore` comment. */
export interface Suppression {
  /** 1-based line of the comment. */
  line: number;
  rules: string[];
  /** Text after `--`, trimmed; undefined or empty means no reason was given. */
  reason?: string;
  /** The comment is the whole line (it then also covers the next line). */
  ownLine: boolean;
}

const MARKER: Record<Exclude<CommentStyle, 'none'>, RegExp> = {
  hash: /(^|\s)#/g,
  'hash-line': /^(\s*)#/g,
  'hash-slash': /(^|\s)(?:#|\/\/)/g,
};
/** A line that is only a comment (`none` never has suppressions, so its entry is never consulted). */
const WHOLE_LINE: Record<CommentStyle, RegExp> = { hash: /^\s*#/, 'hash-line': /^\s*#/, 'hash-slash': /^\s*(#|\/\/)/, none: /^\s*#/ };

/** Is this whole line a comment in the style? (Blank-or-comment runs above a resource belong to it.) */
export const isCommentLine = (text: string, style: CommentStyle): boolean => WHOLE_LINE[style].test(text);

const RULE_ID = /^[A-Za-z0-9][\w.:/-]*$/;
/** Longer lines are not read as suppressions (bounded work on hostile input). */
export const MAX_SUPPRESSION_LINE = 4096;

/**
 * Read a `bylaw:ignore RULE-ID[,RULE-ID] -- reason` comment from one line. Returns undefined when the line has
 * no comment starting with `bylaw:ignore`, and `'malformed'` when it has one that does not parse.
 */
export function parseSuppression(text: string, line: number, style: CommentStyle): Suppression | 'malformed' | undefined {
  if (style === 'none') return undefined;
  if (text.length > MAX_SUPPRESSION_LINE) return /bylaw:ignore/.test(text) ? 'malformed' : undefined;
  const marker = new RegExp(MARKER[style].source, 'g');
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    if (!/^\s*bylaw:ignore\b/.test(rest)) continue;
    const after = rest.replace(/^\s*bylaw:ignore/, '');
    const dashes = after.indexOf('--');
    const ids = (dashes >= 0 ? after.slice(0, dashes) : after).split(',').map((r) => r.trim());
    if (!/^\s/.test(after) || !ids.every((r) => RULE_ID.test(r))) return 'malformed';
    const rules = ids;
    const reason = dashes >= 0 ? after.slice(dashes + 2).trim() : undefined;
    return { line, rules, ...(reason ? { reason } : {}), ownLine: text.slice(0, m.index).trim() === '' };
  }
  return undefined;
}
