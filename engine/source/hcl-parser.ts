import { HclSyntaxError, tokenize, type TemplatePart, type Token } from './hcl-lexer.js';

/**
 * Recursive-descent parser for HCL native syntax (bodies, attributes, blocks, and the full expression
 * grammar: operators, conditionals, templates, heredocs, function calls, for-expressions, index and splat).
 * It keeps offsets on every node; values are folded only for literals (see `hcl-source.ts`).
 */

interface Span {
  start: number;
  end: number;
}

/** An expression. Only literals, templates, tuples, objects and calls are kept apart; the rest is `other`. */
export type Expr =
  | (Span & { type: 'literal'; value: null | boolean | number | string })
  | (Span & { type: 'template'; parts: TemplatePart[]; heredoc?: { indented: boolean } })
  | (Span & { type: 'tuple'; items: Expr[] })
  | (Span & { type: 'object'; items: ObjectItem[] })
  | (Span & { type: 'call'; name: string; args: Expr[] })
  | (Span & { type: 'other' });

export interface ObjectItem {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: Expr;
}

export interface Attribute extends Span {
  type: 'attribute';
  name: string;
  expr: Expr;
}

export interface Block extends Span {
  type: 'block';
  name: string;
  labels: (Span & { value: string })[];
  body: Body;
}

export interface Body {
  items: (Attribute | Block)[];
}

const BINARY: string[][] = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

class Parser {
  private i = 0;
  private newlines: boolean[] = [true];
  constructor(private readonly tokens: Token[], private readonly text: string, private readonly maxDepth: number) {}

  private at(): number {
    let j = this.i;
    if (!this.newlines[this.newlines.length - 1]) while (this.tokens[j].kind === 'newline') j++;
    return j;
  }
  private peek(): Token {
    return this.tokens[this.at()];
  }
  private next(): Token {
    const j = this.at();
    const t = this.tokens[j];
    if (t.kind !== 'eof') this.i = j + 1;
    return t;
  }
  private is(text: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === text;
  }
  private expect(text: string, what = `"${text}"`): Token {
    const t = this.peek();
    if (t.kind !== 'punct' || t.text !== text) throw this.unexpected(t, what);
    return this.next();
  }
  private unexpected(t: Token, what: string): HclSyntaxError {
    const got = t.kind === 'eof' ? 'end of input' : t.kind === 'newline' ? 'newline' : JSON.stringify(t.text.slice(0, 20));
    return new HclSyntaxError(`expected ${what}, found ${got}`, t.start);
  }
  private withNewlines<T>(include: boolean, f: () => T): T {
    this.newlines.push(include);
    try {
      return f();
    } finally {
      this.newlines.pop();
    }
  }
  private guard(depth: number): void {
    if (depth > this.maxDepth) throw new HclSyntaxError(`nesting deeper than ${this.maxDepth}`, this.peek().start);
  }

  body(closing: string | undefined, depth: number): Body {
    this.guard(depth);
    const items: (Attribute | Block)[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'newline') {
        this.next();
        continue;
      }
      if (closing === undefined ? t.kind === 'eof' : t.kind === 'punct' && t.text === closing) return { items };
      if (t.kind !== 'ident') throw this.unexpected(t, closing ? 'an attribute, a block or "}"' : 'an attribute or a block');
      this.next();
      const after = this.peek();
      if (after.kind === 'punct' && after.text === '=') {
        this.next();
        const expr = this.expression(depth + 1);
        items.push({ type: 'attribute', name: t.text, expr, start: t.start, end: expr.end });
      } else items.push(this.block(t, depth));
      const end = this.peek();
      if (end.kind === 'newline') this.next();
      else if (!(end.kind === 'eof' && closing === undefined) && !(end.kind === 'punct' && end.text === closing)) {
        throw this.unexpected(end, 'a newline after the attribute or block');
      }
    }
  }

  private block(name: Token, depth: number): Block {
    const labels: Block['labels'] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'ident') labels.push({ value: t.text, start: t.start, end: t.end });
      else if (t.kind === 'template' && !t.heredoc) labels.push({ value: literalOf(t.parts!, t) , start: t.start, end: t.end });
      else break;
      this.next();
    }
    this.expect('{', '"=", a block label or "{"');
    const body = this.withNewlines(true, () => this.body('}', depth + 1));
    const close = this.expect('}');
    return { type: 'block', name: name.text, labels, body, start: name.start, end: close.end };
  }

  expression(depth: number): Expr {
    this.guard(depth);
    const cond = this.binary(0, depth);
    if (!this.is('?')) return cond;
    this.next();
    this.expression(depth + 1);
    this.expect(':');
    const no = this.expression(depth + 1);
    return { type: 'other', start: cond.start, end: no.end };
  }

  private binary(level: number, depth: number): Expr {
    if (level === BINARY.length) return this.unary(depth);
    let left = this.binary(level + 1, depth);
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'punct' || !BINARY[level].includes(t.text)) return left;
      this.next();
      const right = this.binary(level + 1, depth + 1);
      left = { type: 'other', start: left.start, end: right.end };
    }
  }

  private unary(depth: number): Expr {
    this.guard(depth);
    const t = this.peek();
    if (t.kind === 'punct' && (t.text === '-' || t.text === '!')) {
      this.next();
      const operand = this.unary(depth + 1);
      if (t.text === '-' && operand.type === 'literal' && typeof operand.value === 'number') {
        return { type: 'literal', value: -operand.value, start: t.start, end: operand.end };
      }
      return { type: 'other', start: t.start, end: operand.end };
    }
    return this.postfix(this.primary(depth), depth);
  }

  private postfix(expr: Expr, depth: number): Expr {
    let e = expr;
    for (;;) {
      const t = this.tokens[this.i];
      if (t.kind === 'punct' && t.text === '.') {
        this.i++;
        const n = this.tokens[this.i];
        if (n.kind === 'ident' || n.kind === 'number' || (n.kind === 'punct' && n.text === '*')) this.i++;
        else throw this.unexpected(n, 'an attribute name, an index or "*" after "."');
        e = { type: 'other', start: e.start, end: n.end };
      } else if (t.kind === 'punct' && t.text === '[') {
        this.i++;
        const close = this.withNewlines(false, () => {
          if (this.is('*')) this.next();
          else this.expression(depth + 1);
          return this.expect(']');
        });
        e = { type: 'other', start: e.start, end: close.end };
      } else return e;
    }
  }

  private primary(depth: number): Expr {
    const t = this.next();
    if (t.kind === 'number') return { type: 'literal', value: Number(t.text), start: t.start, end: t.end };
    if (t.kind === 'template') {
      for (const p of t.parts!) if (p.kind !== 'literal') this.interpolation(p.tokens, depth + 1, p.kind === 'directive');
      return { type: 'template', parts: t.parts!, heredoc: t.heredoc && { indented: t.heredoc.indented }, start: t.start, end: t.end };
    }
    if (t.kind === 'ident') {
      if (t.text === 'true' || t.text === 'false') return { type: 'literal', value: t.text === 'true', start: t.start, end: t.end };
      if (t.text === 'null') return { type: 'literal', value: null, start: t.start, end: t.end };
      if (this.tokens[this.i].kind === 'punct' && this.tokens[this.i].text === '(') return this.call(t, depth);
      if (this.tokens[this.i].kind === 'punct' && this.tokens[this.i].text === '::') return this.providerCall(t, depth);
      return { type: 'other', start: t.start, end: t.end };
    }
    if (t.kind === 'punct' && t.text === '(') {
      const inner = this.withNewlines(false, () => this.expression(depth + 1));
      const close = this.withNewlines(false, () => this.expect(')'));
      return { ...inner, type: inner.type === 'literal' ? 'literal' : 'other', start: t.start, end: close.end } as Expr;
    }
    if (t.kind === 'punct' && t.text === '[') return this.withNewlines(false, () => this.tuple(t, depth));
    if (t.kind === 'punct' && t.text === '{') return this.withNewlines(true, () => this.object(t, depth));
    throw this.unexpected(t, 'an expression');
  }

  private call(name: Token, depth: number): Expr {
    this.expect('(');
    return this.withNewlines(false, () => {
      const args: Expr[] = [];
      while (!this.is(')')) {
        args.push(this.expression(depth + 1));
        if (this.is('...')) this.next();
        if (!this.is(')')) this.expect(',', '"," or ")"');
      }
      const close = this.expect(')');
      return { type: 'call', name: name.text, args, start: name.start, end: close.end } as Expr;
    });
  }

  /** `provider::NAME::FUNCTION(...)` (Terraform 1.8 provider-defined functions). */
  private providerCall(first: Token, depth: number): Expr {
    let last = first;
    while (this.is('::')) {
      this.next();
      last = this.expectIdent();
    }
    const call = this.call(last, depth) as Span & { type: 'call'; name: string; args: Expr[] };
    return { ...call, name: this.text.slice(first.start, last.end), start: first.start };
  }

  private isFor(): boolean {
    const t = this.peek();
    return t.kind === 'ident' && t.text === 'for' && this.tokens[this.i + 1]?.kind === 'ident';
  }

  private forExpr(open: Token, close: string, depth: number): Expr {
    this.next();
    this.expectIdent();
    if (this.is(',')) {
      this.next();
      this.expectIdent();
    }
    const kw = this.next();
    if (kw.kind !== 'ident' || kw.text !== 'in') throw this.unexpected(kw, '"in"');
    this.expression(depth + 1);
    this.expect(':');
    this.expression(depth + 1);
    if (close === '}') {
      this.expect('=>');
      this.expression(depth + 1);
      if (this.is('...')) this.next();
    }
    const kwIf = this.peek();
    if (kwIf.kind === 'ident' && kwIf.text === 'if') {
      this.next();
      this.expression(depth + 1);
    }
    const end = this.expect(close);
    return { type: 'other', start: open.start, end: end.end };
  }

  private expectIdent(): Token {
    const t = this.next();
    if (t.kind !== 'ident') throw this.unexpected(t, 'an identifier');
    return t;
  }

  private tuple(open: Token, depth: number): Expr {
    if (this.isFor()) return this.forExpr(open, ']', depth);
    const items: Expr[] = [];
    while (!this.is(']')) {
      items.push(this.expression(depth + 1));
      if (!this.is(']')) this.expect(',', '"," or "]"');
    }
    const close = this.expect(']');
    return { type: 'tuple', items, start: open.start, end: close.end };
  }

  private object(open: Token, depth: number): Expr {
    const skipNl = () => {
      while (this.peek().kind === 'newline') this.next();
    };
    skipNl();
    if (this.isFor()) return this.withNewlines(false, () => this.forExpr(open, '}', depth));
    const items: ObjectItem[] = [];
    for (;;) {
      skipNl();
      if (this.is('}')) break;
      const k = this.withNewlines(false, () => this.expression(depth + 1));
      const src = this.text.slice(k.start, k.end);
      const key =
        k.type === 'literal'
          ? String(k.value)
          : k.type === 'template' && k.parts.every((p) => p.kind === 'literal')
            ? literalOf(k.parts)
            : k.type === 'other' && /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(src)
              ? src
              : `\${${src}}`;
      const eq = this.next();
      if (eq.kind !== 'punct' || (eq.text !== '=' && eq.text !== ':')) throw this.unexpected(eq, '"=" or ":" after an object key');
      const value = this.withNewlines(false, () => this.expression(depth + 1));
      items.push({ key, keyStart: k.start, keyEnd: k.end, value });
      const sep = this.peek();
      if (sep.kind === 'newline' || (sep.kind === 'punct' && sep.text === ',')) this.next();
      else if (!(sep.kind === 'punct' && sep.text === '}')) throw this.unexpected(sep, '",", a newline or "}"');
    }
    const close = this.expect('}');
    return { type: 'object', items, start: open.start, end: close.end };
  }

  /** `${ expr }`, or a `%{ if/else/endif/for/endfor }` directive, each with optional `~` strip markers. */
  private interpolation(tokens: Token[], depth: number, directive: boolean): void {
    const p = new Parser(tokens, this.text, this.maxDepth);
    p.newlines = [false];
    if (p.is('~')) p.next();
    const t0 = p.peek();
    if (t0.kind === 'eof') throw new HclSyntaxError(`empty template ${directive ? 'directive' : 'interpolation'}`, t0.start);
    if (!directive) p.expression(depth);
    else if (t0.kind === 'ident' && t0.text === 'if') {
      p.next();
      p.expression(depth);
    } else if (t0.kind === 'ident' && t0.text === 'for') {
      p.next();
      p.expectIdent();
      if (p.is(',')) {
        p.next();
        p.expectIdent();
      }
      const kw = p.next();
      if (kw.kind !== 'ident' || kw.text !== 'in') throw p.unexpected(kw, '"in"');
      p.expression(depth);
    } else if (t0.kind === 'ident' && ['else', 'endif', 'endfor'].includes(t0.text)) p.next();
    else throw p.unexpected(t0, 'a template directive (if, else, endif, for, endfor)');
    if (p.is('~')) p.next();
    const end = p.peek();
    if (end.kind !== 'eof') throw p.unexpected(end, `"}" to close the ${directive ? 'directive' : 'interpolation'}`);
  }
}

function literalOf(parts: TemplatePart[], t?: Token): string {
  if (parts.some((p) => p.kind !== 'literal')) {
    if (t) throw new HclSyntaxError('block labels cannot contain template interpolations', t.start);
  }
  return parts.map((p) => (p.kind === 'literal' ? p.value : '')).join('');
}

/** Parse a whole HCL file into its body. Throws HclSyntaxError with an offset on invalid input. */
export function parseHcl(text: string, maxDepth = 200): Body {
  const { tokens } = tokenize(text, 0, false, 0, maxDepth);
  return new Parser(tokens, text, maxDepth).body(undefined, 0);
}
