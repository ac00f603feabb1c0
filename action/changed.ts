import { changedLines } from '../engine/git/changed-lines.js';
import type { ChangedLines } from '../engine/git/diff-parse.js';
import { parsePatch } from '../engine/git/diff-parse.js';
import { ensureCommit } from '../engine/git/git.js';
import type { RunContext } from './event.js';
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
 * What the change touched, for `changed-only: files|lines`: on pull requests from the files API (each file's
 * `patch`), otherwise or when the API fails from `git diff --unified=0 BASE...HEAD`. When neither works, or
 * the event has no base, the whole tree is judged (more findings rather than silently fewer) with a note.
 */
export async function changedScope(
  mode: 'none' | 'files' | 'lines',
  context: RunContext,
  workspace: string,
  client: GitHubClient | undefined,
): Promise<ChangedScope> {
  const notes: string[] = [];
  if (mode === 'none') return { notes };
  if (context.pullNumber !== undefined && client) {
    try {
      const changed = await fromApi(client, context, mode);
      if (changed) return { changed, source: 'api', notes };
      notes.push(`The pull request lists ${API_FILE_LIMIT} or more files; changed lines come from git instead.`);
    } catch (error) {
      notes.push(`Could not list the pull request's files (${describeApiError(error)}); changed lines come from git instead.`);
    }
  }
  if (!context.baseSha) {
    notes.push(`changed-only: ${mode} needs a base commit, and a ${context.eventName || 'local'} event has none; every file was judged.`);
    return { notes };
  }
  try {
    await ensureCommit(workspace, context.baseSha);
    const changed = await changedLines({ cwd: workspace, base: context.baseSha, head: 'HEAD', mode });
    return { changed, source: 'git', notes };
  } catch (error) {
    notes.push(`changed-only: ${mode} could not compare with ${context.baseSha.slice(0, 12)} (${(error as Error).message.split('\n')[0]}); every file was judged.`);
    return { notes };
  }
}

async function fromApi(client: GitHubClient, context: RunContext, mode: 'files' | 'lines'): Promise<ChangedLines | undefined> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: context.pullNumber!,
    per_page: 100,
  });
  if (files.length >= API_FILE_LIMIT) return undefined;
  const changed: ChangedLines = new Map();
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (mode === 'files' || typeof file.patch !== 'string') changed.set(file.filename, 'all');
    else changed.set(file.filename, parsePatch(file.patch));
  }
  return changed;
}
