import { describe, expect, it } from 'vitest';
import { readSettings } from '../../action/inputs.js';

const WS = '/work/space';
const settings = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '', WS);

describe('readSettings', () => {
  it('empty inputs give the documented defaults', () => {
    const s = settings({ format: 'json' });
    expect(s).toMatchObject({
      paths: ['.'],
      config: undefined,
      policies: [],
      params: {},
      failOn: 'high',
      softFail: false,
      outputDir: '/work/space/bylaw-reports',
      changedOnly: 'none',
      annotations: true,
      comment: true,
      policyFrom: 'base',
      uploadArtifact: true,
      token: '',
    });
  });

  it('splits lists on newlines and commas, reads params per line', () => {
    const s = settings({
      format: 'json,json',
      paths: 'deploy/\n charts , k8s',
      policy: 'pss-restricted@^1\nacme@./policies/acme.yaml',
      params: 'version=v1.30\n# comment\nacme.maxReplicas = 5\nregistries=[ghcr.io, quay.io]\n',
      'fail-on': 'medium',
      'soft-fail': 'TRUE',
      'changed-only': 'lines',
      'policy-from': 'head',
    });
    expect(s.paths).toEqual(['deploy/', 'charts', 'k8s']);
    expect(s.policies).toEqual(['pss-restricted@^1', 'acme@./policies/acme.yaml']);
    expect({ ...s.params }).toEqual({ version: 'v1.30', 'acme.maxReplicas': 5, registries: ['ghcr.io', 'quay.io'] });
    expect(s.formats).toEqual(['json']);
    expect(s).toMatchObject({ failOn: 'medium', softFail: true, changedOnly: 'lines', policyFrom: 'head' });
  });

  it.each([
    [{ 'fail-on': 'hgh' }, 'Input "fail-on": "hgh" is not one of critical, high, medium, low, info, none'],
    [{ 'soft-fail': 'yes' }, 'Input "soft-fail": "yes" is not a boolean (true or false)'],
    [{ annotations: '1' }, 'Input "annotations": "1" is not a boolean'],
    [{ 'changed-only': 'diff' }, 'Input "changed-only": "diff" is not one of none, files, lines'],
    [{ 'policy-from': 'main' }, 'Input "policy-from": "main" is not one of base, head'],
    [{ format: 'json,pdf' }, 'Input "format": unknown report format "pdf"'],
    [{ 'output-dir': '../outside' }, 'Input "output-dir": "../outside" must be a directory inside the workspace'],
    [{ 'output-dir': '/tmp/x' }, 'Input "output-dir": "/tmp/x" must be a directory inside the workspace'],
    [{ params: 'no-equals-sign' }, 'Input "params": line 1: "no-equals-sign" is not KEY=VALUE'],
    [{ params: 'a=1\n__proto__=x' }, 'Input "params": line 2: reserved key __proto__'],
    [{ 'artifact-name': 'a/b' }, 'Input "artifact-name": "a/b" contains a character artifacts do not allow'],
  ])('rejects %j', (inputs, message) => {
    expect(() => settings({ format: 'json', ...inputs })).toThrow(message);
  });
});
