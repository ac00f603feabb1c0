import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Finding, InputRef, Note } from '../types.js';
import type { Limits } from '../limits.js';
import type { PolicySet } from '../policy/policy-set.js';
import { evaluate, type Tally, type BoundRule } from '../evaluate/evaluate.js';
import { loaderFor } from '../loaders/detect.js';
import { decode } from '../source/decode.js';

/** What one file contributes to a result. Plain data, so worker threads can send it back as is. */
export interface FileResult {
  path: string;
  input?: InputRef;
  findings: Finding[];
  errors: Diagnostic[];
  notes: Note[];
  documents: number;
  resources: number;
  /** Passes and skips counted per rule binding (`BoundRule.key`): [pass, skip]. */
  tally: Record<string, [number, number]>;
  /** 1-based lines carrying `bylaw:ignore` comments, with their text (for inline suppressions). */
  comments?: Record<number, string>;
}

export interface ScanFileOptions {
  root: string;
  limits: Limits;
  /** Memo shared by the files of one scan (SourceFile.session). */
  session?: Map<string, unknown>;
}

const SUPPRESSION = /bylaw:ignore/;

const emptyResult = (path: string): FileResult => ({ path, findings: [], errors: [], notes: [], documents: 0, resources: 0, tally: {} });

/** Read, decode, detect, parse and evaluate one file. Never throws: every failure is an error entry with a line. */
export function scanFile(path: string, policy: PolicySet, options: ScanFileOptions): FileResult {
  const out = emptyResult(path);
  const abs = join(options.root, path);
  let buf: Buffer;
  try {
    const st = statSync(abs);
    if (st.size > options.limits.maxFileBytes) {
      out.notes.push({ code: 'file-too-large', message: `skipped: ${st.size} bytes is over the ${options.limits.maxFileBytes}-byte limit`, path });
      return out;
    }
    buf = readFileSync(abs);
  } catch (err) {
    out.errors.push({ path, line: 1, column: 1, code: 'unreadable-file', message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return out;
  }
  return scanBytes(path, buf, policy, options);
}

/** Decode, detect, parse and evaluate content that is already in memory (a file's bytes, or standard input). */
export function scanBytes(path: string, buf: Buffer, policy: PolicySet, options: ScanFileOptions): FileResult {
  const out = emptyResult(path);
  if (buf.length > options.limits.maxFileBytes) {
    out.notes.push({ code: 'file-too-large', message: `skipped: ${buf.length} bytes is over the ${options.limits.maxFileBytes}-byte limit`, path });
    return out;
  }
  const decoded = decode(buf);
  if ('binary' in decoded) {
    out.notes.push({ code: 'binary-file', message: 'skipped: binary file', path });
    return out;
  }
  const sha256 = (): string => createHash('sha256').update(buf).digest('hex');
  if ('error' in decoded) {
    out.errors.push({ path, line: decoded.line, column: decoded.column, code: 'parse-error', message: decoded.error });
    out.input = { path, type: 'unknown', sha256: sha256() };
    return out;
  }
  const file = { path, text: decoded.text, root: options.root, session: options.session };
  const loader = loaderFor(file);
  // Files no selected rule reads are neither hashed nor parsed.
  if (!loader || !policy.types.has(loader.type)) return out;
  out.input = { path, type: loader.type, sha256: sha256() };
  let parsed;
  try {
    parsed = loader.parse(file, options.limits);
  } catch (err) {
    out.errors.push({ path, line: 1, column: 1, code: 'parse-error', message: `could not parse: ${(err as Error).message}` });
    return out;
  }
  for (const e of parsed.errors) out.errors.push({ path, line: e.line, column: e.column, code: e.code ?? 'parse-error', message: e.message });
  const tally: Tally = {
    pass: (b: BoundRule) => ((out.tally[b.key] ??= [0, 0])[0] += 1),
    skip: (b: BoundRule) => ((out.tally[b.key] ??= [0, 0])[1] += 1),
  };
  const budget = options.limits.ruleTimeoutMs;
  for (const document of parsed.documents) {
    out.documents++;
    let targets;
    try {
      targets = loader.targets(document);
    } catch (err) {
      const loc = document.locate('');
      out.errors.push({ path, line: loc.startLine, column: loc.startColumn, code: 'parse-error', message: `could not read resources: ${(err as Error).message}` });
      continue;
    }
    for (const target of targets) {
      out.resources++;
      for (const bound of policy.rulesFor(target.resource.type, target.resource.kind)) {
        const started = performance.now();
        out.findings.push(...evaluate(bound, target, tally));
        const spent = performance.now() - started;
        if (spent > budget) {
          const loc = document.locate(target.pointer);
          out.errors.push({ path, line: loc.startLine, column: loc.startColumn, code: 'rule-timeout', message: `rule ${bound.rule.id} took ${Math.round(spent)} ms on this resource (budget ${budget} ms)` });
        }
      }
    }
  }
  if (SUPPRESSION.test(decoded.text)) {
    out.comments = {};
    const lines = decoded.text.split(/\r\n|\r|\n/);
    lines.forEach((l, i) => {
      if (SUPPRESSION.test(l)) out.comments![i + 1] = l;
    });
  }
  return out;
}
