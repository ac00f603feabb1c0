import type { Result } from '../engine/types.js';
import type { ActionCore } from './deps.js';
import type { RunContext } from './event.js';
import { describeApiError, isPermissionError, type GitHubClient } from './github.js';
import { renderMarkdown } from './reports.js';

/** GitHub's limit for an issue comment body. */
const MAX_BODY = 65536;

/** Where the sticky comment lives and how it is recognised. */
export interface StickyComment {
  owner: string;
  repo: string;
  pullNumber: number;
  /** Hidden marker, one per workflow and job (see `commentMarker`). */
  marker: string;
  /** Markdown body without the marker; undefined when there is nothing to report (all clear). */
  body?: string;
  /** Body used to update an existing comment when `body` is undefined. */
  allClear: string;
}

/** What happened to the comment. */
export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed';

/** `<!-- bylaw:WORKFLOW:JOB -->`, with both names URI-encoded so they cannot close the HTML comment. */
export function commentMarker(workflow: string, job: string): string {
  const enc = (s: string) => encodeURIComponent(s);
  return `<!-- bylaw:${enc(workflow)}:${enc(job)} -->`;
}

/**
 * Create or update the one comment carrying `marker` on the pull request. With nothing to report, an existing
 * comment is updated to `allClear` and none is created. Never creates a second comment for the same marker.
 */
export async function upsertStickyComment(client: GitHubClient, comment: StickyComment): Promise<CommentOutcome> {
  const base = { owner: comment.owner, repo: comment.repo };
  const existing = await client.paginate(client.rest.issues.listComments, { ...base, issue_number: comment.pullNumber, per_page: 100 });
  const marked = existing.filter((c) => typeof c.body === 'string' && c.body.startsWith(`${comment.marker}\n`));
  const mine = marked.find((c) => c.user?.type === 'Bot') ?? marked[0];
  const text = comment.body ?? comment.allClear;
  const body = fit(`${comment.marker}\n${text}`);
  if (!mine) {
    if (comment.body === undefined) return 'not-needed';
    await client.rest.issues.createComment({ ...base, issue_number: comment.pullNumber, body });
    return 'created';
  }
  if (mine.body === body) return 'unchanged';
  await client.rest.issues.updateComment({ ...base, comment_id: mine.id, body });
  return 'updated';
}

function fit(body: string): string {
  if (body.length <= MAX_BODY) return body;
  const note = '\n\n…(truncated: see the job summary and the report artifact for everything)\n';
  return body.slice(0, MAX_BODY - note.length) + note;
}

/**
 * Keep the pull request's sticky comment in step with the result: the Markdown report (comment variant) while
 * anything fails, "all clear" once nothing does. A token that may not comment (fork pull requests) gets a
 * notice, any other API failure a warning; neither fails the step.
 */
export async function publishComment(core: ActionCore, client: GitHubClient | undefined, context: RunContext, result: Result, linkBase?: string, extra = ''): Promise<void> {
  if (context.pullNumber === undefined) return;
  if (!client) {
    core.notice('bylaw: no github-token, so no pull request comment.');
    return;
  }
  try {
    const outcome = await upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      pullNumber: context.pullNumber,
      marker: commentMarker(context.workflow, context.job),
      body: result.summary.byStatus.fail > 0 ? renderMarkdown(result, { variant: 'comment', linkBase, maxLength: 60000 - extra.length }) + (extra ? `\n${extra}` : '') : undefined,
      allClear: `## bylaw: all clear\n\nNo failing findings at \`${context.headSha.slice(0, 12)}\`; the findings reported earlier are gone.\n` + (extra ? `\n${extra}` : ''),
    });
    core.info(`bylaw: pull request comment ${outcome}`);
  } catch (error) {
    if (isPermissionError(error)) core.notice('bylaw: the token may not comment on this pull request (grant `pull-requests: write`; pull requests from forks get a read-only token); comment skipped.');
    else core.warning(`bylaw: could not update the pull request comment (${describeApiError(error)}).`);
  }
}
