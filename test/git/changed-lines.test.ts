import { mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedLines, changedPaths } from '../../engine/git/changed-lines.js';
import { ensureCommit, hasCommit } from '../../engine/git/git.js';
import { materialiseAt, readFileAt, safeRelativePath } from '../../engine/git/read-at-commit.js';
import { tempRepo, type TempRepo } from './temp-repo.js';

const sorted = (v: Set<number> | 'all' | undefined) => (v instanceof Set ? [...v].sort((a, b) => a - b) : v);

describe('changed lines from a real repository', () => {
  let repo: TempRepo;
  let base: string;
  let head: string;
  beforeAll(() => {
    repo = tempRepo();
    base = repo.commit('base', {
      'app.yaml': 'a: 1\nb: 2\nc: 3\nd: 4\n',
      'keep.yaml': 'x: 1\n',
      'gone.yaml': 'y: 1\n',
      'policies/p.yaml': 'id: p\n',
      'dir/my file.yaml': 'a: 1\n',
    });
    head = repo.commit('head', {
      'dir/my file.yaml': 'a: 1\nb: 2\n',
      'app.yaml': 'a: 1\nb: 20\nc: 3\nd: 4\ne: 5\n',
      'gone.yaml': null,
      'added.yaml': 'z: 1\nw: 2\n',
      'policies/p.yaml': 'id: p\ndisabled: true\n',
    });
  });
  afterAll(() => repo.remove());

  it('lines mode: only added or changed lines of the new files', async () => {
    const changed = await changedLines({ cwd: repo.dir, base, head });
    expect([...changed.keys()].sort()).toEqual(['added.yaml', 'app.yaml', 'dir/my file.yaml', 'policies/p.yaml']);
    expect(sorted(changed.get('app.yaml'))).toEqual([2, 5]);
    expect(sorted(changed.get('dir/my file.yaml'))).toEqual([2]);
    expect(sorted(changed.get('added.yaml'))).toEqual([1, 2]);
  });

  it('files mode: every changed file is whole', async () => {
    const changed = await changedLines({ cwd: repo.dir, base, head, mode: 'files' });
    expect(changed.get('app.yaml')).toBe('all');
    expect(changed.has('keep.yaml')).toBe(false);
  });

  it('against the work tree when no head is given', async () => {
    writeFileSync(join(repo.dir, 'keep.yaml'), 'x: 1\nnew: 2\n');
    const changed = await changedLines({ cwd: repo.dir, base: head });
    expect(sorted(changed.get('keep.yaml'))).toEqual([2]);
    repo.git('checkout', '--', 'keep.yaml');
  });

  it('lists changed paths including deletions', async () => {
    expect(await changedPaths(repo.dir, base, head)).toEqual(['added.yaml', 'app.yaml', 'dir/my file.yaml', 'gone.yaml', 'policies/p.yaml']);
  });

  it('falls back to the two-point diff when the commits share no merge base', async () => {
    const other = tempRepo();
    const first = other.commit('first', { 'a.yaml': 'a: 1\n', 'same.yaml': 's: 1\n' });
    other.git('checkout', '-q', '--orphan', 'unrelated');
    const second = other.commit('unrelated root', { 'a.yaml': 'a: 1\nb: 2\n', 'same.yaml': 's: 1\n', 'new.yaml': 'n: 1\n' });
    expect(() => other.git('merge-base', first, second)).toThrow();
    expect(await changedPaths(other.dir, first, second)).toEqual(['a.yaml', 'new.yaml']);
    const changed = await changedLines({ cwd: other.dir, base: first, head: second });
    expect(sorted(changed.get('a.yaml'))).toEqual([2]);
    expect(changed.has('same.yaml')).toBe(false);
    other.remove();
  });

  it('reads files as they were at a commit', async () => {
    expect((await readFileAt(repo.dir, base, 'policies/p.yaml'))?.toString()).toBe('id: p\n');
    expect(await readFileAt(repo.dir, head, 'gone.yaml')).toBeUndefined();
    expect(await hasCommit(repo.dir, base)).toBe(true);
    expect(await hasCommit(repo.dir, '0'.repeat(40))).toBe(false);
    await expect(ensureCommit(repo.dir, '0'.repeat(40), 'nowhere')).rejects.toThrow(/git fetch/);
  });

  it('materialises a commit subset, never following symlinks or leaving the repository', async () => {
    const linked = tempRepo();
    mkdirSync(join(linked.dir, 'policies'));
    symlinkSync('/etc/passwd', join(linked.dir, 'policies', 'evil.yaml'));
    const sha = linked.commit('with link', { 'policies/ok.yaml': 'id: ok\n', '.bylaw.yaml': 'packs: []\n', 'other.yaml': 'o: 1\n' });
    const dest = mkdtempSync(join(tmpdir(), 'bylaw-mat-'));
    const written = await materialiseAt(linked.dir, sha, ['.bylaw.yaml', 'policies', '../outside', '/etc'], dest);
    expect(written).toEqual(['.bylaw.yaml', 'policies/ok.yaml']);
    expect(readFileSync(join(dest, 'policies/ok.yaml'), 'utf8')).toBe('id: ok\n');
    expect(existsSync(join(dest, 'policies/evil.yaml'))).toBe(false);
    expect(existsSync(join(dest, 'other.yaml'))).toBe(false);
    linked.remove();
  });

  it.each([
    ['./policies/', 'policies'],
    ['a/../b', 'b'],
    ['../x', undefined],
    ['/etc/passwd', undefined],
    ['C:/x', undefined],
    ['.', undefined],
  ])('safeRelativePath(%j) = %j', (input, expected) => {
    expect(safeRelativePath(input)).toBe(expected);
  });
});
