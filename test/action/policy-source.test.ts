import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialiseBasePolicy } from '../../action/policy-source.js';
import { localPath } from '../../engine/policy/copy-policy-at.js';
import { tempRepo, type TempRepo } from '../git/temp-repo.js';

describe('materialiseBasePolicy', () => {
  let repo: TempRepo;
  let base: string;
  let root: string;
  let changed: string[];
  let files: string[];
  beforeAll(async () => {
    repo = tempRepo();
    base = repo.commit('base', {
      '.bylaw.yaml': 'packs:\n  - ./security/packs/app/pack.yaml\n  - team@./team-pack.yaml\n  - pss-restricted@^1\n  - github:acme/policies@v1\nexceptions: compliance/waivers.yaml\n',
      'bylaw.lock': 'lock: 1\n',
      'security/packs/app/pack.yaml': 'id: app\nversion: 1.0.0\ntitle: App\nextends: [../shared/pack.yaml]\nrules: [./rules/*.yaml]\n',
      'security/packs/app/rules/r1.yaml': 'id: r1\n',
      'security/packs/shared/pack.yaml': 'id: shared\nversion: 1.0.0\ntitle: Shared\nrules: [../../common-rules/c1.yaml]\n',
      'security/common-rules/c1.yaml': 'id: c1\n',
      'team-pack.yaml': 'id: team\nversion: 1.0.0\ntitle: Team\n',
      'compliance/waivers.yaml': 'exceptions: []\n',
      'compliance/other.txt': 'not policy\n',
      'policies/local.yaml': 'id: local\n',
      'deploy/app.yaml': 'kind: Pod\n',
      'extends-escape.yaml': 'id: x\n',
    });
    repo.commit('head: weaken the policy', {
      'security/packs/app/rules/r1.yaml': 'id: r1\ndisabled: true\n',
      'compliance/waivers.yaml': 'exceptions: [{rule: r1}]\n',
      'deploy/app.yaml': 'kind: Pod\nmetadata: {}\n',
    });
    ({ root, changedPolicyFiles: changed, files } = await materialiseBasePolicy({ workspace: repo.dir, baseSha: base, head: 'HEAD' }));
  });
  afterAll(() => {
    repo.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('copies the config, lock, policies/ and everything the config reaches through packs, extends, rules and exceptions', () => {
    expect(files).toEqual([
      '.bylaw.yaml',
      'bylaw.lock',
      'compliance/waivers.yaml',
      'policies/local.yaml',
      'security/common-rules/c1.yaml',
      'security/packs/app/pack.yaml',
      'security/packs/app/rules/r1.yaml',
      'security/packs/shared/pack.yaml',
      'team-pack.yaml',
    ]);
  });

  it('copies them as they are in the base commit, not the work tree', () => {
    expect(readFileSync(join(root, 'security/packs/app/rules/r1.yaml'), 'utf8')).toBe('id: r1\n');
    expect(readFileSync(join(root, 'compliance/waivers.yaml'), 'utf8')).toBe('exceptions: []\n');
  });

  it('lists the policy files the change modifies (and not other files)', () => {
    expect(changed).toEqual(['compliance/waivers.yaml', 'security/packs/app/rules/r1.yaml']);
  });
});

describe('localPath', () => {
  it.each([
    ['./packs/a.yaml', './packs/a.yaml'],
    ['team@./team-pack.yaml', './team-pack.yaml'],
    ['dir/pack.yaml', 'dir/pack.yaml'],
    ['pss-restricted', undefined],
    ['pss-restricted@^1.2', undefined],
    ['github:acme/policies@v1', undefined],
    ['github:acme/policies/packs/base', undefined],
    [42, undefined],
  ])('%j → %j', (entry, expected) => {
    expect(localPath(entry)).toBe(expected);
  });
});
