import { git } from './git.js';
import { parseUnifiedDiff, type ChangedLines } from './diff-parse.js';

/** What to compare: `base` against `head` (a commit), or against the work tree when `head` is omitted. */
export interface ChangedLinesOptions {
  /** Repository root; paths in the result are relative to it. */
  cwd: string;
  /** The commit the change starts from (a PR's base, `--changed-since REF`). */
  base: string;
  /** The commit the change ends at; omitted = the work tree (uncommitted edits and new untracked files count as changed). */
  head?: string;
  /** `files`: every changed file is `'all'`; `lines`: only added or changed lines. Default `lines`. */
  mode?: 'files' | 'lines';
  /** Paths relative to `cwd` instead of the repository root, leaving out changes outside `cwd` (`git diff --relative`). */
  relative?: boolean;
}

/**
 * Changed files or lines from `git diff --unified=0`. With a head commit the comparison is `base...head`
 * (changes on the head side since the merge base, as a pull request shows them); when the merge base is not
 * available (shallow clones), it falls back to the two-point diff `base head`.
 */
export async function changedLines(options: ChangedLinesOptions): Promise<ChangedLines> {
  const common = ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--find-renames', '--diff-filter=ACMRTUB', ...(options.relative ? ['--relative'] : [])];
  const diff =
    options.head === undefined
      ? await git([...common, options.base, '--'], { cwd: options.cwd })
      : await diffSinceMergeBase(common, options.cwd, options.base, options.head);
  const changed = parseUnifiedDiff(diff);
  if (options.head === undefined) {
    const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z', ...(options.relative ? [] : ['--full-name', '--', ':/'])], { cwd: options.cwd });
    for (const path of untracked.split('\0').filter(Boolean)) changed.set(path, 'all');
  }
  if (options.mode === 'files') for (const path of changed.keys()) changed.set(path, 'all');
  return changed;
}

/** Paths changed between two commits (added, modified, renamed, deleted), sorted. */
export async function changedPaths(cwd: string, base: string, head: string): Promise<string[]> {
  const out = await diffSinceMergeBase(['diff', '--name-only', '-z', '--no-renames'], cwd, base, head);
  return out.split('\0').filter(Boolean).sort();
}

/** `git <diffArgs> base...head` (the head side since the merge base); the two-point `base head` when there is no merge base (shallow clones). */
async function diffSinceMergeBase(diffArgs: readonly string[], cwd: string, base: string, head: string): Promise<string> {
  try {
    return await git([...diffArgs, `${base}...${head}`, '--'], { cwd });
  } catch {
    return await git([...diffArgs, base, head, '--'], { cwd });
  }
}
