import * as core from '@actions/core';
import { EngineErrors, scan } from '../engine/index.js';
import type { Result, Severity } from '../engine/types.js';
import { SEVERITIES } from '../engine/types.js';
import { mdText } from '../reports/escape/markdown.js';
import { annotationsFor, toCommandProperties, type Annotation } from './annotations.js';
import { uploadReports } from './artifact.js';
import { changedScope } from './changed.js';
import { publishCheckRun } from './check-run.js';
import { commentMarker, upsertStickyComment } from './comment.js';
import { readRunContext, type RunContext } from './event.js';
import { createClient, describeApiError, isPermissionError, type GitHubClient } from './github.js';
import { readSettings, type ActionSettings } from './inputs.js';
import { materialiseBasePolicy } from './policy-source.js';
import { renderMarkdown, writeActionReports, type WrittenReports } from './reports.js';
import { writeJobSummary } from './summary.js';

/** What `run` needs from the outside world; tests and the bundle pass the real ones. */
export interface ActionDeps {
  core: Pick<typeof core, 'getInput' | 'setSecret' | 'setOutput' | 'setFailed' | 'info' | 'notice' | 'warning' | 'error' | 'debug'>;
  scan: typeof scan;
  createClient: typeof createClient;
  env: NodeJS.ProcessEnv;
}

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

    const policy = await policySource(settings, context, workspace, env, notes);
    const scope = await changedScope(settings.changedOnly, context, workspace, client);
    notes.push(...scope.notes);
    for (const note of scope.notes) c.notice(note);

    const result = await deps.scan({
      root: workspace,
      paths: settings.paths,
      policies: settings.policies,
      params: settings.params,
      ...(settings.config ? { config: settings.config } : {}),
      ...(policy ? { policyRoot: policy } : {}),
      failOn: settings.failOn,
      ...(scope.changed ? { changed: scope.changed, changedMode: settings.changedOnly === 'files' ? 'files' : 'lines' } : {}),
      ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    });

    const linkBase = context.owner ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}` : undefined;
    const written = await writeActionReports(result, settings.formats, settings.outputDir, { linkBase });
    c.info(`bylaw: ${result.summary.byStatus.fail} failing finding(s); reports in ${settings.outputDir}`);

    if (settings.annotations) await annotate(deps, client, context, settings, result, notes);
    await summarise(deps, result, settings, notes, linkBase);
    if (settings.comment && context.pullNumber !== undefined) await comment(deps, client, context, settings, result, linkBase);
    if (settings.uploadArtifact) await upload(deps, settings, written);
    setOutputs(deps, result, settings, written);

    if (result.summary.verdict === 'fail') {
      const message = `bylaw: ${failingAtOrAbove(result, settings.failOn)} failing finding(s) at or above ${settings.failOn}`;
      if (settings.softFail) c.notice(`${message} (soft-fail: the step passes)`);
      else c.setFailed(message);
    }
  } catch (error) {
    if (error instanceof EngineErrors) await reportPolicyErrors(deps, error);
    else c.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** A broken config or policy: one error annotation per diagnostic (at its file and line), a summary, a failed step. */
async function reportPolicyErrors(deps: ActionDeps, error: EngineErrors): Promise<void> {
  const { core: c } = deps;
  for (const d of error.diagnostics) {
    c.error(`${d.code}: ${d.message}`, { title: `bylaw ${d.code}`, file: d.path, startLine: d.line, startColumn: d.column });
  }
  const rows = error.diagnostics.map((d) => `| \`${mdText(`${d.path}:${d.line}:${d.column}`)}\` | ${mdText(d.code)} | ${mdText(d.message)} |`);
  await writeJobSummary(`## bylaw: configuration or policy error\n\nNothing was evaluated.\n\n| Where | Code | Problem |\n|---|---|---|\n${rows.join('\n')}\n`, deps.env);
  c.setFailed(`bylaw: ${error.diagnostics.length} configuration or policy error(s); nothing was evaluated`);
}

async function policySource(settings: ActionSettings, context: RunContext, workspace: string, env: NodeJS.ProcessEnv, notes: string[]): Promise<string | undefined> {
  if (!context.isChangeReview || settings.policyFrom === 'head') {
    if (context.isChangeReview) notes.push('Policy: read from the head of the change (`policy-from: head`).');
    return undefined;
  }
  if (!context.baseSha) throw new Error(`policy-from: base needs the base commit, and the ${context.eventName} payload has none; set policy-from: head to use the checked-out policy`);
  let base;
  try {
    base = await materialiseBasePolicy({ workspace, baseSha: context.baseSha, head: 'HEAD', config: settings.config, tempDir: env.RUNNER_TEMP });
  } catch (error) {
    throw new Error(
      `policy-from: base could not read the policy at the base commit ${context.baseSha}: ${(error as Error).message.split('\n')[0]}. ` +
        'Check out with enough history (actions/checkout fetch-depth: 0) or set policy-from: head.',
    );
  }
  notes.push(`Policy: config, packs and lock from the base commit \`${context.baseSha.slice(0, 12)}\`, so the change is judged by the policy it would modify.`);
  if (base.changedPolicyFiles.length > 0) {
    const list = base.changedPolicyFiles.map((f) => `\`${mdText(f)}\``).join(', ');
    notes.push(`**This change modifies policy files:** ${list}. The edits take effect after merge; this run used the base commit's policy.`);
  }
  return base.root;
}

async function annotate(deps: ActionDeps, client: GitHubClient | undefined, context: RunContext, settings: ActionSettings, result: Result, notes: string[]): Promise<void> {
  const { core: c } = deps;
  const annotations = annotationsFor(result, settings.failOn);
  if (client && context.headSha && context.owner) {
    try {
      await publishCheckRun(client, {
        owner: context.owner,
        repo: context.repo,
        headSha: context.headSha,
        name: 'bylaw',
        title: `${result.summary.byStatus.fail} failing finding(s)`,
        summary: countsLine(result),
        conclusion: result.summary.verdict === 'pass' ? 'success' : settings.softFail ? 'neutral' : 'failure',
        annotations,
        ...(context.runId ? { detailsUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}` } : {}),
      });
      return;
    } catch (error) {
      const why = isPermissionError(error)
        ? 'the token may not create check runs (grant `checks: write`; pull requests from forks get a read-only token)'
        : `the check run failed (${describeApiError(error)})`;
      c.notice(`bylaw: ${why}; annotating with workflow commands instead.`);
      notes.push(`Annotations: workflow commands, because ${why}.`);
    }
  }
  emitWorkflowCommands(deps, annotations);
}

/** Annotations as `::error`/`::warning`/`::notice` commands; @actions/core escapes data and properties. */
function emitWorkflowCommands(deps: ActionDeps, annotations: Annotation[]): void {
  for (const annotation of annotations) {
    const emit = annotation.level === 'failure' ? deps.core.error : annotation.level === 'warning' ? deps.core.warning : deps.core.notice;
    emit(annotation.message, toCommandProperties(annotation));
  }
}

async function summarise(deps: ActionDeps, result: Result, settings: ActionSettings, notes: string[], linkBase?: string): Promise<void> {
  const body = renderMarkdown(result, { variant: 'summary', linkBase });
  const extra = notes.length > 0 ? `\n${notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '';
  const wrote = await writeJobSummary(`${body.trimEnd()}\n${extra}`, deps.env);
  if (!wrote) deps.core.debug('no GITHUB_STEP_SUMMARY: job summary skipped');
}

async function comment(deps: ActionDeps, client: GitHubClient | undefined, context: RunContext, settings: ActionSettings, result: Result, linkBase?: string): Promise<void> {
  const { core: c } = deps;
  if (!client) {
    c.notice('bylaw: no github-token, so no pull request comment.');
    return;
  }
  const failing = result.summary.byStatus.fail;
  try {
    const outcome = await upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      pullNumber: context.pullNumber!,
      marker: commentMarker(context.workflow, context.job),
      body: failing > 0 ? renderMarkdown(result, { variant: 'comment', linkBase, maxLength: 60000 }) : undefined,
      allClear: `## bylaw: all clear\n\nNo failing findings at \`${context.headSha.slice(0, 12)}\`; the findings reported earlier are gone.\n`,
    });
    c.info(`bylaw: pull request comment ${outcome}`);
  } catch (error) {
    if (isPermissionError(error)) c.notice('bylaw: the token may not comment on this pull request (grant `pull-requests: write`; pull requests from forks get a read-only token); comment skipped.');
    else c.warning(`bylaw: could not update the pull request comment (${describeApiError(error)}).`);
  }
}

async function upload(deps: ActionDeps, settings: ActionSettings, written: WrittenReports): Promise<void> {
  const outcome = await uploadReports(settings.artifactName, settings.outputDir);
  if (outcome.uploaded) deps.core.info(`bylaw: uploaded artifact ${settings.artifactName} (${written.files.length} report files)`);
  else deps.core.warning(`bylaw: could not upload the report artifact (${outcome.reason.split('\n')[0]}); the reports are still in ${settings.outputDir}.`);
}

function setOutputs(deps: ActionDeps, result: Result, settings: ActionSettings, written: WrittenReports): void {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, result.summary.bySeverity[s] ?? 0]));
  deps.core.setOutput('verdict', result.summary.verdict);
  deps.core.setOutput('failed', String(result.summary.byStatus.fail));
  deps.core.setOutput('findings', JSON.stringify(counts));
  deps.core.setOutput('sarif-file', written.sarifFile ?? '');
  deps.core.setOutput('report-dir', settings.outputDir);
}

function failingAtOrAbove(result: Result, failOn: Severity | 'none'): number {
  if (failOn === 'none') return 0;
  const limit = SEVERITIES.indexOf(failOn);
  return SEVERITIES.slice(0, limit + 1).reduce((n, s) => n + (result.summary.bySeverity[s] ?? 0), 0);
}

function countsLine(result: Result): string {
  const s = result.summary;
  const counts = SEVERITIES.map((sev) => `${sev}: ${s.bySeverity[sev] ?? 0}`).join(', ');
  return `Verdict **${s.verdict}** (fail-on ${s.failOn}). Failing findings by severity: ${counts}. Errors: ${s.errors}.`;
}
