import { readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { c as createTar } from 'tar';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/cli.js';
import { storeTarball } from '../../engine/policy/remote/cache.js';
import { parseGitHubRef } from '../../engine/policy/remote/github-ref.js';
import { newestTag } from '../../engine/policy/remote/client.js';

/** A gzipped tarball of `entries` (paths relative to `dir`), kept as written (`preservePaths` lets `../x` through). */
function tarOf(dir: string, entries: string[]): Buffer {
  const out = join(dir, 'out.tar.gz');
  createTar({ gzip: true, cwd: dir, file: out, sync: true, portable: true, preservePaths: true }, entries);
  return readFileSync(out);
}

describe('extracting a fetched tarball into the cache', () => {
  const listAll = (d: string, prefix = ''): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listAll(join(d, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}${e.isSymbolicLink() ? ' (link)' : ''}`]));
  const sha = 'a'.repeat(40);

  it('strips the top-level directory and writes regular files only (links are dropped)', async () => {
    const src = tempTree({ 'top/pack.yaml': 'id: x\n', 'top/rules/a.yaml': 'id: a\n', 'secret.txt': 'outside' });
    symlinkSync('/etc/passwd', join(src, 'top', 'rules', 'link.yaml'));
    symlinkSync('../secret.txt', join(src, 'top', 'escape.yaml'));
    const cache = tempTree({});
    await storeTarball(tarOf(src, ['top']), join(cache, sha));
    expect(listAll(cache).sort()).toEqual([`${sha}/pack.yaml`, `${sha}/rules/a.yaml`]);
    expect(readFileSync(join(cache, sha, 'pack.yaml'), 'utf8')).toBe('id: x\n');
  });

  it('a tarball with a ".." entry is refused and leaves nothing behind', async () => {
    const src = tempTree({ 'top/pack.yaml': 'id: x\n', 'secret.txt': 'outside' });
    const parent = tempTree({});
    await expect(storeTarball(tarOf(src, ['top', 'top/../secret.txt']), join(parent, 'cache', sha))).rejects.toThrow(/\.\./);
    expect(listAll(parent)).toEqual([]);
  });

  it('an absolute entry stays inside the commit directory', async () => {
    const src = tempTree({ 'top/pack.yaml': 'id: x\n', 'secret.txt': 'outside' });
    const parent = tempTree({});
    await storeTarball(tarOf(src, ['top', join(src, 'secret.txt')]), join(parent, 'cache', sha));
    expect(listAll(parent).every((p) => p.startsWith(`cache/${sha}/`))).toBe(true);
  });

  it('a corrupt tarball leaves nothing behind in the cache', async () => {
    const cache = tempTree({});
    const dir = join(cache, 'sha');
    await expect(storeTarball(Buffer.from('not a tarball at all, just bytes'.repeat(40)), dir)).rejects.toThrow();
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('remote references', () => {
  it.each([
    ['github:acme/policies@v1.2.0', { owner: 'acme', repo: 'policies', path: '', ref: 'v1.2.0', kind: 'name' }],
    ['github:acme/policies/k8s/strict@^1.2', { owner: 'acme', repo: 'policies', path: 'k8s/strict', ref: '^1.2', kind: 'range' }],
    ['github:acme/policies/k8s@1.x', { path: 'k8s', ref: '1.x', kind: 'range' }],
    ['github:acme/policies@>=1 <2', { ref: '>=1 <2', kind: 'range' }],
    ['github:acme/policies@main', { ref: 'main', kind: 'name' }],
    [`github:acme/policies@${'0123456789abcdef'.repeat(2)}01234567`, { kind: 'commit' }],
    ['github:acme/policies/pack.yaml@2.0.0', { path: 'pack.yaml', kind: 'name' }],
  ])('%s', (raw, expected) => {
    expect(parseGitHubRef(raw)).toMatchObject({ raw, ...expected });
  });

  it.each([['github:acme@v1'], ['github:acme/policies'], ['github:acme/policies@'], ['github:acme/policies/../x@v1'], ['github:acme/../x@v1'], ['github:a b/c@v1']])('rejects %s', (raw) => {
    expect(parseGitHubRef(raw)).toHaveProperty('error');
  });

  it('a range picks the newest satisfying tag; prereleases only when asked', () => {
    const tags = ['v1.0.0', 'v1.2.0', '1.10.0', 'v1.11.0-rc.1', 'v2.0.0', 'latest', 'build-7'].map((name, i) => ({ name, sha: String(i) }));
    expect(newestTag(tags, '^1.2')?.name).toBe('1.10.0');
    expect(newestTag(tags, '~1.2.0')?.name).toBe('v1.2.0');
    expect(newestTag(tags, '>=1.11.0-rc.0 <2')?.name).toBe('v1.11.0-rc.1');
    expect(newestTag(tags, '^3')).toBeUndefined();
  });
});
