import type { GitHubClient } from './github.js';
import { truncate } from '../reports/escape/clean.js';
import { toCheckRunAnnotation, type Annotation } from './annotations.js';

/** Annotations per `PATCH /check-runs/{id}` (GitHub's limit). */
export const ANNOTATION_BATCH = 50;

/** What the check run shows. */
export interface CheckRunReport {
  owner: string;
  repo: string;
  /** The commit the check run is attached to (a pull request's head). */
  headSha: string;
  name: string;
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  conclusion: 'success' | 'failure' | 'neutral';
  annotations: Annotation[];
  detailsUrl?: string;
}

/**
 * Create an in-progress check run, send the annotations in batches of 50 through updates, and complete it
 * with the conclusion on the last update. Returns the check run id. Errors (e.g. 403 on a read-only token)
 * propagate: the caller decides how to degrade.
 */
export async function publishCheckRun(client: GitHubClient, report: CheckRunReport): Promise<number> {
  const output = { title: report.title, summary: truncate(report.summary, 65535) };
  const created = await client.rest.checks.create({
    owner: report.owner,
    repo: report.repo,
    name: report.name,
    head_sha: report.headSha,
    status: 'in_progress',
    ...(report.detailsUrl ? { details_url: report.detailsUrl } : {}),
    output,
  });
  const id = created.data.id;
  const batches: Annotation[][] = [];
  for (let i = 0; i < report.annotations.length; i += ANNOTATION_BATCH) batches.push(report.annotations.slice(i, i + ANNOTATION_BATCH));
  if (batches.length === 0) batches.push([]);
  for (const [index, batch] of batches.entries()) {
    const last = index === batches.length - 1;
    await client.rest.checks.update({
      owner: report.owner,
      repo: report.repo,
      check_run_id: id,
      output: batch.length > 0 ? { ...output, annotations: batch.map(toCheckRunAnnotation) } : output,
      ...(last ? { status: 'completed' as const, conclusion: report.conclusion, completed_at: new Date().toISOString() } : {}),
    });
  }
  return id;
}
