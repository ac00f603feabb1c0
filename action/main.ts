import * as core from '@actions/core';
import { EngineErrors, policyDiff, scan, type ScanOptions } from '../engine/index.js';
import type { GitHubRequest } from '../engine/loaders/repository-github.js';
import { gitInfo } from '../engine/scan/git-info.js';
import { annotate } from './annotate.js';
import { publishArtifact } from './artifact.js';
import { changedScope, type ChangedScope } from './changed.js';
import { publishComment } from './comment.js';
import type { ActionDeps } from './deps.js';
import { checkoutWarning, readRunContext, type RunContext } from './event.js';
import { createClient, type GitHubClient } from './github.js';
import { readSettings, type ActionSettings } from './inputs.js';
import { failingAtOrAbove, setOutputs } from './outputs.js';
import { reportPolicyErrors } from './policy-errors.js';
import { policyRootFor } from './policy-source.js';
import { policyImpact } from './policy-impact.js';
import { renderMarkdown, writeActionReports } from './reports.js';
import { withNotes, writeJobSummary } from './summary.js';

/**
 * The Action: inputs → settings → base policy → changed scope → `scan()` → reports on disk first, then
 * annotations (check run or workflow commands), job summary, sticky comment, artifact, outputs, exit status.
 * Every GitHub-side step degrades to a notice when the token may not do it; nothing written is lost.
 */
export async function run(deps: ActionDeps = { core, scan, createClient, env: process.env }): Promise<void> {
  const { core: c, env } = deps;
  const token = c.getInput('github-token').trim();
  if (token) c.setSecret(token);
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const settings = readSettings((name) => c.getInput(name), workspace);
    const context = readRunContext(env);
    const client = settings.token ? deps.createClient(settings.token, context.apiUrl, { debug: c.debug, warning: c.warning }) : undefined;
    // Remote `github:` packs are fetched by the engine with BYLAW_GITHUB_TOKEN or GITHUB_TOKEN; a step env wins.
    if (settings.token && !env.BYLAW_GITHUB_TOKEN && !env.GITHUB_TOKEN) env.BYLAW_GITHUB_TOKEN = settings.token;
    const notes: string[] = [];
    const checkedOut = gitInfo(workspace).commit;
    const misplaced = checkoutWarning(context, checkedOut);
    if (misplaced) {
      c.warning(misplaced);
      notes.push(misplaced);
    }

    const policy = await policyRootFor(settings.policyFrom, settings.config, context, workspace, env.RUNNER_TEMP, notes);
    const scope = await changedScope(settings.changedOnly, context, workspace, checkedOut, client);
    for (const note of scope.notes) c.notice(note);
    notes.push(...scope.notes);
    if (scope.changed) {
      const from = scope.source === 'api' ? 'the pull request files API' : '`git diff` of the checkout';
      notes.push(`Scope: only the ${settings.changedOnly} this change touched (${scope.changed.size} file(s), from ${from}).`);
    }

    const scanOptions = scanOptionsFor(settings, context, workspace, env, policy.root, scope, client);
    const result = await deps.scan(scanOptions);

    const linkBase = context.owner ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}` : undefined;
    const written = await writeActionReports(result, settings.formats, settings.outputDir, { linkBase });
    c.info(`bylaw: ${result.summary.byStatus.fail} failing finding(s); reports in ${settings.outputDir}`);

    if (settings.annotations) await annotate(c, client, context, settings, result, notes);
    const impact =
      policy.root && policy.changedPolicyFiles.length > 0
        ? await policyImpact(deps.policyDiff ?? policyDiff, scanOptions, { root: policy.root, sha: context.baseSha ?? '' }, workspace)
        : '';
    await writeJobSummary(withNotes(renderMarkdown(result, { variant: 'summary', linkBase }), notes, impact), env);
    if (settings.comment) await publishComment(c, client, context, result, linkBase, impact);
    if (settings.uploadArtifact) await publishArtifact(c, settings.artifactName, settings.outputDir);
    setOutputs(c, result, settings.outputDir, written.sarifFile);

    if (result.summary.verdict === 'fail') {
      const message = `bylaw: ${failingAtOrAbove(result, settings.failOn)} failing finding(s) at or above ${settings.failOn}`;
      if (settings.softFail) c.notice(`${message} (soft-fail: the step passes)`);
      else c.setFailed(message);
    }
  } catch (error) {
    if (error instanceof EngineErrors) await reportPolicyErrors(c, error, env);
    else c.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** Settings, run context and the policy root and changed scope worked out before the scan, as `scan()` options. */
function scanOptionsFor(
  settings: ActionSettings,
  context: RunContext,
  workspace: string,
  env: NodeJS.ProcessEnv,
  policyRoot: string | undefined,
  scope: ChangedScope,
  client: GitHubClient | undefined,
): ScanOptions {
  return {
    root: workspace,
    paths: settings.paths,
    policies: settings.policies,
    params: settings.params,
    failOn: settings.failOn,
    ...(settings.config ? { config: settings.config } : {}),
    ...(policyRoot ? { policyRoot } : {}),
    ...(scope.changed ? { changed: scope.changed, changedMode: settings.changedOnly === 'files' ? ('files' as const) : ('lines' as const) } : {}),
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    env,
    // Repository settings rules (repository-hygiene) read the API through the Action's own client.
    ...(client && context.owner ? { github: { request: client.request as unknown as GitHubRequest, repository: `${context.owner}/${context.repo}` } } : {}),
  };
}
