import type { Result } from '../engine/types.js';
import { annotationsFor, toCommandProperties, type Annotation } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import type { ActionCore } from './deps.js';
import type { RunContext } from './event.js';
import { describeApiError, isPermissionError, type GitHubClient } from './github.js';
import type { ActionSettings } from './inputs.js';
import { countsLine } from './outputs.js';

/**
 * Annotate every failing finding: through a check run when there is a token that may create one, else (or when
 * the check run fails) as workflow commands, with a notice and a summary note saying why.
 */
export async function annotate(core: ActionCore, client: GitHubClient | undefined, context: RunContext, settings: ActionSettings, result: Result, notes: string[]): Promise<void> {
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
      core.notice(`bylaw: ${why}; annotating with workflow commands instead.`);
      notes.push(`Annotations: workflow commands, because ${why}.`);
    }
  }
  emitWorkflowCommands(core, annotations);
}

/** Annotations as `::error`/`::warning`/`::notice` commands; @actions/core escapes the data and the properties. */
function emitWorkflowCommands(core: ActionCore, annotations: Annotation[]): void {
  for (const annotation of annotations) {
    const emit = annotation.level === 'failure' ? core.error : annotation.level === 'warning' ? core.warning : core.notice;
    emit(annotation.message, toCommandProperties(annotation));
  }
}
