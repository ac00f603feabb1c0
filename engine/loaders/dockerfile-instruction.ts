import type { Instruction } from 'dockerfile-ast';
import { hasOwn } from './is-record.js';

/** 1-based source range, end column exclusive (SARIF style). */
export interface SourceRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** One Dockerfile instruction as JSON, the shape rules see under `instructions/*`. */
export interface DockerInstruction {
  /** Upper-case keyword: `RUN`, `FROM`, ... */
  cmd: string;
  /** Arguments without flags; `\` continuations joined, comment lines inside them dropped, heredoc bodies kept. */
  args: string;
  /** `--name=value` flags; a flag given twice has an array of values; a flag without value is `true`. */
  flags: Record<string, string | true | (string | true)[]>;
  /** Exec (JSON array) form: the parsed array. */
  argv?: string[];
  /** `KEY=value` pairs of ENV, ARG and LABEL (values unquoted; ARG without default has `value: null`). */
  properties?: { name: string; value: string | null }[];
  /** Heredocs (`RUN <<EOF`): delimiter name and body. */
  heredocs?: { name: string; content: string }[];
  /** 1-based line of the keyword. */
  line: number;
}

/** A 0-based language-server range, as dockerfile-ast reports them. */
export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Convert a 0-based language-server range to a 1-based SourceRange. */
export function toSourceRange(r: Range): SourceRange {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** Offsets of a 0-based position in the text, given the start offsets of each line. */
export type OffsetOf = (line: number, character: number) => number;

/**
 * Build the JSON of one instruction and record the source range of each of its parts, by pointer relative to the
 * instruction (`''`, `/cmd`, `/args`, `/flags/<name>`, `/properties/<i>[/name|/value]`, `/heredocs/<i>`).
 */
export function dockerInstruction(
  inst: Instruction,
  text: string,
  offsetOf: OffsetOf,
  escape: string,
  ranges: Map<string, SourceRange>,
): DockerInstruction {
  const base = '';
  const range = inst.getRange();
  ranges.set(base, toSourceRange(range));
  ranges.set(base + '/cmd', toSourceRange(inst.getInstructionRange()));
  const out: DockerInstruction = { cmd: inst.getKeyword(), args: '', flags: {}, line: range.start.line + 1 };
  const anyInst = inst as unknown as Record<string, unknown>;
  if (typeof anyInst.getFlags === 'function') {
    for (const flag of (inst as unknown as { getFlags(): import('dockerfile-ast').Flag[] }).getFlags()) {
      const name = flag.getName();
      const value: string | true = flag.getValue() ?? true;
      const prev = hasOwn(out.flags, name) ? out.flags[name] : undefined;
      if (prev === undefined) {
        out.flags[name] = value;
        ranges.set(`${base}/flags/${name}`, toSourceRange(flag.getRange()));
      } else out.flags[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
  }
  const args = inst.getArguments();
  if (args.length > 0) {
    const start = args[0].getRange().start;
    const from = offsetOf(start.line, start.character);
    const to = offsetOf(range.end.line, range.end.character);
    out.args = commandText(text.slice(from, to), escape);
    ranges.set(base + '/args', toSourceRange({ start, end: range.end }));
  }
  if (/^\s*\[/.test(out.args)) {
    try {
      const parsed: unknown = JSON.parse(out.args);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) out.argv = parsed;
    } catch {
      // Not valid JSON: Docker runs it in shell form.
    }
  }
  if (typeof anyInst.getProperties === 'function') {
    const props = (inst as unknown as { getProperties(): import('dockerfile-ast').Property[] }).getProperties();
    out.properties = props.map((p, i) => {
      ranges.set(`${base}/properties/${i}`, toSourceRange(p.getRange()));
      ranges.set(`${base}/properties/${i}/name`, toSourceRange(p.getNameRange()));
      const vr = p.getValueRange();
      if (vr) ranges.set(`${base}/properties/${i}/value`, toSourceRange(vr));
      return { name: p.getName(), value: p.getValue() };
    });
  }
  if (typeof anyInst.getHeredocs === 'function') {
    const docs = (inst as unknown as { getHeredocs(): import('dockerfile-ast').Heredoc[] }).getHeredocs();
    if (docs.length > 0) {
      out.heredocs = docs.map((h, i) => {
        const c = h.getContentRange();
        const end = h.getDelimiterRange() ?? c ?? h.getNameRange();
        ranges.set(`${base}/heredocs/${i}`, toSourceRange({ start: h.getStartRange().start, end: end.end }));
        const content = c ? text.slice(offsetOf(c.start.line, c.start.character), offsetOf(c.end.line, c.end.character)) : '';
        return { name: h.getName(), content };
      });
    }
  }
  return out;
}

/**
 * Arguments as the builder sees them: lines ending in the escape character are joined (the character removed),
 * comment and blank lines inside a continuation are dropped, and anything after the command line (heredoc
 * bodies) is kept verbatim after a newline.
 */
export function commandText(raw: string, escape: string): string {
  const lines = raw.split(/\r\n|\r|\n/);
  let out = '';
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && (/^[ \t]*#/.test(line) || line.trim() === '')) continue;
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed.endsWith(escape)) {
      out += trimmed.slice(0, -escape.length);
      continue;
    }
    out += line;
    i++;
    break;
  }
  const rest = lines.slice(i).join('\n');
  return rest ? `${out}\n${rest}` : out;
}
