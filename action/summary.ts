import { appendFile } from 'node:fs/promises';

/**
 * Append Markdown to the job summary (GITHUB_STEP_SUMMARY). Returns false when the runner gave no summary
 * file. GitHub caps a step's summary at 1 MiB, so longer text is cut with a note.
 */
export async function writeJobSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  const limit = 1024 * 1024 - 1024;
  let text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  if (Buffer.byteLength(text) > limit) {
    text = Buffer.from(text).subarray(0, limit).toString('utf8').replace(/\uFFFD*$/, '') + '\n\n…(truncated: the full report is in the artifact)\n';
  }
  await appendFile(file, text, 'utf8');
  return true;
}

/** The job summary: the Markdown report, then the run's notes as one block quote, then the policy impact (if any). */
export function withNotes(report: string, notes: readonly string[], impact: string): string {
  const quoted = notes.length > 0 ? `\n${notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '';
  return `${report.trimEnd()}\n${quoted}${impact ? `\n${impact}` : ''}`;
}
