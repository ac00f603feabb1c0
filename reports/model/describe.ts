import type { ControlMeta, Diagnostic, Finding, Location, PackRef, ResourceRef, Result, RuleMeta } from '../../engine/types.js';

/** `path:line:column` (1-based), the form editors and terminals link. */
export function formatLocation(location: Location): string {
  return `${location.path}:${location.startLine}:${location.startColumn}`;
}

/** `path:line:column` of a file or policy that could not be evaluated, as formatLocation writes a finding's. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.path}:${diagnostic.line}:${diagnostic.column}`;
}

/** `Kind namespace/name` (or the address, or the input type) for display. */
export function formatResource(resource: ResourceRef): string {
  const name = resource.name ? (resource.namespace ? `${resource.namespace}/${resource.name}` : resource.name) : undefined;
  const parts = [resource.kind, name ?? resource.address].filter((part) => part !== undefined && part !== '');
  const label = parts.length > 0 ? parts.join(' ') : resource.type;
  return resource.source ? `${label} (from ${resource.source})` : label;
}

/** `id@version` */
export function formatPack(pack: PackRef): string {
  return `${pack.id}@${pack.version}`;
}

/** Rule metadata by id (own-property safe for hostile ids). */
export function ruleIndex(result: Result): Map<string, RuleMeta> {
  return new Map((result.rules ?? []).map((rule) => [rule.id, rule]));
}

/** Control metadata by id. */
export function controlIndex(result: Result): Map<string, ControlMeta> {
  return new Map((result.controls ?? []).map((control) => [control.id, control]));
}

/** The rule title, else the finding's own title, else the rule id. */
export function ruleTitle(finding: Finding, rules: Map<string, RuleMeta>): string {
  return rules.get(finding.ruleId)?.title ?? finding.title ?? finding.ruleId;
}

/** Packs a finding belongs to: its own list, else the rule's, else none. */
export function findingPacks(finding: Finding, rules: Map<string, RuleMeta>): string[] {
  return finding.packs ?? rules.get(finding.ruleId)?.packs ?? [];
}

/** Whether a waiver's expiry date lies before the run started (never compared with the clock). */
export function isExpired(expires: string | undefined, startedAt: string): boolean {
  if (!expires) return false;
  const end = Date.parse(expires.length === 10 ? `${expires}T23:59:59Z` : expires);
  const start = Date.parse(startedAt);
  return Number.isFinite(end) && Number.isFinite(start) && end < start;
}
