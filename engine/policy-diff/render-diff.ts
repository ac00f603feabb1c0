import type { Finding } from '../types.js';
import type { DiffCounts, PolicyDiff, PolicySide } from './policy-diff.js';
import { mdText } from '../../reports/escape/markdown.js';
import { terminalSafe } from '../../reports/escape/terminal.js';
import { truncate } from '../../reports/escape/clean.js';

/** Formats `bylaw diff` writes. */
export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const where = (f: Finding): string => `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`;
const sideLabel = (s: PolicySide): string => `${s.spec}${s.commit ? ` (${s.commit.slice(0, 12)})` : ''}`;
const packs = (s: PolicySide): string => s.packs.map((p) => `${p.id}@${p.version}`).join(', ') || '(none)';
const counts = (c: DiffCounts): string => `+${c.added} -${c.removed} ~${c.changed}`;
const headline = (d: PolicyDiff): string =>
  `${d.summary.added} added, ${d.summary.removed} removed, ${d.summary.changed} changed, ${d.summary.unchanged} unchanged (failing: ${d.summary.failingBefore} → ${d.summary.failingAfter})`;

function describeChange(before: Finding, after: Finding, fields: string[], q: (s: string) => string): string {
  return fields.map((k) => `${k} ${q(String(before[k as keyof Finding]))} → ${q(String(after[k as keyof Finding]))}`).join('; ');
}

/** Plain text for a terminal (untrusted text made terminal-safe). */
export function diffText(d: PolicyDiff): string {
  const t = terminalSafe;
  const out = [`Policy change: ${t(sideLabel(d.from))} → ${t(sideLabel(d.to))}`, `  packs before: ${t(packs(d.from))}`, `  packs after:  ${t(packs(d.to))}`, headline(d), ''];
  const list = (title: string, items: Finding[]) => {
    if (!items.length) return;
    out.push(`${title} (${items.length})`);
    for (const f of items) out.push(`  ${t(where(f))}  ${f.status === 'fail' ? f.severity : f.status}  ${t(f.ruleId)}  ${t(f.message)}`);
    out.push('');
  };
  list('Added', d.added);
  list('Removed', d.removed);
  if (d.changed.length) {
    out.push(`Changed (${d.changed.length})`);
    for (const c of d.changed) out.push(`  ${t(where(c.after))}  ${t(c.after.ruleId)}  ${t(describeChange(c.before, c.after, c.fields, (s) => JSON.stringify(s)))}`);
    out.push('');
  }
  for (const [title, table] of [['By rule', d.byRule], ['By control', d.byControl]] as const) {
    if (!Object.keys(table).length) continue;
    out.push(title);
    for (const [id, c] of Object.entries(table)) out.push(`  ${t(id).padEnd(40)} ${counts(c)}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * GitHub Markdown (PR comment or job summary); every piece of scanned or policy text escaped, messages cut at 240
 * characters and each table at `maxRows` rows (default 100), so the comment stays within GitHub's size limit.
 */
export function diffMarkdown(d: PolicyDiff, options: { maxRows?: number } = {}): string {
  const max = options.maxRows ?? 100;
  const out = [
    `## bylaw: impact of the policy change`,
    '',
    `From **${mdText(sideLabel(d.from))}** (${mdText(packs(d.from))}) to **${mdText(sideLabel(d.to))}** (${mdText(packs(d.to))}).`,
    '',
    `**${d.summary.added} added**, **${d.summary.removed} removed**, **${d.summary.changed} changed**, ${d.summary.unchanged} unchanged. Failing findings: ${d.summary.failingBefore} → ${d.summary.failingAfter}.`,
    '',
  ];
  const rows = (title: string, head: string, lines: string[]) => {
    if (!lines.length) return;
    out.push(`### ${title} (${lines.length})`, '', head, head.replace(/[^|]+/g, '---'), ...lines.slice(0, max));
    if (lines.length > max) out.push('', `…and ${lines.length - max} more (see the JSON output).`);
    out.push('');
  };
  const row = (f: Finding) => `| ${mdText(where(f))} | ${mdText(f.ruleId)} | ${f.status === 'fail' ? f.severity : f.status} | ${mdText(truncate(f.message, 240))} |`;
  rows('Added', '| Where | Rule | Severity | Message |', d.added.map(row));
  rows('Removed', '| Where | Rule | Severity | Message |', d.removed.map(row));
  rows('Changed', '| Where | Rule | Change |', d.changed.map((c) => `| ${mdText(where(c.after))} | ${mdText(c.after.ruleId)} | ${mdText(truncate(describeChange(c.before, c.after, c.fields, (s) => `"${s}"`), 480))} |`));
  for (const [title, table] of [['By rule', d.byRule], ['By control', d.byControl]] as const) {
    rows(title, '| Id | Added | Removed | Changed |', Object.entries(table).map(([id, c]) => `| ${mdText(id)} | ${c.added} | ${c.removed} | ${c.changed} |`));
  }
  return out.join('\n');
}

/** Render a policy diff: `text`, `json` (the PolicyDiff object, stable key order) or `markdown`. */
export function renderPolicyDiff(d: PolicyDiff, format: DiffFormat): string {
  if (format === 'json') return JSON.stringify(d, null, 2) + '\n';
  return format === 'markdown' ? diffMarkdown(d) : diffText(d);
}
