import { diffMarkdown, type policyDiff } from '../engine/index.js';
import type { ScanOptions } from '../engine/index.js';
import { mdText } from '../reports/escape/markdown.js';

/**
 * When a change edits policy files, what the edited policy would do once merged: the same inputs evaluated with
 * the base commit's policy and with the change's own, as `bylaw diff` reports it (findings added, removed and
 * changed, per rule and control). Markdown for the job summary and the pull request comment; a failure to
 * evaluate the change's policy is said, not hidden, and never fails the step.
 */
export async function policyImpact(diff: typeof policyDiff, scanOptions: ScanOptions, base: { root: string; sha: string }, headRoot: string): Promise<string> {
  try {
    const { changed: _changed, changedMode: _mode, policyRoot: _root, ...rest } = scanOptions;
    const d = await diff({ scan: rest, from: base.root, to: headRoot });
    const labelled = { ...d, from: { ...d.from, spec: `the base commit ${base.sha.slice(0, 12)}` }, to: { ...d.to, spec: 'this change' } };
    return diffMarkdown(labelled, { maxRows: 30 }).trim() + '\n';
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 5).join('; ');
    return `## bylaw: impact of the policy change\n\nThe change's own policy could not be evaluated: ${mdText(message)}\n`;
  }
}
