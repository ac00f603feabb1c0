import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepo } from '../git/temp-repo.js';
import { brief, scanJson } from './harness.js';

const pod = (name: string, containers: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n${containers.map((c) => `    - name: ${c}\n      image: registry.example.com/${c}:1\n      securityContext:\n        privileged: true\n        runAsNonRoot: true\n`).join('')}`;

/** One repository, scanned from its root and from the `svc/` subdirectory: a.yaml gains a container after the base commit, new.yaml is untracked. */
const repo = tempRepo();
const base = repo.commit('base', { 'svc/k8s/a.yaml': pod('a', ['old']), 'svc/k8s/b.yaml': pod('b', ['other']), 'top.yaml': pod('top', ['t']) });
writeFileSync(join(repo.dir, 'svc/k8s/a.yaml'), pod('a', ['old', 'added']));
writeFileSync(join(repo.dir, 'svc/k8s/new.yaml'), pod('n', ['fresh']));
afterAll(() => repo.remove());

describe('--changed-since', () => {
  it.each([
    ['files: every finding of a changed file', 'files', ['svc/k8s/a.yaml:10 wv-no-privileged fail', 'svc/k8s/a.yaml:15 wv-no-privileged fail', 'svc/k8s/new.yaml:10 wv-no-privileged fail']],
    ['lines: only findings on changed lines (an untracked file is all new)', 'lines', ['svc/k8s/a.yaml:15 wv-no-privileged fail', 'svc/k8s/new.yaml:10 wv-no-privileged fail']],
  ])('%s (scan root = repository root)', async (_name, mode, expected) => {
    const { result } = await scanJson(repo.dir, ['--changed-since', base, '--changed-mode', mode]);
    expect(brief(result)).toEqual(expected);
    expect(result.run.changedSince).toBe(base);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'changed-only' }));
  });

  it.each([
    ['files', ['k8s/a.yaml:10 wv-no-privileged fail', 'k8s/a.yaml:15 wv-no-privileged fail', 'k8s/new.yaml:10 wv-no-privileged fail']],
    ['lines', ['k8s/a.yaml:15 wv-no-privileged fail', 'k8s/new.yaml:10 wv-no-privileged fail']],
  ])('%s mode from a subdirectory: git paths are rebased onto the scan root', async (mode, expected) => {
    const fromCwd = await scanJson(join(repo.dir, 'svc'), ['--changed-since', base, '--changed-mode', mode as string]);
    expect(brief(fromCwd.result)).toEqual(expected);
    const withRoot = await scanJson(repo.dir, ['--root', 'svc', '--changed-since', base, '--changed-mode', mode as string]);
    expect(brief(withRoot.result)).toEqual(expected);
  });

  it('a committed change counts the same as a work-tree change', async () => {
    const r = tempRepo();
    try {
      const first = r.commit('base', { 'svc/k8s/a.yaml': pod('a', ['old']) });
      r.commit('add a container', { 'svc/k8s/a.yaml': pod('a', ['old', 'added']) });
      const { result, code } = await scanJson(join(r.dir, 'svc'), ['--changed-since', first]);
      expect(brief(result)).toEqual(['k8s/a.yaml:15 wv-no-privileged fail']);
      expect(code).toBe(1);
      const none = await scanJson(join(r.dir, 'svc'), ['--changed-since', 'HEAD']);
      expect(none.result.findings).toEqual([]);
      expect(none.code).toBe(0);
    } finally {
      r.remove();
    }
  });
});
