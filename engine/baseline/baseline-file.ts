import { readFileSync } from 'node:fs';
import type { Diagnostic, Finding } from '../types.js';

/** One accepted finding: the fingerprint decides; rule, path and message are there for people reading the file. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  message: string;
}

/** A baseline as read, with the 1-based line of each entry in the file. */
export interface Baseline {
  entries: BaselineEntry[];
  lines: Map<string, number>;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The baseline of a result: every failing finding, sorted by path, rule and fingerprint, one entry per line so a
 * change to the baseline reads well in a pull request. No clock, no line numbers: the same findings give the same
 * bytes wherever they moved in their files.
 */
export function baselineText(findings: Finding[]): string {
  const entries: BaselineEntry[] = findings
    .filter((f) => f.status === 'fail')
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.location.path, message: f.message }))
    .sort((a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
  const body = entries.map((e, i) => `    ${JSON.stringify(e)}${i < entries.length - 1 ? ',' : ''}`);
  return ['{', '  "bylaw": "baseline",', '  "version": 1,', `  "findings": [${entries.length ? '' : ']'}`, ...(entries.length ? [...body, '  ]'] : []), '}', ''].join('\n');
}

/** Read and check a baseline file; problems are `invalid-baseline` diagnostics naming the file (and line when known). */
export function readBaseline(absPath: string, shown: string): { baseline?: Baseline; diagnostics: Diagnostic[] } {
  const fail = (message: string, line = 1, column = 1) => ({ diagnostics: [{ path: shown, line, column, code: 'invalid-baseline' as const, message }] });
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (err) {
    return fail(`cannot read baseline: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return fail(`not JSON: ${(err as Error).message} (create one with \`bylaw baseline create --output FILE\`)`);
  }
  const d = data as { bylaw?: unknown; version?: unknown; findings?: unknown };
  if (!d || typeof d !== 'object' || d.bylaw !== 'baseline' || d.version !== 1 || !Array.isArray(d.findings)) {
    return fail('not a bylaw baseline (expected {"bylaw": "baseline", "version": 1, "findings": [...]})');
  }
  const lines = text.split(/\r\n|\r|\n/);
  const lineOf = new Map<string, number>();
  lines.forEach((l, i) => {
    const m = /"fingerprint"\s*:\s*"([^"\\]+)"/.exec(l);
    if (m && !lineOf.has(m[1])) lineOf.set(m[1], i + 1);
  });
  const entries: BaselineEntry[] = [];
  for (const [i, e] of d.findings.entries()) {
    const x = e as Partial<BaselineEntry> | null;
    if (!x || typeof x !== 'object' || typeof x.fingerprint !== 'string' || !x.fingerprint) return fail(`findings[${i}] has no "fingerprint" string`);
    entries.push({ fingerprint: x.fingerprint, ruleId: String(x.ruleId ?? ''), path: String(x.path ?? ''), message: String(x.message ?? '') });
  }
  return { baseline: { entries, lines: lineOf }, diagnostics: [] };
}
