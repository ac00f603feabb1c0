/**
 * Tokenizer for HCL native syntax (the `.tf` language), keeping source offsets on every token.
 * Quoted strings and heredocs become one `template` token whose interpolations (`${ }`, `%{ }`) are
 * tokenized recursively, so the parser can check them like any other expression.
 */

/** Token kinds. `punct` covers operators and brackets (the text says which). */
export type TokenKind = 'ident' | 'number' | 'template' | 'punct' | 'newline' | 'eof';

/** A part of a template: literal text, or an interpolation/directive with its own tokens. */
export type TemplatePart =
  | { kind: 'literal'; value: string; start: number; end: number }
  | { kind: 'interp' | 'directive'; tokens: Token[]; start: number; end: number };

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** For templates: the parts, and whether it was a heredoc (and its `<<-` flag). */
  parts?: TemplatePart[];
  heredoc?: { marker: string; indented: boolean };
}

/** A syntax error at a source offset. */
export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const PUNCT3 = ['...'];
const PUNCT2 = ['::', '==', '!=', '<=', '>=', '&&', '||', '=>'];
const PUNCT1 = '{}[]().,=:?!+-*/%<>~';
const ID_START = /[\p{L}_]/u;
const ID_CONT = /[\p{L}\p{N}_-]/u;

function isIdStart(c: number, ch: string): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c > 127 && ID_START.test(ch));
}
function isIdCont(c: number, ch: string): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || (c > 127 && ID_CONT.test(ch));
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** End of the number literal starting at `i` (digits, optional fraction, optional exponent). */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j += 2;
    while (isDigit(text.charCodeAt(j))) j++;
  }
  const e = text.charCodeAt(j);
  if (e === 101 || e === 69) {
    let k = j + 1;
    const sign = text.charCodeAt(k);
    if (sign === 43 || sign === 45) k++;
    if (isDigit(text.charCodeAt(k))) {
      j = k;
      while (isDigit(text.charCodeAt(j))) j++;
    }
  }
  return j;
}

/** Tokenize `text` from `pos` until the end, or until a `}` that closes an interpolation when `nested`. */
export function tokenize(text: string, pos = 0, nested = false, level = 0, maxDepth = 200): { tokens: Token[]; end: number } {
  if (level > maxDepth) throw new HclSyntaxError(`nesting deeper than ${maxDepth}`, pos);
  const tokens: Token[] = [];
  let depth = 0;
  let i = pos;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xfeff) {
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      const start = i;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      tokens.push({ kind: 'newline', text: '\n', start, end: i });
      continue;
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new HclSyntaxError('unterminated comment', i);
      i = close + 2;
      continue;
    }
    if (c === '"') {
      const t = readQuoted(text, i, level, maxDepth);
      tokens.push(t);
      i = t.end;
      continue;
    }
    if (c === '<' && text[i + 1] === '<' && /[-A-Za-z_]/.test(text[i + 2] ?? '')) {
      const t = readHeredoc(text, i, level, maxDepth);
      tokens.push(t);
      i = t.end;
      continue;
    }
    if (isDigit(code)) {
      const j = numberEnd(text, i);
      tokens.push({ kind: 'number', text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (isIdStart(code, c)) {
      let j = i + 1;
      while (j < n && isIdCont(text.charCodeAt(j), text[j])) j++;
      tokens.push({ kind: 'ident', text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    const p3 = text.slice(i, i + 3);
    const p2 = text.slice(i, i + 2);
    const p = PUNCT3.includes(p3) ? p3 : PUNCT2.includes(p2) ? p2 : PUNCT1.includes(c) ? c : '';
    if (!p) throw new HclSyntaxError(`unexpected character ${JSON.stringify(c)}`, i);
    if (nested && p === '{') depth++;
    if (nested && p === '}') {
      if (depth === 0) return { tokens: [...tokens, eof(i)], end: i + 1 };
      depth--;
    }
    tokens.push({ kind: 'punct', text: p, start: i, end: i + p.length });
    i += p.length;
  }
  if (nested) throw new HclSyntaxError('unterminated template interpolation', pos - 2);
  tokens.push(eof(n));
  return { tokens, end: n };
}

function eof(at: number): Token {
  return { kind: 'eof', text: '', start: at, end: at };
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Read template parts from `i` until `stop(i)` is true; `quoted` enables backslash escapes. */
function readParts(text: string, i: number, stop: (i: number) => boolean, quoted: boolean, depth: number, maxDepth: number): { parts: TemplatePart[]; end: number } {
  const parts: TemplatePart[] = [];
  let lit = '';
  let litStart = i;
  const flush = (end: number) => {
    if (lit || (end > litStart && parts.length === 0)) parts.push({ kind: 'literal', value: lit, start: litStart, end });
    lit = '';
  };
  while (!stop(i)) {
    if (i >= text.length) throw new HclSyntaxError('unterminated string', litStart);
    const c = text[i];
    if (quoted && (c === '\n' || c === '\r')) throw new HclSyntaxError('unterminated string (newline in quoted string)', i);
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      lit += c + '{';
      i += 3;
    } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
      flush(i);
      const start = i;
      const inner = tokenize(text, i + 2, true, depth + 1, maxDepth);
      parts.push({ kind: c === '$' ? 'interp' : 'directive', tokens: inner.tokens, start, end: inner.end });
      i = inner.end;
      litStart = i;
    } else if (quoted && c === '\\') {
      const e = text[i + 1];
      if (e in ESCAPES) {
        lit += ESCAPES[e];
        i += 2;
      } else if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new HclSyntaxError('invalid unicode escape', i);
        lit += String.fromCodePoint(parseInt(hex, 16));
        i += 2 + len;
      } else throw new HclSyntaxError(`invalid escape sequence \\${e ?? ''}`, i);
    } else {
      lit += c;
      i++;
    }
  }
  flush(i);
  return { parts, end: i };
}

function readQuoted(text: string, start: number, depth: number, maxDepth: number): Token {
  const { parts, end } = readParts(text, start + 1, (i) => text[i] === '"', true, depth, maxDepth);
  return { kind: 'template', text: text.slice(start, end + 1), start, end: end + 1, parts };
}

function readHeredoc(text: string, start: number, depth: number, maxDepth: number): Token {
  const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*(\r\n|\n|\r)/.exec(text.slice(start, start + 300));
  if (!m) throw new HclSyntaxError('invalid heredoc introducer (expected <<MARKER and a line break)', start);
  const marker = m[2];
  const bodyStart = start + m[0].length;
  const re = new RegExp(`^[ \\t]*${marker}[ \\t]*$`, 'gm');
  re.lastIndex = bodyStart;
  let close: RegExpExecArray | null;
  do close = re.exec(text);
  while (close && close.index < bodyStart);
  if (!close) throw new HclSyntaxError(`heredoc "${marker}" is not terminated`, start);
  const closeAt = close.index;
  const { parts } = readParts(text, bodyStart, (i) => i >= closeAt, false, depth, maxDepth);
  const end = closeAt + close[0].length;
  return { kind: 'template', text: text.slice(start, end), start, end, parts, heredoc: { marker, indented: m[1] === '-' } };
}
