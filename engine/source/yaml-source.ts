import {
  parseEvents,
  constructFromEvents,
  getScalarValue,
  type Event,
  type ScalarEvent,
  type Schema,
} from 'js-yaml';
import type { Document, Location } from '../types.js';
import type { Limits } from '../limits.js';
import type { Parsed, SourceFile } from '../loaders/loader.js';
import { LineIndex } from './lines.js';
import { parsePointer } from './pointer.js';

const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;

export interface YamlReadOptions {
  /** js-yaml schema: YAML 1.1 for Kubernetes (as kubectl), core for workflows, custom tags for CloudFormation. */
  schema: Schema;
  limits: Limits;
  /** Input type recorded on the documents. */
  type: string;
  /** JSON semantics: duplicate keys override instead of failing (as JSON.parse). */
  json?: boolean;
}

/**
 * Parse a YAML stream (or JSON text) into documents that keep a path from every JSON pointer back to the source.
 *
 * Parsing keeps js-yaml's flat event array of each document; positions are computed only when `locate`
 * is called, so a scan pays for positions only where it reports something.
 * A syntax error in one document does not lose the others: the stream is re-read document by document.
 */
export function readYaml(file: SourceFile, options: YamlReadOptions): Parsed {
  const text = file.text;
  const lines = new LineIndex(text);
  const parsed: Parsed = { documents: [], errors: [] };
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: options.limits.maxDepth, filename: file.path });
  } catch (err) {
    return recoverByDocument(file, options, lines, err);
  }
  const slices = splitDocuments(events);
  if (slices.length > options.limits.maxDocuments) {
    parsed.errors.push({
      line: 1,
      column: 1,
      code: 'limit-exceeded',
      message: `file has ${slices.length} documents, more than the limit of ${options.limits.maxDocuments}`,
    });
    return parsed;
  }
  buildDocuments(file, options, lines, events, slices, parsed);
  return parsed;
}

function buildDocuments(
  file: SourceFile,
  options: YamlReadOptions,
  lines: LineIndex,
  events: Event[],
  slices: [number, number][],
  parsed: Parsed,
): void {
  const present: { data: unknown; evs: Event[]; start: number }[] = [];
  for (const [from, to] of slices) {
    const evs = events.slice(from, to);
    const cycle = circularAlias(evs, file.text);
    if (cycle >= 0) {
      const p = lines.position(cycle);
      parsed.errors.push({ line: p.line, column: p.column, code: 'parse-error', message: 'circular alias: an alias refers to a node that contains it' });
      continue;
    }
    try {
      const [data] = constructFromEvents(evs, {
        source: file.text,
        schema: options.schema,
        maxAliases: options.limits.maxAliases,
        maxTotalMergeKeys: options.limits.maxMergeKeys,
        json: options.json,
      });
      if (data === null || data === undefined) continue;
      present.push({ data, evs, start: firstOffset(evs) });
    } catch (err) {
      parsed.errors.push(errorAt(err, lines, firstOffset(evs)));
    }
  }
  present.forEach((d, index) => {
    parsed.documents.push(makeDocument(file, options.type, d.data, d.evs, lines, index, present.length, d.start));
  });
}

/** After a syntax error, read each `---`-separated chunk on its own so good documents are still evaluated. */
function recoverByDocument(file: SourceFile, options: YamlReadOptions, lines: LineIndex, first: unknown): Parsed {
  const parsed: Parsed = { documents: [], errors: [] };
  const text = file.text;
  const bounds: number[] = [0];
  const re = /^---(?=[ \t]|\r?$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index > 0) bounds.push(m.index);
  if (bounds.length === 1) {
    parsed.errors.push(errorAt(first, lines, 0));
    return parsed;
  }
  bounds.push(text.length);
  const docs: { data: unknown; evs: Event[]; start: number }[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    // Blank out everything outside this chunk so offsets stay those of the whole file.
    const chunk = text.slice(0, bounds[i]).replace(/[^\r\n]/g, ' ') + text.slice(bounds[i], bounds[i + 1]);
    try {
      const evs = parseEvents(chunk, { maxDepth: options.limits.maxDepth });
      for (const [from, to] of splitDocuments(evs)) {
        const slice = evs.slice(from, to);
        const [data] = constructFromEvents(slice, {
          source: chunk,
          schema: options.schema,
          maxAliases: options.limits.maxAliases,
          maxTotalMergeKeys: options.limits.maxMergeKeys,
        json: options.json,
        });
        if (data !== null && data !== undefined) docs.push({ data, evs: slice, start: firstOffset(slice) });
      }
    } catch (err) {
      parsed.errors.push(errorAt(err, lines, bounds[i]));
    }
    if (docs.length > options.limits.maxDocuments) break;
  }
  docs.forEach((d, index) => {
    parsed.documents.push(makeDocument(file, options.type, d.data, d.evs, lines, index, docs.length, d.start));
  });
  return parsed;
}

function errorAt(err: unknown, lines: LineIndex, fallback: number): Parsed['errors'][number] {
  const e = err as { reason?: string; message?: string; mark?: { line: number; column: number; position?: number } };
  const reason = e.reason ?? String(e.message ?? err).split('\n')[0];
  const limit = /depth|alias|merge/i.test(reason) && /exceed|limit|maximum|too many/i.test(reason);
  if (e.mark && typeof e.mark.line === 'number') {
    return { line: e.mark.line + 1, column: e.mark.column + 1, message: reason, code: limit ? 'limit-exceeded' : 'parse-error' };
  }
  const p = lines.position(fallback);
  return { line: p.line, column: p.column, message: reason, code: limit ? 'limit-exceeded' : 'parse-error' };
}

/**
 * Offset of the first alias that refers to an anchor still open around it (`&a {self: *a}`), else -1.
 * Such data is cyclic; it is rejected rather than handed to rules and reports that walk it.
 */
function circularAlias(evs: Event[], text: string): number {
  let anchors = false;
  for (const e of evs) if (e.type !== POP && e.type !== DOCUMENT && e.type !== ALIAS && e.anchorStart >= 0) anchors = true;
  if (!anchors) return -1;
  const open: (string | undefined)[] = [];
  for (const e of evs) {
    if (e.type === SEQUENCE || e.type === MAPPING) open.push(e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : undefined);
    else if (e.type === POP) open.pop();
    else if (e.type === ALIAS && open.includes(text.slice(e.anchorStart, e.anchorEnd))) return e.anchorStart - 1;
  }
  return -1;
}

/** Split a stream's events into [from, to) slices, one per document. */
function splitDocuments(events: Event[]): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < events.length; i++) {
    const t = events[i].type;
    if (t === DOCUMENT || t === SEQUENCE || t === MAPPING) {
      if (depth === 0) start = i;
      depth++;
    } else if (t === POP) {
      depth--;
      if (depth === 0) out.push([start, i + 1]);
    }
  }
  return out;
}

function firstOffset(evs: Event[]): number {
  for (const e of evs) {
    const s = nodeStart(e);
    if (s >= 0) return s;
  }
  return 0;
}

function nodeStart(e: Event): number {
  switch (e.type) {
    case SCALAR: {
      const starts = [e.valueStart, e.anchorStart, e.tagStart].filter((n) => n >= 0);
      let s = starts.length ? Math.min(...starts) : -1;
      if (s === e.valueStart && (e.style === 2 || e.style === 3)) s -= 1;
      return s;
    }
    case SEQUENCE:
    case MAPPING: {
      const starts = [e.start, e.anchorStart, e.tagStart].filter((n) => n >= 0);
      return starts.length ? Math.min(...starts) : -1;
    }
    case ALIAS:
      return e.anchorStart - 1;
    default:
      return -1;
  }
}

/** Per event array: index just past each collection (built once, so `skip` is O(1) and `locate` stays linear). */
const skipTables = new WeakMap<Event[], Int32Array>();
/** Per event array: memoised end offsets of collections. */
const endMemos = new WeakMap<Event[], Map<number, number>>();

function skipTable(evs: Event[]): Int32Array {
  let table = skipTables.get(evs);
  if (table) return table;
  table = new Int32Array(evs.length).fill(evs.length);
  const open: number[] = [];
  for (let j = 0; j < evs.length; j++) {
    const tj = evs[j].type;
    if (tj === SEQUENCE || tj === MAPPING || tj === DOCUMENT) open.push(j);
    else if (tj === POP) {
      const s = open.pop();
      if (s !== undefined) table[s] = j + 1;
    }
  }
  skipTables.set(evs, table);
  return table;
}

/** Index just past the node that starts at events[i]. */
function skip(evs: Event[], i: number): number {
  const t = evs[i].type;
  if (t !== SEQUENCE && t !== MAPPING) return i + 1;
  return skipTable(evs)[i];
}

/** End offset (exclusive) of the node at events[i]. */
function nodeEnd(evs: Event[], i: number, text: string): number {
  const e = evs[i];
  if (e.type === SCALAR) {
    if (e.valueStart < 0) return Math.max(e.anchorEnd, e.tagEnd, -1);
    return e.valueEnd + (e.style === 2 || e.style === 3 ? 1 : 0);
  }
  if (e.type === ALIAS) return e.anchorEnd;
  if (e.type !== SEQUENCE && e.type !== MAPPING) return -1;
  let memo = endMemos.get(evs);
  if (!memo) endMemos.set(evs, (memo = new Map()));
  const known = memo.get(i);
  if (known !== undefined) return known;
  const after = skip(evs, i);
  let end = e.start;
  for (let j = i + 1; j < after - 1; j = skip(evs, j)) end = Math.max(end, nodeEnd(evs, j, text));
  if (e.style === 2) {
    const close = e.type === SEQUENCE ? ']' : '}';
    const k = text.indexOf(close, Math.max(end, e.start));
    if (k >= 0) end = k + 1;
  }
  memo.set(i, end);
  return end;
}

/** Block scalars (`|`, `>`) start at their indicator, which the event does not record: find it before the content. */
function blockIndicator(text: string, e: Event, start: number): number {
  if (e.type !== SCALAR || (e.style !== 4 && e.style !== 5) || e.valueStart < 0) return start;
  for (let i = e.valueStart - 1; i >= 0 && i >= e.valueStart - 512; i--) {
    const c = text[i];
    if (c === '|' || c === '>') return Math.min(start, i);
  }
  return start;
}

function scalarText(text: string, e: ScalarEvent): string {
  return e.valueStart < 0 ? '' : e.fast ? text.slice(e.valueStart, e.valueEnd) : getScalarValue(text, e);
}

interface Hit {
  /** Start offset of the member (key start for mapping members). */
  start: number;
  end: number;
  /** Event index of the node's value. */
  node: number;
}

function anchorTarget(evs: Event[], aliasIndex: number, text: string): number {
  const a = evs[aliasIndex];
  if (a.type !== ALIAS) return -1;
  const name = text.slice(a.anchorStart, a.anchorEnd);
  for (let j = aliasIndex - 1; j >= 0; j--) {
    const e = evs[j];
    if (e.type !== POP && e.type !== DOCUMENT && e.type !== ALIAS && e.anchorStart >= 0) {
      if (text.slice(e.anchorStart, e.anchorEnd) === name) return j;
    }
  }
  return -1;
}

/** Find a member of the collection at events[i] by key or index, following aliases and merge keys. */
function child(evs: Event[], i: number, segment: string, text: string, seen = 0): Hit | undefined {
  if (seen > 50) return undefined;
  let e = evs[i];
  if (e.type === ALIAS) {
    const t = anchorTarget(evs, i, text);
    if (t < 0) return undefined;
    i = t;
    e = evs[i];
  }
  const end = skip(evs, i) - 1;
  if (e.type === SEQUENCE) {
    if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
    let idx = Number(segment);
    for (let j = i + 1; j < end; j = skip(evs, j)) {
      if (idx-- === 0) return { start: blockIndicator(text, evs[j], nodeStart(evs[j])), end: nodeEnd(evs, j, text), node: j };
    }
    return undefined;
  }
  if (e.type !== MAPPING) return undefined;
  const merges: number[] = [];
  let found: Hit | undefined;
  for (let j = i + 1; j < end; ) {
    const k = j;
    const v = skip(evs, k);
    if (v >= end) break;
    const key = evs[k];
    if (key.type === SCALAR) {
      const name = scalarText(text, key);
      if (name === segment) {
        const start = nodeStart(key);
        const valueEnd = nodeEnd(evs, v, text);
        found = { start, end: Math.max(valueEnd, nodeEnd(evs, k, text)), node: v };
      } else if (name === '<<' && key.style === 1) merges.push(v);
    }
    j = skip(evs, v);
  }
  if (found) return found;
  // Merge keys: later explicit keys win (handled above), then merged mappings in order.
  for (const m of merges) {
    const mv = evs[m];
    if (mv.type === SEQUENCE) {
      const mend = skip(evs, m) - 1;
      for (let j = m + 1; j < mend; j = skip(evs, j)) {
        const hit = child(evs, j, segment, text, seen + 1);
        if (hit) return hit;
      }
    } else {
      const hit = child(evs, m, segment, text, seen + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

function makeDocument(
  file: SourceFile,
  type: string,
  data: unknown,
  evs: Event[],
  lines: LineIndex,
  index: number,
  count: number,
  docStart: number,
): Document {
  const text = file.text;
  const rootIndex = evs.length > 1 ? 1 : -1;
  const toLocation = (start: number, end: number, pointer: string): Location => {
    while (end > start + 1 && /\s/.test(text[end - 1])) end--;
    const s = lines.position(start);
    const e = lines.position(Math.max(end, start));
    const loc: Location = {
      path: file.path,
      startLine: s.line,
      startColumn: s.column,
      endLine: e.line,
      endColumn: e.column,
      pointer,
    };
    if (count > 1) loc.document = index;
    return loc;
  };
  return {
    path: file.path,
    type,
    index,
    count,
    data,
    locate(pointer: string): Location {
      if (rootIndex < 0) return toLocation(docStart, docStart, pointer);
      let node = rootIndex;
      let start = nodeStart(evs[node]);
      let end = nodeEnd(evs, node, text);
      for (const seg of parsePointer(pointer)) {
        const hit = child(evs, node, seg, text);
        if (!hit) break;
        node = hit.node;
        start = hit.start >= 0 ? hit.start : start;
        end = hit.end >= 0 ? hit.end : end;
      }
      return toLocation(start, end, pointer);
    },
    commentsAt(line: number): string | undefined {
      const l = lines.line(line);
      const m = /(?:^|\s)#(.*)$/.exec(l);
      return m ? m[1] : undefined;
    },
  };
}
