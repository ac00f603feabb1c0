import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { cli, tempTree } from '../helpers/cli.js';
import resultSchema from '../../engine/schema/result.schema.json' with { type: 'json' };
import type { Result } from '../../engine/types.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'core');
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validateResult = ajv.compile(resultSchema);

const pod = (name: string, privileged: boolean) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: registry.example.com/c:1\n      resources: {limits: {memory: 1Mi}}\n      securityContext:\n        privileged: ${privileged}\n`;

describe('scan', () => {
  it('reports exact positions in multi-document YAML, JSON, flow style, anchors and block scalars', async () => {
    const r = await cli(['scan', 'manifests', '--policy', './pack', '--format', 'json', '--no-config'], FIXTURES);
    const result = JSON.parse(r.stdout) as Result;
    expect(validateResult(result), JSON.stringify(validateResult.errors)).toBe(true);
    const fails = result.findings.map((f) => `${f.location.path}:${f.location.startLine}:${f.location.startColumn}-${f.location.endLine}:${f.location.endColumn} ${f.ruleId} ${f.location.pointer}`);
    expect(fails).toEqual([
      'manifests/multi.yaml:10:9-10:24 core-no-privileged /spec/containers/0/securityContext/privileged',
      'manifests/multi.yaml:26:11-26:106 core-limits-schema /spec/template/spec/containers/0',
      'manifests/multi.yaml:26:23-26:62 core-allowed-registry /spec/template/spec/containers/0/image',
      'manifests/multi.yaml:26:88-26:104 core-no-privileged /spec/template/spec/containers/0/securityContext/privileged',
      'manifests/multi.yaml:26:88-26:104 core-no-privileged /spec/template/spec/containers/1/securityContext/privileged',
      'manifests/multi.yaml:31:13-32:24 core-limits-schema /spec/template/spec/containers/1/resources/limits',
      'manifests/pod.json:7:80-7:98 core-no-privileged /spec/containers/0/securityContext/privileged',
    ]);
    expect(result.findings[1].message).toBe('Container "api" has no memory limit: value is missing "resources"');
    expect(result.findings[2].message).toBe('Image "docker.io/library/nginx:latest" is not from an allowed registry (["registry.example.com/*"])');
    expect(result.findings[0]).toMatchObject({ controls: ['CT-1'], severity: 'high', status: 'fail', evidence: true, resource: { kind: 'Pod', name: 'web', namespace: 'shop' } });
    expect(result.summary.byControl['CT-1'].fail).toBe(4);
    expect(result.summary.byFramework['nist-800-53']['AC-6'].fail).toBe(4);
    expect(result.packs[0]).toMatchObject({ id: 'core-test', version: '1.2.0' });
    expect(r.code).toBe(1);
  });

  it('two runs give byte-identical JSON apart from run.startedAt', async () => {
    const a = await cli(['scan', 'manifests', '--policy', './pack', '--format', 'json', '--no-config'], FIXTURES);
    await new Promise((res) => setTimeout(res, 5));
    const b = await cli(['scan', 'manifests', '--policy', './pack', '--format', 'json', '--no-config'], FIXTURES);
    const strip = (s: string) => s.replace(/"startedAt": "[^"]+"/, '"startedAt": ""');
    expect(a.stdout).not.toBe('');
    expect(strip(a.stdout)).toBe(strip(b.stdout));
  });

  it('one malformed file among 100 good ones: one error with its position, 100 files evaluated, exit by threshold', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[`m/pod-${String(i).padStart(3, '0')}.yaml`] = pod(`p${i}`, i === 42);
    files['m/broken.yaml'] = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\n  labels: {a: [}\n';
    const dir = tempTree(files);
    const pack = join(FIXTURES, 'pack');
    const r = await cli(['scan', 'm', '--policy', pack, '--format', 'json', '--no-config', '--fail-on', 'critical'], dir);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.errors).toEqual([{ path: 'm/broken.yaml', line: 5, column: 16, code: 'parse-error', message: expect.any(String) }]);
    expect(result.inputs).toHaveLength(101);
    expect(result.summary.resources).toBe(100);
    expect(result.findings.filter((f) => f.status === 'fail').map((f) => f.location.path)).toEqual(['m/pod-042.yaml']);
    expect(r.code).toBe(0);
    expect((await cli(['scan', 'm', '--policy', pack, '--no-config', '--fail-on', 'high'], dir)).code).toBe(1);
    expect((await cli(['scan', 'm', '--policy', pack, '--no-config', '--fail-on', 'none'], dir)).code).toBe(0);
  });

  it('a parse error alone fails at the default threshold (a broken file cannot dodge the policy)', async () => {
    const dir = tempTree({ 'a.yaml': pod('a', false), 'b.yaml': 'apiVersion: v1\nkind: Pod\nx: [\n' });
    const r = await cli(['scan', '.', '--policy', join(FIXTURES, 'pack'), '--no-config'], dir);
    expect(r.stdout).toMatch(/b\.yaml:\d+:\d+: parse-error/);
    expect(r.code).toBe(1);
  });

  it('text output groups by file with a code frame and a summary line', async () => {
    const r = await cli(['scan', 'manifests/pod.json', '--policy', './pack', '--no-config'], FIXTURES);
    expect(r.stdout).toContain('manifests/pod.json\n  7:80     high     Container "c" runs privileged  core-no-privileged\n');
    expect(r.stdout).toMatch(/> 7 \|.*"privileged": true/);
    expect(r.stdout).toMatch(/\^{18}/);
    expect(r.stdout).toMatch(/FAIL 1 failing \(1 high\)/);
  });

  it('report re-renders a stored result byte for byte', async () => {
    const dir = tempTree({});
    await cli(['scan', 'manifests', '--policy', './pack', '--no-config', '--format', 'json', '--output', join(dir, 'r.json')], FIXTURES);
    const stored = readFileSync(join(dir, 'r.json'), 'utf8');
    const again = await cli(['report', join(dir, 'r.json'), '--format', 'json'], FIXTURES);
    expect(again.stdout).toBe(stored);
  });

  it('scans standard input with `-` (helm template | bylaw scan -), named by --stdin-filename', async () => {
    const rendered = readFileSync(join(FIXTURES, 'manifests', 'multi.yaml'), 'utf8');
    const r = await cli(['scan', '-', '--policy', './pack', '--no-config', '--format', 'json', '--stdin-filename', 'rendered.yaml'], FIXTURES, {}, rendered);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.inputs.map((i) => [i.path, i.type])).toEqual([['rendered.yaml', 'kubernetes']]);
    expect(result.findings.filter((f) => f.ruleId === 'core-no-privileged').map((f) => `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`)).toEqual(['rendered.yaml:10:9', 'rendered.yaml:26:88', 'rendered.yaml:26:88']);
    expect(r.code).toBe(1);
  });

  it('usage mistakes exit 2', async () => {
    expect((await cli(['scan', '--format', 'nope'], FIXTURES)).code).toBe(2);
    expect((await cli(['scan', '--fail-on', 'urgent'], FIXTURES)).code).toBe(2);
    expect((await cli(['frobnicate'], FIXTURES)).code).toBe(2);
    expect((await cli(['scan', '--param', 'novalue', '--policy', './pack'], FIXTURES)).code).toBe(2);
  });

  it('--help for every command and --version', async () => {
    for (const cmd of ['scan', 'validate', 'test', 'report', 'list', 'explain']) {
      const r = await cli([cmd, '--help'], FIXTURES);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: bylaw ${cmd}`));
    }
    const v = await cli(['--version'], FIXTURES);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
