import type { Document, Location } from '../types.js';
import type { Parsed, SourceFile } from '../loaders/loader.js';
import type { Limits } from '../limits.js';
import { HclSyntaxError } from './hcl-lexer.js';
import { parseHcl, type Block, type Body, type Expr } from './hcl-parser.js';
import { LineIndex } from './lines.js';
import { escapeSegment, parsePointer } from './pointer.js';
import { hasOwn, setOwn } from '../loaders/is-record.js';

/**
 * HCL file → JSON-like data with a position for every pointer, in the shape `terraform show -json` and
 * hcl2json use, so one rule reads `.tf` and plans alike:
 *
 * - `resource` / `data`: `{TYPE: {NAME: body}}`; `module`, `variable`, `output`: `{NAME: body}`;
 *   `provider`: `{NAME: [body, ...]}` (aliases repeat); `locals`: one merged object; other blocks: arrays.
 * - Inside a body, nested blocks are arrays (`versioning: [{enabled: true}]`), as in plan JSON; labelled ones
 *   nest by label first (`provisioner: {"local-exec": [{...}]}`), as in Terraform's JSON syntax.
 *   `dynamic "x" { content {...} }` becomes an element of `x` with `$dynamic: {for_each}` beside its content.
 * - Literals fold to JSON values (numbers, strings, bools, null, tuples, objects; `-1`; heredocs without
 *   interpolation, `<<-` indentation stripped). `jsonencode(...)` becomes the JSON text Terraform would produce;
 *   `tolist/toset/tomap` of a literal become that literal. Anything else (references, interpolated templates,
 *   function calls, operators, conditionals, for-expressions) becomes `{"$expr": "source text"}`, so rules can
 *   tell "set to something" from a literal value. A template that is a single `"${x}"` gives `{"$expr": "x"}`.
 */

/** Marker for a value known only at plan time. */
export interface HclExpr {
  $expr: string;
}

type Spans = Map<string, [number, number]>;

const FOLD_IDENTITY = new Set(['tolist', 'toset', 'tomap', 'tostring', 'tonumber', 'tobool']);
const BY_LABELS: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1 };

function own(target: Record<string, unknown>, key: string): unknown {
  return hasOwn(target, key) ? target[key] : undefined;
}

class Converter {
  readonly spans: Spans = new Map();
  readonly duplicates: { name: string; offset: number }[] = [];
  constructor(private readonly text: string) {}

  file(body: Body): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    for (const item of body.items) {
      if (item.type === 'attribute') {
        this.attribute(root, '', item.name, item.expr, item.start);
        continue;
      }
      const fixed = BY_LABELS[item.name];
      if (fixed !== undefined && item.labels.length === fixed) this.labelled(root, item);
      else if (item.name === 'provider' && item.labels.length === 1) this.appendBlock(this.container(root, '', [item.name]), `/provider/${escapeSegment(item.labels[0].value)}`, item);
      else if (item.name === 'locals' && item.labels.length === 0) {
        const locals = this.container(root, '', ['locals']);
        this.note('/locals', item.start, item.end);
        this.bodyInto(locals, '/locals', item.body);
      } else {
        const names = [item.name, ...item.labels.map((l) => l.value)];
        const last = names.pop()!;
        const parent = this.container(root, '', names);
        const ptr = '/' + [...names, last].map(escapeSegment).join('/');
        if (!Array.isArray(own(parent, last))) setOwn(parent, last, []);
        this.appendBlock(parent, ptr, item);
      }
    }
    return root;
  }

  private container(root: Record<string, unknown>, base: string, names: string[]): Record<string, unknown> {
    let cur = root;
    let ptr = base;
    for (const n of names) {
      ptr += '/' + escapeSegment(n);
      let next = own(cur, n);
      if (next === undefined || next === null || typeof next !== 'object') {
        next = {};
        setOwn(cur, n, next);
      }
      cur = next as Record<string, unknown>;
    }
    return cur;
  }

  private labelled(root: Record<string, unknown>, block: Block): void {
    const names = [block.name, ...block.labels.map((l) => l.value)];
    const last = names.pop()!;
    const parent = this.container(root, '', names);
    const ptr = '/' + [...names, last].map(escapeSegment).join('/');
    if (own(parent, last) !== undefined) {
      this.duplicates.push({ name: `${[...names.slice(block.name === 'resource' ? 1 : 0), last].join('.')}`, offset: block.start });
      return;
    }
    const obj: Record<string, unknown> = {};
    setOwn(parent, last, obj);
    this.note(ptr, block.start, block.end);
    this.bodyInto(obj, ptr, block.body);
  }

  /** Append a block's body as a new element of `parent[name]` (an array), for repeatable blocks. */
  private appendBlock(parent: Record<string, unknown>, ptr: string, block: Block): void {
    const key = parsePointer(ptr).at(-1)!;
    let arr = own(parent, key);
    if (!Array.isArray(arr)) {
      arr = [];
      setOwn(parent, key, arr);
    }
    const list = arr as unknown[];
    const obj: Record<string, unknown> = {};
    const elemPtr = `${ptr}/${list.length}`;
    this.note(ptr, block.start, block.end);
    list.push(obj);
    this.note(elemPtr, block.start, block.end);
    this.bodyInto(obj, elemPtr, block.body);
  }

  bodyInto(obj: Record<string, unknown>, ptr: string, body: Body): void {
    for (const item of body.items) {
      if (item.type === 'attribute') this.attribute(obj, ptr, item.name, item.expr, item.start);
      else if (item.name === 'dynamic' && item.labels.length === 1) this.dynamic(obj, ptr, item);
      else if (item.labels.length === 0) this.appendBlock(obj, `${ptr}/${escapeSegment(item.name)}`, item);
      else {
        const names = [item.name, ...item.labels.map((l) => l.value)];
        const last = names.pop()!;
        const holder = this.container(obj, ptr, names);
        this.appendBlock(holder, `${ptr}/${names.map(escapeSegment).join('/')}/${escapeSegment(last)}`, item);
      }
    }
  }

  private dynamic(obj: Record<string, unknown>, ptr: string, block: Block): void {
    const name = block.labels[0].value;
    const content = block.body.items.find((i): i is Block => i.type === 'block' && i.name === 'content');
    const meta: Record<string, unknown> = {};
    for (const i of block.body.items) if (i.type === 'attribute') setOwn(meta, i.name, this.value(i.expr, ''));
    const synthetic: Block = { ...block, body: { items: content ? content.body.items : [] } };
    this.appendBlock(obj, `${ptr}/${escapeSegment(name)}`, synthetic);
    const list = own(obj, name) as Record<string, unknown>[];
    setOwn(list[list.length - 1], '$dynamic', meta);
  }

  private attribute(obj: Record<string, unknown>, ptr: string, name: string, expr: Expr, start: number): void {
    const p = `${ptr}/${escapeSegment(name)}`;
    this.note(p, start, expr.end);
    setOwn(obj, name, this.value(expr, p));
  }

  private note(ptr: string, start: number, end: number): void {
    if (!this.spans.has(ptr)) this.spans.set(ptr, [start, end]);
  }

  value(e: Expr, ptr: string): unknown {
    switch (e.type) {
      case 'literal':
        return e.value;
      case 'template':
        return this.template(e);
      case 'tuple':
        return e.items.map((item, i) => {
          if (ptr) this.note(`${ptr}/${i}`, item.start, item.end);
          return this.value(item, ptr && `${ptr}/${i}`);
        });
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const item of e.items) {
          const p = ptr && `${ptr}/${escapeSegment(item.key)}`;
          if (p) this.note(p, item.keyStart, item.value.end);
          setOwn(out, item.key, this.value(item.value, p));
        }
        return out;
      }
      case 'call':
        if (e.name === 'jsonencode' && e.args.length === 1) return JSON.stringify(this.value(e.args[0], ''));
        if (FOLD_IDENTITY.has(e.name) && e.args.length === 1) {
          const v = this.value(e.args[0], ptr);
          if (!isExpr(v)) return v;
        }
        return { $expr: this.text.slice(e.start, e.end) };
      default:
        return { $expr: this.text.slice(e.start, e.end) };
    }
  }

  private template(e: Extract<Expr, { type: 'template' }>): unknown {
    if (e.parts.every((p) => p.kind === 'literal')) {
      const s = e.parts.map((p) => (p.kind === 'literal' ? p.value : '')).join('');
      return e.heredoc?.indented ? dedent(s) : s;
    }
    if (e.parts.length === 1 && e.parts[0].kind === 'interp') {
      const p = e.parts[0];
      return { $expr: this.text.slice(p.start + 2, p.end - 1).replace(/^~|~$/g, '').trim() };
    }
    return { $expr: this.text.slice(e.start, e.end) };
  }
}

/** True when a value is an `{"$expr": ...}` marker. */
export function isExpr(v: unknown): v is HclExpr {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as HclExpr).$expr === 'string';
}

function dedent(s: string): string {
  const lines = s.split(/\r\n|\n|\r/);
  const widths = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const min = widths.length ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

/** Parse one HCL file into a single Document (or a parse error with line and column). */
export function readHcl(file: SourceFile, type: string, limits: Limits): Parsed {
  const lines = new LineIndex(file.text);
  let body: Body;
  try {
    body = parseHcl(file.text, limits.maxDepth);
  } catch (err) {
    if (!(err instanceof HclSyntaxError)) throw err;
    const p = lines.position(err.offset);
    return { documents: [], errors: [{ line: p.line, column: p.column, message: err.message, code: err.message.startsWith('nesting deeper') ? 'limit-exceeded' : 'parse-error' }] };
  }
  const conv = new Converter(file.text);
  const data = conv.file(body);
  const errors: Parsed['errors'] = conv.duplicates.map((d) => {
    const p = lines.position(d.offset);
    return { line: p.line, column: p.column, code: 'parse-error' as const, message: `duplicate block "${d.name}" (only the first is evaluated)` };
  });
  return { documents: [hclDocument(file, type, data, conv.spans, lines)], errors };
}

function hclDocument(file: SourceFile, type: string, data: unknown, spans: Spans, lines: LineIndex): Document {
  const at = (start: number, end: number, pointer: string): Location => {
    const s = lines.position(start);
    const e = lines.position(Math.max(start, end));
    return { path: file.path, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, pointer };
  };
  return {
    path: file.path,
    type,
    index: 0,
    count: 1,
    data,
    locate(pointer: string): Location {
      const segs = parsePointer(pointer);
      for (let n = segs.length; n > 0; n--) {
        const span = spans.get('/' + segs.slice(0, n).map(escapeSegment).join('/'));
        if (span) return at(span[0], span[1], pointer);
      }
      return at(0, 0, pointer);
    },
    commentsAt(line: number): string | undefined {
      const m = /(?:^|\s)(?:#|\/\/)(.*)$/.exec(lines.line(line));
      return m ? m[1] : undefined;
    },
  };
}
