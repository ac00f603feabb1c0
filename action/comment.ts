import type { GitHubClient } from './github.js';

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
