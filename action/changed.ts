import { changedLines } from '../engine/git/changed-lines.js';
import type { ChangedLines } from '../engine/git/diff-parse.js';
import { parsePatch } from '../engine/git/diff-parse.js';
import { ensureCommit } from '../engine/git/git.js';
import type { RunContext } from './event.js';
import { mdText } from '../reports/escape/markdown.js';
import { describeApiError, type GitHubClient } from './github.js';

/** The pull request files API lists at most this many files; a longer list may be cut short. */
const API_FILE_LIMIT = 3000;

/** Changed files or lines for `ScanOptions.changed`, where they came from, and notes for the summary. */
export interface ChangedScope {
  changed?: ChangedLines;
  source?: 'api' | 'git';
  notes: string[];
}

/**
 * What the change touched, for `changed-only: files|lines`. On pull requests whose head is what is checked out (`checkedOut`),
 * from the files API (each file's `patch`); otherwise (a push, a merge group, the merge commit `pull_request`
 * checks out by default, whose line numbers can differ from the head's) from `git diff --unified=0 BASE...HEAD`
 * of the checkout, with the API as the fallback. When neither works, or the event has no base, the whole tree is
 * judged (more findings rather than silently fewer) with a note.
 */
export async function changedScope(
  mode: 'none' | 'files' | 'lines',
  context: RunContext,
  workspace: string,
  checkedOut: string | undefined,
  client: GitHubClient | undefined,
): Promise<ChangedScope> {
  const notes: string[] = [];
  if (mode === 'none') return { notes };
  const api = context.pullNumber !== undefined && client ? () => fromApi(client, context, mode, notes) : undefined;
  const fromGit = context.baseSha ? () => fromGitDiff(workspace, context.baseSha!, mode, notes) : undefined;
  const order = checkedOut === context.headSha || !fromGit ? [api, fromGit] : [fromGit, api];
  for (const source of order) {
    if (!source) continue;
    const found = await source();
    if (found) return { ...found, notes };
  }
  if (!context.baseSha && !api) notes.push(`changed-only: ${mode} needs a base commit, and a ${context.eventName || 'local'} event has none; every file was judged.`);
  else notes.push(`changed-only: ${mode} could not tell what changed; every file was judged.`);
  return { notes };
}

async function fromGitDiff(workspace: string, base: string, mode: 'files' | 'lines', notes: string[]): Promise<Pick<ChangedScope, 'changed' | 'source'> | undefined> {
  try {
    await ensureCommit(workspace, base);
    return { changed: await changedLines({ cwd: workspace, base, head: 'HEAD', mode }), source: 'git' };
  } catch (error) {
    notes.push(`Could not compare the checkout with ${mdText(base.slice(0, 12))} (${mdText((error as Error).message.split('\n')[0])}).`);
    return undefined;
  }
}

async function fromApi(client: GitHubClient, context: RunContext, mode: 'files' | 'lines', notes: string[]): Promise<Pick<ChangedScope, 'changed' | 'source'> | undefined> {
  let files;
  try {
    files = await client.paginate(client.rest.pulls.listFiles, { owner: context.owner, repo: context.repo, pull_number: context.pullNumber!, per_page: 100 });
  } catch (error) {
    notes.push(`Could not list the pull request's files (${mdText(describeApiError(error))}).`);
    return undefined;
  }
  if (files.length >= API_FILE_LIMIT) {
    notes.push(`The pull request lists ${API_FILE_LIMIT} or more files, more than the API returns.`);
    return undefined;
  }
  const changed: ChangedLines = new Map();
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (mode === 'files' || typeof file.patch !== 'string') changed.set(file.filename, 'all');
    else changed.set(file.filename, parsePatch(file.patch));
  }
  return { changed, source: 'api' };
}
