import type { Result } from '../engine/types.js';
import { annotationsFor, toCommandProperties, type Annotation } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import type { ActionCore } from './deps.js';
import type { RunContext } from './event.js';
import { describeApiError, isPermissionError, type GitHubClient } from './github.js';
import type { ActionSettings } from './inputs.js';
import { countsLine } from './outputs.js';

/** Most annotations sent to a check run (20 updates of 50); the rest are in the reports. */
export const MAX_CHECK_RUN_ANNOTATIONS = 1000;
/** Most workflow-command annotations (GitHub displays 10 errors and 10 warnings per step anyway). */
export const MAX_COMMAND_ANNOTATIONS = 100;

const LEVEL_ORDER = { failure: 0, warning: 1, notice: 2 } as const;

/** The first `max` annotations, failures first, then warnings and notices, each in result order. */
export function mostImportant(annotations: Annotation[], max: number): Annotation[] {
  if (annotations.length <= max) return annotations;
  return annotations
    .map((a, i) => [a, i] as const)
    .sort(([a, i], [b, j]) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || i - j)
    .slice(0, max)
    .map(([a]) => a);
}

/**
 * Annotate every failing finding: through a check run when there is a token that may create one, else (or when
 * the check run fails) as workflow commands, with a notice and a summary note saying why.
 */
export async function annotate(core: ActionCore, client: GitHubClient | undefined, context: RunContext, settings: ActionSettings, result: Result, notes: string[]): Promise<void> {
  const annotations = annotationsFor(result, settings.failOn);
  const left = (max: number) => {
    if (annotations.length > max) notes.push(`Annotations: the ${max} most severe of ${annotations.length}; every finding is in the reports.`);
  };
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
        annotations: mostImportant(annotations, MAX_CHECK_RUN_ANNOTATIONS),
        ...(context.runId ? { detailsUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}` } : {}),
      });
      left(MAX_CHECK_RUN_ANNOTATIONS);
      return;
    } catch (error) {
      const why = isPermissionError(error)
        ? 'the token may not create check runs (grant `checks: write`; pull requests from forks get a read-only token)'
        : `the check run failed (${describeApiError(error)})`;
      core.notice(`bylaw: ${why}; annotating with workflow commands instead.`);
      notes.push(`Annotations: workflow commands, because ${why}.`);
    }
  }
  emitWorkflowCommands(core, mostImportant(annotations, MAX_COMMAND_ANNOTATIONS));
  left(MAX_COMMAND_ANNOTATIONS);
}

/** Annotations as `::error`/`::warning`/`::notice` commands; @actions/core escapes the data and the properties. */
function emitWorkflowCommands(core: ActionCore, annotations: Annotation[]): void {
  for (const annotation of annotations) {
    const emit = annotation.level === 'failure' ? core.error : annotation.level === 'warning' ? core.warning : core.notice;
    emit(annotation.message, toCommandProperties(annotation));
  }
}
