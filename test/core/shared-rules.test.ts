import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';
import type { Result } from '../../engine/types.js';

/** A rule shared by packs that give it different parameters runs once per setting; identical outcomes merge. */
describe('rules shared by packs with different parameters', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: c
      image: registry.example.com/c@sha256:${'a'.repeat(64)}
      securityContext:
        privileged: true
        capabilities:
          add: [SYS_TIME]
`;
  const scanWith = async (packs: string[]) => {
    const dir = tempTree({ 'pod.yaml': pod });
    const r = await cli(['scan', '.', '--no-config', '--format', 'json', ...packs.flatMap((p) => ['--policy', p])], dir);
    return JSON.parse(r.stdout) as Result;
  };
  const view = (r: Result) => r.findings.filter((f) => f.status === 'fail').map((f) => `${f.ruleId} ${f.location.startLine}:${f.location.startColumn} [${(f.packs ?? []).join(',')}]`);

  it('each pack judges with its own parameters, as when it runs alone', async () => {
    const both = await scanWith(['pss-baseline', 'pss-restricted']);
    const baseline = await scanWith(['pss-baseline']);
    const restricted = await scanWith(['pss-restricted']);
    const of = (r: Result, pack: string) => view(r).filter((v) => v.includes(pack)).map((v) => v.replace(/ \[.*\]$/, '')).sort();
    expect(of(both, 'pss-baseline')).toEqual(of(baseline, 'pss-baseline'));
    expect(of(both, 'pss-restricted')).toEqual(of(restricted, 'pss-restricted'));
    // Baseline flags the added capability with its own rule; restricted (from v1.22) with its stricter one.
    expect(view(both)).toContain('pss-capabilities-baseline 11:11 [pss-baseline]');
    expect(view(both)).toContain('pss-capabilities-restricted-add 11:11 [pss-restricted]');
    // The same outcome from both packs is one finding carrying both packs.
    expect(view(both).filter((v) => v.startsWith('pss-privileged '))).toEqual(['pss-privileged 9:9 [pss-baseline,pss-restricted]']);
  });
});
