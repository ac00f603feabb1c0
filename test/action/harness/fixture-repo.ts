import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempRepo, type CommitFiles, type TempRepo } from '../../git/temp-repo.js';
import type { PullFile } from './mock-github.js';

const FIXTURE = 'test/fixtures/action';

function filesOf(dir: string, rename: Record<string, string> = {}): CommitFiles {
  const out: CommitFiles = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else {
        const rel = relative(dir, abs).split('\\').join('/');
        out[rename[rel] ?? rel] = readFileSync(abs, 'utf8');
      }
    }
  };
  walk(dir);
  return out;
}

/** The fixture repository: base commit, the pull request's head commit, and two later pushes to the PR. */
export interface FixtureRepo {
  repo: TempRepo;
  base: string;
  head: string;
  /** Head after a push that removes the injected sidecar (fewer findings). */
  fix1: string;
  /** Head after a push that fixes every finding (all clear). */
  fix2: string;
  /** A commit on top of base with the manifest changes of `head` but not its policy change (for push events). */
  pushHead: string;
  /** The pull request's files as the API would list them for `head` (patches from `git diff base head`). */
  pullFiles(ref?: string): PullFile[];
  checkout(ref: string): void;
}

export const BATCH_PATH = 'deploy/odd:name,batch.yaml';

/** Build the repository from test/fixtures/action (see its README). */
export function fixtureRepo(): FixtureRepo {
  const repo = tempRepo('bylaw-action-ws-');
  const base = repo.commit('base policy and manifests', filesOf(join(FIXTURE, 'base')));
  const head = repo.commit('add a sidecar and a batch pod; disable the rule', filesOf(join(FIXTURE, 'head'), { 'deploy/batch.yaml': BATCH_PATH }));
  const app = readFileSync(join(FIXTURE, 'head/deploy/app.yaml'), 'utf8');
  const fix1 = repo.commit('drop the sidecar', { 'deploy/app.yaml': app.split('        - name: "sidecar')[0] });
  const fixAll = (text: string) => text.replace(/privileged: true/g, 'privileged: false');
  const fix2 = repo.commit('no privileged containers', {
    'deploy/app.yaml': fixAll(app.split('        - name: "sidecar')[0]),
    [BATCH_PATH]: fixAll(readFileSync(join(FIXTURE, 'head/deploy/batch.yaml'), 'utf8')),
    'deploy/legacy.yaml': fixAll(readFileSync(join(FIXTURE, 'base/deploy/legacy.yaml'), 'utf8')),
  });
  repo.git('checkout', '-q', base);
  const overlay = filesOf(join(FIXTURE, 'head'), { 'deploy/batch.yaml': BATCH_PATH });
  delete overlay['policies/acme-baseline.yaml'];
  const pushHead = repo.commit('add a sidecar and a batch pod', overlay);
  repo.git('checkout', '-q', head);
  return {
    pushHead,
    repo,
    base,
    head,
    fix1,
    fix2,
    checkout: (ref) => repo.git('checkout', '-q', ref),
    pullFiles(ref = head) {
      const names = repo.git('diff', '--name-status', '--no-renames', base, ref).split('\n').filter(Boolean);
      return names.map((line) => {
        const [status, filename] = line.split('\t');
        const diff = execFileSync('git', ['diff', '--no-color', base, ref, '--', filename], { cwd: repo.dir, encoding: 'utf8' });
        const at = diff.indexOf('\n@@');
        return {
          filename,
          status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified',
          ...(at >= 0 ? { patch: diff.slice(at + 1).replace(/\n$/, '') } : {}),
        } satisfies PullFile;
      });
    },
  };
}
