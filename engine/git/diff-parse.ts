/**
 * Changed lines from unified diffs: `git diff --unified=0` output, or the per-file `patch` GitHub's pull request
 * files API returns. Line numbers are 1-based lines of the NEW file.
 */

/** Changed lines per path (relative, `/` separators): a set of 1-based lines, or `'all'` for the whole file. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Lines added or changed in the new file by one file's hunks (the API `patch` field, or one file of a diff). */
export function parsePatch(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === '+') lines.add(next++);
    else if (mark === ' ') next++;
    else if (mark === '-' || mark === '\\') continue;
    else if (line === '') continue;
    else inHunk = false;
  }
  return lines;
}

/** Unquote a path as git prints it (C-style quotes when it holds unusual bytes); `prefix` drops `a/` or `b/`. */
export function unquoteGitPath(raw: string, prefix = false): string {
  let path = raw;
  if (path.startsWith('"') && path.endsWith('"') && path.length >= 2) {
    const bytes: number[] = [];
    const body = path.slice(1, -1);
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c !== '\\') {
        bytes.push(...Buffer.from(c, 'utf8'));
        continue;
      }
      const n = body[i + 1] ?? '';
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
        i += 3;
      } else {
        bytes.push(simple[n] ?? n.charCodeAt(0));
        i += 1;
      }
    }
    path = Buffer.from(bytes).toString('utf8');
  }
  return prefix ? path.replace(/^[ab]\//, '') : path;
}

/**
 * Parse a whole `git diff --unified=0` (or any unified diff with `diff --git` headers) into changed lines per
 * new path. Deleted files are left out; binary files are `'all'`; files whose content did not change (pure
 * renames, mode changes) get an empty set: the file changed, none of its lines did.
 */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  const files = diff.split(/^(?=diff --git )/m).filter((chunk) => chunk.startsWith('diff --git '));
  for (const chunk of files) {
    const header = chunk.split(/^(?=@@ )/m)[0];
    if (/^deleted file mode/m.test(header)) continue;
    const plus = /^\+\+\+ (.+?)\t?$/m.exec(header);
    if (plus) {
      if (plus[1] === '/dev/null') continue;
      changed.set(unquoteGitPath(plus[1], true), parsePatch(chunk));
      continue;
    }
    const renamed = /^(?:rename|copy) to (.+)$/m.exec(header);
    const path = renamed ? unquoteGitPath(renamed[1]) : newPathFromHeader(header.split('\n')[0]);
    if (path === undefined) continue;
    changed.set(path, /^Binary files /m.test(header) ? 'all' : new Set());
  }
  return changed;
}

/** The `b/` path of a `diff --git a/X b/X` line (unambiguous only when both halves are equal or quoted). */
function newPathFromHeader(line: string): string | undefined {
  const rest = line.slice('diff --git '.length);
  const quoted = /"(b\/(?:[^"\\]|\\.)*)"$/.exec(rest);
  if (quoted) return unquoteGitPath(`"${quoted[1]}"`, true);
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3)) return rest.slice(half + 3);
  return undefined;
}
