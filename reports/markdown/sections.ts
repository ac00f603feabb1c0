import { SEVERITIES, type Finding, type Result } from '../../engine/types.js';
import { mdText } from '../escape/markdown.js';
import { formatPack, ruleIndex, ruleTitle } from '../model/describe.js';
import { SEVERITY_LABEL, cell, locationCell, row } from './format.js';

/** Headline: verdict and how many failures are at or above the threshold. */
export function headline(result: Result): string {
  const failing = result.summary.byStatus?.fail ?? 0;
  const threshold = result.summary.failOn;
  const atOrAbove = threshold === 'none' ? 0 : SEVERITIES.slice(0, SEVERITIES.indexOf(threshold) + 1).reduce((sum, severity) => sum + (result.summary.bySeverity?.[severity] ?? 0), 0);
  if (result.summary.verdict === 'fail') {
    return `## ❌ bylaw: failed (${atOrAbove} of ${failing} failing ${failing === 1 ? 'finding is' : 'findings are'} ${threshold} or worse)\n\n`;
  }
  const note = failing > 0 ? ` (${failing} failing ${failing === 1 ? 'finding' : 'findings'} below ${threshold})` : '';
  return `## ✅ bylaw: passed${note}\n\n`;
}

/** What was evaluated: packs, commit, counts. */
export function context(result: Result): string {
  const packs = result.packs.map((pack) => mdText(formatPack(pack))).join(', ') || 'none';
  const parts = [`**Packs:** ${packs}`];
  if (result.run.commit) parts.push(`**Commit:** ${mdText(result.run.commit.slice(0, 12))}`);
  if (result.run.ref) parts.push(`**Ref:** ${mdText(result.run.ref)}`);
  parts.push(`${result.summary.files} files, ${result.summary.resources} resources`);
  return parts.join(' · ') + '\n\n';
}

/** Failing findings by severity, and totals by status. */
export function counts(result: Result): string {
  const { bySeverity, byStatus } = result.summary;
  let text = '| Severity | Failing |\n|---|--:|\n';
  for (const severity of SEVERITIES) text += row([SEVERITY_LABEL[severity], String(bySeverity?.[severity] ?? 0)]);
  const statuses = [
    `${byStatus?.fail ?? 0} failed`,
    `${byStatus?.pass ?? 0} passed`,
    `${byStatus?.waived ?? 0} waived`,
    `${byStatus?.skip ?? 0} not applicable`,
    `${byStatus?.error ?? 0} could not be evaluated`,
    `${result.errors.length} file or policy errors`,
  ];
  return text + `\n${statuses.join(' · ')}\n\n`;
}

export const FINDINGS_HEADER = '| Severity | Rule | Location | Message |\n|---|---|---|---|\n';

/** One failing finding as a table row. */
export function findingRow(finding: Finding, rules: ReturnType<typeof ruleIndex>, base: string | undefined): string {
  return row([SEVERITY_LABEL[finding.severity] ?? cell(finding.severity), `${cell(finding.ruleId)}: ${cell(ruleTitle(finding, rules))}`, locationCell(finding, base), cell(finding.message)]);
}

export const WAIVERS_HEADER = '| Rule | Location | Reason | Approver | Ticket | Expires |\n|---|---|---|---|---|---|\n';

/** One waived finding with its waiver. */
export function waiverRow(finding: Finding, base: string | undefined): string {
  const waiver = finding.waiver;
  const kind = waiver?.kind === 'inline' ? ' (inline)' : '';
  return row([cell(finding.ruleId), locationCell(finding, base), cell(waiver?.reason ?? '') + kind, cell(waiver?.approvedBy ?? ''), cell(waiver?.ticket ?? ''), cell(waiver?.expires ?? '')]);
}

export const ERRORS_HEADER = '| Location | Code | Message |\n|---|---|---|\n';

/** One file, policy or rule that could not be evaluated. */
export function errorRow(place: string, code: string, message: string): string {
  return row([cell(place), cell(code), cell(message)]);
}

/** Per rule id, what its findings say for rules without metadata: the first finding's title, the first remediation any carries. */
export type RuleFallbacks = Map<string, { title?: string; remediation?: string }>;

/** RuleFallbacks in one pass over the findings. */
export function ruleFallbacks(findings: readonly Finding[]): RuleFallbacks {
  const fallbacks: RuleFallbacks = new Map();
  for (const finding of findings) {
    let entry = fallbacks.get(finding.ruleId);
    if (!entry) fallbacks.set(finding.ruleId, (entry = { title: finding.title }));
    if (entry.remediation === undefined && finding.remediation) entry.remediation = finding.remediation;
  }
  return fallbacks;
}

/** Remediation per failing rule: a bullet with the rule's title and remediation text (`fallbacks` only read when metadata lacks them). */
export function remediationItem(ruleId: string, rules: ReturnType<typeof ruleIndex>, fallbacks: () => RuleFallbacks): string {
  const meta = rules.get(ruleId);
  const title = meta?.title ?? fallbacks().get(ruleId)?.title ?? ruleId;
  const fix = meta?.remediation ?? fallbacks().get(ruleId)?.remediation;
  return `- **${cell(ruleId)}** ${cell(title)}${fix ? `: ${cell(fix)}` : ''}\n`;
}
