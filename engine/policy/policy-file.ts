import { readFileSync } from 'node:fs';
import { CORE_SCHEMA } from 'js-yaml';
import type { Diagnostic, Document, ErrorCode } from '../types.js';
import { readYaml } from '../source/yaml-source.js';
import { DEFAULT_LIMITS } from '../limits.js';

/** A policy-side file (rule, pack, config, exceptions, cases) read with positions, so mistakes point at a line. */
export interface PolicyFile {
  /** Path as shown in messages. */
  path: string;
  document?: Document;
  data: unknown;
  diagnostics: Diagnostic[];
}

const MAX_POLICY_BYTES = 2 * 1024 * 1024;

/** Read a YAML (or JSON) policy file; problems become diagnostics with the given code, never throws. */
export function readPolicyFile(absPath: string, shownPath: string, code: ErrorCode, text?: string): PolicyFile {
  let source = text;
  if (source === undefined) {
    try {
      const buf = readFileSync(absPath);
      if (buf.length > MAX_POLICY_BYTES) {
        return { path: shownPath, data: undefined, diagnostics: [{ path: shownPath, line: 1, column: 1, code, message: `file is larger than ${MAX_POLICY_BYTES} bytes` }] };
      }
      source = buf.toString('utf8').replace(/^\uFEFF/, '');
    } catch (err) {
      return { path: shownPath, data: undefined, diagnostics: [{ path: shownPath, line: 1, column: 1, code, message: `cannot read file: ${(err as Error).message}` }] };
    }
  }
  const parsed = readYaml({ path: shownPath, text: source }, { schema: CORE_SCHEMA, limits: DEFAULT_LIMITS, type: 'policy' });
  const diagnostics: Diagnostic[] = parsed.errors.map((e) => ({ path: shownPath, line: e.line, column: e.column, code, message: `YAML: ${e.message}` }));
  if (parsed.documents.length > 1) {
    const d = parsed.documents[1].locate('');
    diagnostics.push({ path: shownPath, line: d.startLine, column: d.startColumn, code, message: 'expected one YAML document, found several' });
  }
  const document = parsed.documents[0];
  if (!document && diagnostics.length === 0) diagnostics.push({ path: shownPath, line: 1, column: 1, code, message: 'file is empty' });
  return { path: shownPath, document, data: document?.data, diagnostics };
}

/** A diagnostic at a pointer inside a policy file. */
export function diagnosticAt(file: PolicyFile, pointer: string, code: ErrorCode, message: string): Diagnostic {
  const loc = file.document?.locate(pointer);
  return { path: file.path, line: loc?.startLine ?? 1, column: loc?.startColumn ?? 1, code, message };
}
