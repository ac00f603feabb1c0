import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { git } from './git.js';

/** One file in a commit's tree. */
export interface TreeEntry {
  /** Path relative to the repository root, `/` separators. */
  path: string;
  mode: string;
  object: string;
}

/** Regular files (no symlinks, no submodules) under `paths` in `commit`, sorted by path. */
export async function listFilesAt(cwd: string, commit: string, paths: readonly string[]): Promise<TreeEntry[]> {
  if (paths.length === 0) return [];
  const out = await git(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths], { cwd });
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(record);
    if (!match || match[2] !== 'blob' || (match[1] !== '100644' && match[1] !== '100755')) continue;
    entries.push({ mode: match[1], object: match[3], path: match[4] });
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The bytes of `path` as it is in `commit`, or undefined when the commit has no such file. */
export async function readFileAt(cwd: string, commit: string, path: string): Promise<Buffer | undefined> {
  const [entry] = (await listFilesAt(cwd, commit, [path])).filter((e) => e.path === path);
  if (!entry) return undefined;
  return git(['cat-file', 'blob', entry.object], { cwd, binary: true });
}

/** A repository-relative path that stays inside the repository (no absolute paths, no `..` escapes). */
export function safeRelativePath(path: string): string | undefined {
  const normal = posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
  if (normal === '' || normal === '.' || normal.startsWith('../') || normal === '..' || posix.isAbsolute(normal)) return undefined;
  if (/^[A-Za-z]:/.test(normal)) return undefined;
  return normal;
}

/**
 * Copy the files under `paths` as they are in `commit` into `dest` (regular files only: a symlink in the
 * commit is never followed). Returns the repository-relative paths written, sorted.
 */
export async function materialiseAt(cwd: string, commit: string, paths: readonly string[], dest: string): Promise<string[]> {
  const safe = [...new Set(paths.map(safeRelativePath).filter((p): p is string => p !== undefined))];
  const entries = await listFilesAt(cwd, commit, safe);
  for (const entry of entries) {
    const target = join(dest, ...entry.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    const bytes = await git(['cat-file', 'blob', entry.object], { cwd, binary: true });
    await writeFile(target, bytes, { mode: entry.mode === '100755' ? 0o755 : 0o644 });
  }
  return entries.map((e) => e.path);
}
