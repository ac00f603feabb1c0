import type { Diagnostic, ErrorCode } from './types.js';

/** An error with a stable code and a place, printed OPA-style as `file:line:column: code: message`. */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly place?: { path: string; line: number; column: number },
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  override toString(): string {
    return this.place ? `${this.place.path}:${this.place.line}:${this.place.column}: ${this.code}: ${this.message}` : `${this.code}: ${this.message}`;
  }
}

/** Several problems at once (a policy with three mistakes reports all three), sorted by place. */
export class EngineErrors extends Error {
  override name = 'EngineErrors';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.column}: ${d.code}: ${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1)));
}
