import pc from 'picocolors';
import type { Finding, Result, Severity } from '../engine/types.js';
import type { Reporter } from './reporter.js';
import { terminalSafe } from './escape/terminal.js';
import { formatDiagnostic } from './model/describe.js';

/** Human output: findings grouped by file with a code frame, then errors, notes and the verdict. */
export const text: Reporter = (result, options) => {
  const c = pc.createColors(!!options.color);
  const sev: Record<Severity, (s: string) => string> = { critical: c.magenta, high: c.red, medium: c.yellow, low: c.cyan, info: c.gray };
  const lines: string[] = [];
  const shown = result.findings.filter((f) => f.status === 'fail' || f.status === 'error' || f.status === 'waived');
  const byPath = new Map<string, Finding[]>();
  for (const f of shown) {
    const group = byPath.get(f.location.path);
    if (group) group.push(f);
    else byPath.set(f.location.path, [f]);
  }
  for (const [path, findings] of byPath) {
    lines.push(c.underline(terminalSafe(path)));
    const source = options.source?.(path)?.split(/\r\n|\r|\n/);
    for (const f of findings) {
      const pos = `${f.location.startLine}:${f.location.startColumn}`.padEnd(8);
      const status = f.status === 'fail' ? sev[f.severity](f.severity.padEnd(8)) : f.status === 'waived' ? c.green('waived  ') : c.red('error   ');
      lines.push(`  ${c.dim(pos)} ${status} ${terminalSafe(f.message)}  ${c.dim(terminalSafe(f.ruleId))}`);
      if (f.resource.source) lines.push(c.dim(`           rendered from ${terminalSafe(f.resource.source)}`));
      if (f.status === 'waived' && f.waiver) {
        const w = f.waiver;
        lines.push(c.dim(`           ${w.kind === 'inline' ? 'suppressed inline' : 'waived'}: ${terminalSafe(w.reason)}${w.approvedBy ? ` (approved by ${terminalSafe(w.approvedBy)}` + (w.expires ? `, expires ${terminalSafe(w.expires)})` : ')') : ''}`));
      }
      if (source && f.status === 'fail') lines.push(...codeFrame(source, f, c));
    }
    lines.push('');
  }
  if (result.errors.length) {
    lines.push(c.bold('Errors'));
    for (const e of result.errors) lines.push(`  ${terminalSafe(formatDiagnostic(e))}: ${c.red(terminalSafe(e.code))}: ${terminalSafe(e.message)}`);
    lines.push('');
  }
  for (const n of result.notes ?? []) lines.push(c.dim(`note: ${n.path ? terminalSafe(n.path) + (n.line ? `:${n.line}` : '') + ': ' : ''}${terminalSafe(n.message)}`));
  if (result.notes?.length) lines.push('');
  lines.push(summaryLine(result, c));
  return lines.join('\n') + '\n';
};

function codeFrame(source: string[], f: Finding, c: ReturnType<typeof pc.createColors>): string[] {
  const { startLine, startColumn, endLine, endColumn } = f.location;
  const out: string[] = [];
  const from = Math.max(1, startLine - 1);
  const to = Math.min(source.length, Math.max(startLine, Math.min(endLine, startLine + 2)));
  const width = String(to).length;
  for (let n = from; n <= to; n++) {
    const mark = n === startLine ? c.red('>') : ' ';
    const lineText = terminalSafe((source[n - 1] ?? '').slice(0, 200));
    out.push(`    ${mark} ${c.dim(String(n).padStart(width) + ' |')} ${lineText}`);
    if (n === startLine) {
      const until = endLine === startLine ? endColumn : (source[n - 1] ?? '').length + 1;
      const caret = ' '.repeat(Math.max(0, startColumn - 1)) + '^'.repeat(Math.max(1, Math.min(until - startColumn, 120)));
      out.push(`      ${' '.repeat(width)} ${c.dim('|')} ${c.red(caret)}`);
    }
  }
  return out;
}

/** The closing verdict line alone (what the CLI prints when the report goes to a file). */
export function verdictLine(result: Result, color = false): string {
  return summaryLine(result, pc.createColors(color)) + '\n';
}

function summaryLine(result: Result, c: ReturnType<typeof pc.createColors>): string {
  const s = result.summary;
  const failing = Object.entries(s.bySeverity).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  const parts = [
    `${s.byStatus.fail} failing${failing.length ? ` (${failing.join(', ')})` : ''}`,
    `${s.byStatus.pass} passed`,
    `${s.byStatus.waived} waived`,
    `${s.errors} error${s.errors === 1 ? '' : 's'}`,
    `${s.files} file${s.files === 1 ? '' : 's'}, ${s.resources} resource${s.resources === 1 ? '' : 's'}`,
  ];
  const verdict = s.verdict === 'fail' ? c.red(c.bold('FAIL')) : c.green(c.bold('PASS'));
  return `${verdict} ${parts.join(' · ')} — fail-on: ${s.failOn}`;
}
