/**
 * Repository settings read through GitHub's REST API, normalised for the `repository-hygiene` rules.
 * The engine does not construct clients: callers pass octokit's `request` (or anything with its shape), so the
 * CLI and the Action decide on token, base URL, retries and throttling.
 *
 * Endpoints: `GET /repos/{o}/{r}` (default branch, `security_and_analysis`), `GET .../branches/{b}/protection`
 * (classic protection; 404 = not protected), `GET .../rules/branches/{b}` (active ruleset rules on the branch) and
 * `GET .../actions/permissions/workflow` (default `GITHUB_TOKEN` permissions). A setting the token may not read
 * stays `null` and the call is listed in `unreadable`, so rules can tell "off" from "unknown".
 */

/** Octokit's `request` function, reduced to what is used. */
export type GitHubRequest = (route: string, parameters?: Record<string, unknown>) => Promise<{ status: number; data: unknown }>;

/** What the rules see under `resource.github`. */
export interface GitHubSettings {
  repository: string;
  defaultBranch: string | null;
  /** Merged view of classic branch protection and rulesets on the default branch (null = could not read). */
  branch: {
    protected: boolean;
    requiredApprovingReviews: number;
    dismissStaleReviews: boolean;
    requireCodeOwnerReviews: boolean;
    requiredStatusChecks: string[];
    sources: string[];
  } | null;
  /** `enabled` | `disabled`, or null when the token cannot see security settings. */
  secretScanning: string | null;
  secretScanningPushProtection: string | null;
  /** `read` | `write`, or null when unreadable. */
  defaultWorkflowPermissions: string | null;
  canApprovePullRequestReviews: boolean | null;
  /** Calls that failed, as `METHOD path: status message`. */
  unreadable: string[];
}

const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

async function get(request: GitHubRequest, route: string, params: Record<string, unknown>, unreadable: string[], notFoundOk = false): Promise<unknown> {
  try {
    return (await request(`GET ${route}`, params)).data;
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (notFoundOk && status === 404) return undefined;
    unreadable.push(`GET ${route}: ${status ?? 'error'} ${String((err as Error).message ?? err).split('\n')[0]}`);
    return null;
  }
}

/** Every active rule on the branch (the endpoint pages at 100; a branch with more than 1,000 rules is cut there). */
async function allRules(request: GitHubRequest, params: Record<string, unknown>, unreadable: string[]): Promise<unknown[] | null> {
  const out: unknown[] = [];
  for (let page = 1; page <= 10; page++) {
    const data = await get(request, '/repos/{owner}/{repo}/rules/branches/{branch}', { ...params, per_page: 100, page }, unreadable);
    if (!Array.isArray(data)) return page === 1 ? null : out;
    out.push(...data);
    if (data.length < 100) break;
  }
  return out;
}

/** Read and normalise the settings of `owner/repo` (never throws for API errors; see `unreadable`). */
export async function fetchGitHubSettings(request: GitHubRequest, owner: string, repo: string): Promise<GitHubSettings> {
  const unreadable: string[] = [];
  const base = { owner, repo };
  const info = await get(request, '/repos/{owner}/{repo}', base, unreadable);
  const defaultBranch = isObject(info) && typeof info.default_branch === 'string' ? info.default_branch : null;
  const sa = isObject(info) && isObject(info.security_and_analysis) ? info.security_and_analysis : undefined;
  const status = (key: string) => (sa && isObject(sa[key]) && typeof sa[key].status === 'string' ? sa[key].status : null);

  let branch: GitHubSettings['branch'] = null;
  if (defaultBranch) {
    const params = { ...base, branch: defaultBranch };
    const protection = await get(request, '/repos/{owner}/{repo}/branches/{branch}/protection', params, unreadable, true);
    const rules = await allRules(request, params, unreadable);
    if (protection !== null || rules !== null) branch = mergeProtection(protection, rules ?? []);
  }
  const workflow = await get(request, '/repos/{owner}/{repo}/actions/permissions/workflow', base, unreadable);
  return {
    repository: `${owner}/${repo}`,
    defaultBranch,
    branch,
    secretScanning: status('secret_scanning'),
    secretScanningPushProtection: status('secret_scanning_push_protection'),
    defaultWorkflowPermissions: isObject(workflow) && typeof workflow.default_workflow_permissions === 'string' ? workflow.default_workflow_permissions : null,
    canApprovePullRequestReviews: isObject(workflow) && typeof workflow.can_approve_pull_request_reviews === 'boolean' ? workflow.can_approve_pull_request_reviews : null,
    unreadable,
  };
}

/** The strongest requirement from classic protection and every active ruleset rule, as GitHub enforces all of them. */
function mergeProtection(protection: unknown, rules: unknown[]): NonNullable<GitHubSettings['branch']> {
  const out = { protected: false, requiredApprovingReviews: 0, dismissStaleReviews: false, requireCodeOwnerReviews: false, requiredStatusChecks: [] as string[], sources: [] as string[] };
  const checks = new Set<string>();
  if (isObject(protection)) {
    out.protected = true;
    out.sources.push('branch-protection');
    const pr = protection.required_pull_request_reviews;
    if (isObject(pr)) {
      out.requiredApprovingReviews = Math.max(out.requiredApprovingReviews, Number(pr.required_approving_review_count ?? 0));
      out.dismissStaleReviews ||= pr.dismiss_stale_reviews === true;
      out.requireCodeOwnerReviews ||= pr.require_code_owner_reviews === true;
    }
    const sc = protection.required_status_checks;
    if (isObject(sc)) {
      for (const c of Array.isArray(sc.contexts) ? sc.contexts : []) if (typeof c === 'string') checks.add(c);
      for (const c of Array.isArray(sc.checks) ? sc.checks : []) if (isObject(c) && typeof c.context === 'string') checks.add(c.context);
    }
  }
  for (const rule of rules) {
    if (!isObject(rule)) continue;
    const p = isObject(rule.parameters) ? rule.parameters : {};
    if (rule.type === 'pull_request') {
      out.protected = true;
      out.requiredApprovingReviews = Math.max(out.requiredApprovingReviews, Number(p.required_approving_review_count ?? 0));
      out.dismissStaleReviews ||= p.dismiss_stale_reviews_on_push === true;
      out.requireCodeOwnerReviews ||= p.require_code_owner_review === true;
    } else if (rule.type === 'required_status_checks') {
      out.protected = true;
      for (const c of Array.isArray(p.required_status_checks) ? p.required_status_checks : []) if (isObject(c) && typeof c.context === 'string') checks.add(c.context);
    } else if (rule.type === 'deletion' || rule.type === 'non_fast_forward' || rule.type === 'update') out.protected = true;
    const src = `ruleset:${rule.ruleset_id ?? '?'}`;
    if (!out.sources.includes(src)) out.sources.push(src);
  }
  out.requiredStatusChecks = [...checks].sort();
  return out;
}
