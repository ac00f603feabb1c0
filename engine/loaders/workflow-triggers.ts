/**
 * Events that run a workflow in the base repository's context, with its secrets and a token that can write, in
 * response to something an outside contributor controls (a pull request, a comment on one, a run it triggered).
 */
export const PRIVILEGED_TRIGGERS = ['issue_comment', 'pull_request_target', 'workflow_run'] as const;

/**
 * The events of a workflow's `on:`, normalised from its three spellings (`on: push`, `on: [push, pull_request]`,
 * `on: {push: {...}}`) to a sorted, de-duplicated list of event names. Anything else gives `[]`.
 */
export function workflowTriggers(on: unknown): string[] {
  let names: string[] = [];
  if (typeof on === 'string') names = [on];
  else if (Array.isArray(on)) names = on.filter((x): x is string => typeof x === 'string');
  else if (on !== null && typeof on === 'object') names = Object.keys(on);
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort();
}
