import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';

const rule = (id: string) => `id: ${id}\ntitle: ${id}\nseverity: high\nmatch: {type: kubernetes, kinds: [Pod]}\nassert: {"==": [1, 2]}\nmessage: ${id}\n`;
const pack = (id: string, version: string, ruleId = `${id}-${version.replace(/\./g, '-')}`) => ({
  [`policies/${id}/${version}/pack.yaml`]: `id: ${id}\nversion: ${version}\ntitle: ${id} ${version}\nrules: [./rules/*.yaml]\n`,
  [`policies/${id}/${version}/rules/r.yaml`]: rule(ruleId),
});
const tree = () =>
  tempTree({
    ...pack('acme', '1.0.0'),
    ...pack('acme', '1.2.0'),
    ...pack('acme', '1.10.1'),
    ...pack('acme', '2.0.0'),
    'policies/pss-baseline.yaml': 'id: pss-baseline\nversion: 9.0.0\ntitle: Shadow\nrules: [./own/*.yaml]\n',
    'policies/own/r.yaml': rule('shadow-rule'),
    'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: c:1}]}\n',
  });

async function packs(ref: string): Promise<string[] | string> {
  const r = await cli(['scan', 'k8s', '--no-config', '--policy', ref, '--format', 'json'], tree());
  if (r.code === 2) return r.stderr.trim();
  return JSON.parse(r.stdout).packs.map((p: any) => `${p.id}@${p.version} ${p.source}`);
}

describe('how a pack reference resolves', () => {
  it.each([
    ['acme', ['acme@2.0.0 policies/acme/2.0.0/pack.yaml']],
    ['acme@^1', ['acme@1.10.1 policies/acme/1.10.1/pack.yaml']],
    ['acme@~1.2', ['acme@1.2.0 policies/acme/1.2.0/pack.yaml']],
    ['acme@1.0.0', ['acme@1.0.0 policies/acme/1.0.0/pack.yaml']],
    ['acme@./policies/acme/1.2.0', ['acme@1.2.0 policies/acme/1.2.0/pack.yaml']],
    ['./policies/acme/1.0.0/pack.yaml', ['acme@1.0.0 policies/acme/1.0.0/pack.yaml']],
    ['pss-baseline', ['pss-baseline@9.0.0 policies/pss-baseline.yaml']],
    ['pss-restricted', ['pss-restricted@1.0.0 builtin']],
  ])('%s', async (ref, expected) => {
    expect(await packs(ref)).toEqual(expected);
  });

  it.each([
    ['acme@^3', /unknown-pack: pack acme: no version satisfies \^3 \(available: .*2\.0\.0.*\)/],
    ['nope', /unknown-pack: unknown pack "nope"/],
    ['./missing', /unknown-pack: no pack file at \.\/missing/],
  ])('%s is exit 2', async (ref, expected) => {
    expect(await packs(ref)).toMatch(expected);
  });
});
