import type { ControlMeta, Result, RuleMeta, Severity } from '../../engine/types.js';
import { clean, oneLine } from '../escape/clean.js';
import { mdBlock, mdText } from '../escape/markdown.js';
import { webUrl } from '../escape/url.js';
import { ruleIndex } from '../model/describe.js';
import { byText } from '../model/order.js';
import { GITHUB_LIMITS } from './limits.js';

/** SARIF `level` for a severity. */
export const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub's `security-severity` score for a severity (critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low < 4.0). */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

function frameworkTags(control: ControlMeta | undefined): string[] {
  if (!control) return [];
  return Object.entries(control.frameworks ?? {}).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
}

/** `security`, then control ids, then `framework/requirement`; unique, at most 20. */
function tags(rule: RuleMeta, controls: Map<string, ControlMeta>): string[] {
  const all = ['security', ...rule.controls, ...rule.controls.flatMap((id) => frameworkTags(controls.get(id)).sort(byText))];
  return [...new Set(all.map(oneLine).filter((tag) => tag !== ''))].slice(0, GITHUB_LIMITS.tagsPerRule);
}

function controlLine(id: string, control: ControlMeta | undefined, markdown: boolean): string {
  const mappings = Object.entries(control?.frameworks ?? {})
    .map(([framework, ids]) => `${framework} ${ids.join(', ')}`)
    .join('; ');
  const title = control?.title ?? '';
  if (!markdown) return `- ${oneLine(id)}${title ? ` ${oneLine(title)}` : ''}${mappings ? ` (${oneLine(mappings)})` : ''}`;
  return `- **${mdText(id)}**${title ? ` ${mdText(title)}` : ''}${mappings ? ` (${mdText(mappings)})` : ''}`;
}

/** Rule help as plain text or Markdown: description, rationale, remediation, controls with their mappings, references. */
export function ruleHelp(rule: RuleMeta, controls: Map<string, ControlMeta>, markdown: boolean): string {
  const heading = (text: string) => (markdown ? `**${text}**` : `${text}:`);
  const body = (text: string) => (markdown ? mdBlock(text) : clean(text).trim());
  const blocks = [markdown ? `**${mdText(rule.title)}**` : oneLine(rule.title)];
  if (rule.description) blocks.push(body(rule.description));
  if (rule.rationale) blocks.push(`${heading('Rationale')}\n${body(rule.rationale)}`);
  if (rule.remediation) blocks.push(`${heading('Remediation')}\n${body(rule.remediation)}`);
  if (rule.controls.length > 0) blocks.push(`${heading('Controls')}\n${rule.controls.map((id) => controlLine(id, controls.get(id), markdown)).join('\n')}`);
  const references = (rule.references ?? []).map(oneLine).filter((url) => url !== '');
  if (references.length > 0) {
    const list = references.map((url) => {
      const href = webUrl(url);
      return markdown ? (href ? `- <${href}>` : `- ${mdText(url)}`) : `- ${url}`;
    });
    blocks.push(`${heading('References')}\n${list.join('\n')}`);
  }
  return blocks.join('\n\n');
}

/** Rule metadata for every rule in the result, plus a minimal entry for any rule id a finding names without metadata. */
export function collectRules(result: Result): RuleMeta[] {
  const rules = ruleIndex(result);
  for (const finding of result.findings) {
    if (!rules.has(finding.ruleId)) {
      rules.set(finding.ruleId, { id: finding.ruleId, title: finding.title ?? finding.ruleId, severity: finding.severity, controls: finding.controls, packs: finding.packs ?? [] });
    }
  }
  return [...rules.values()].sort((a, b) => byText(a.id, b.id));
}

/** A SARIF `reportingDescriptor` for one rule. */
export function ruleDescriptor(rule: RuleMeta, controls: Map<string, ControlMeta>): Record<string, unknown> {
  const https = (rule.references ?? []).map(webUrl).find((url) => url !== undefined);
  return {
    id: rule.id,
    name: oneLine(rule.title) || rule.id,
    shortDescription: { text: oneLine(rule.title) || rule.id },
    fullDescription: { text: oneLine(rule.description ?? rule.title) || rule.id },
    help: { text: ruleHelp(rule, controls, false), markdown: ruleHelp(rule, controls, true) },
    ...(https ? { helpUri: https } : {}),
    defaultConfiguration: { level: LEVELS[rule.severity] ?? 'warning' },
    properties: {
      tags: tags(rule, controls),
      precision: 'very-high',
      'problem.severity': LEVELS[rule.severity] === 'note' ? 'recommendation' : LEVELS[rule.severity],
      'security-severity': SECURITY_SEVERITY[rule.severity] ?? '5.5',
      severity: rule.severity,
      ...(rule.packs.length > 0 ? { packs: rule.packs } : {}),
    },
  };
}
