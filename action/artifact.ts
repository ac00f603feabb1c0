import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import type { ActionCore } from './deps.js';

/** Outcome of the upload: the artifact id, or why it was not uploaded (the reports stay on disk either way). */
export type UploadOutcome = { uploaded: true; id?: number; size?: number } | { uploaded: false; reason: string };

/** Every file under `dir`, absolute paths, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Upload the report directory as a workflow artifact with @actions/artifact. Never throws: a failure (no
 * runtime token outside Actions, a network error, a duplicate name) comes back as a reason for a warning.
 */
export async function uploadReports(name: string, dir: string): Promise<UploadOutcome> {
  try {
    const files = await filesUnder(dir);
    if (files.length === 0) return { uploaded: false, reason: `no files in ${dir}` };
    const client = new DefaultArtifactClient();
    const result = await client.uploadArtifact(name, files, dir);
    return { uploaded: true, id: result.id, size: result.size };
  } catch (error) {
    return { uploaded: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Upload the reports and say how it went: info on success, a warning (reports still on disk) on failure. */
export async function publishArtifact(core: ActionCore, name: string, dir: string): Promise<void> {
  const outcome = await uploadReports(name, dir);
  if (outcome.uploaded) core.info(`bylaw: uploaded artifact ${name}`);
  else core.warning(`bylaw: could not upload the report artifact (${outcome.reason.split('\n')[0]}); the reports are still in ${dir}.`);
}
