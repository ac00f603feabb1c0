import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';

describe('bylaw init', () => {
  it('writes a starter that validate, test, lock --check and scan all accept', async () => {
    const dir = tempTree({});
    const init = await cli(['init', '--org', 'Acme Corp'], dir);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    for (const f of ['.bylaw.yaml', 'bylaw-exceptions.yaml', 'bylaw.lock', 'policies/acme-corp-baseline/pack.yaml', 'policies/acme-corp-baseline/rules/acme-corp-required-labels.yaml', 'policies/acme-corp-baseline/rules/acme-corp-required-labels.cases.yaml', '.bylaw/schema/config.schema.json', '.bylaw/schema/lock.schema.json']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
      expect(init.stdout).toContain(`created ${f}`);
    }
    expect(readFileSync(join(dir, '.bylaw.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/\.bylaw\/schema\/config\.schema\.json\n/);

    const validate = await cli(['validate'], dir);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toMatch(/^[4-9] file\(s\) checked, 0 problem\(s\)/);
    expect(validate.code).toBe(0);

    const test = await cli(['test'], dir);
    expect(test.stderr).toBe('');
    expect(test.stdout).toContain('3 passed, 0 failed');
    expect(test.code).toBe(0);

    expect((await cli(['lock', '--check'], dir)).code).toBe(0);
    const clean = await cli(['scan'], dir);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
  });

  it('the starter pack judges manifests: its own rule and the extended pss-baseline both fire', async () => {
    const dir = tempTree({});
    expect((await cli(['init', '--org', 'acme'], dir)).code).toBe(0);
    writeFileSync(
      join(dir, 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: tool\n  labels: {app.kubernetes.io/name: tool}\nspec:\n  hostNetwork: true\n  containers: [{name: tool, image: tool:1.0}]\n',
    );
    const r = await cli(['scan', '--format', 'json'], dir);
    const result = JSON.parse(r.stdout);
    const failed = result.findings.filter((f: any) => f.status === 'fail').map((f: any) => `${f.ruleId}@${f.location.startLine}:${f.location.startColumn}`);
    expect(failed).toEqual(['acme-required-labels@5:3', 'pss-host-network@7:3']);
    expect(result.packs.map((p: any) => p.id)).toEqual(['acme-baseline']);
    expect(r.code).toBe(1);
  });

  it('refuses to overwrite existing files unless --force', async () => {
    const dir = tempTree({ '.bylaw.yaml': 'packs: [pss-baseline]\n' });
    const r = await cli(['init'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would overwrite \.bylaw\.yaml/);
    expect(readFileSync(join(dir, '.bylaw.yaml'), 'utf8')).toBe('packs: [pss-baseline]\n');
    expect(existsSync(join(dir, 'policies'))).toBe(false);
    const forced = await cli(['init', '--force', '--org', 'x'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, '.bylaw.yaml'), 'utf8')).toContain('./policies/x-baseline');
  });

  it('initialises another directory, naming the pack after it', async () => {
    const parent = tempTree({});
    const r = await cli(['init', 'Platform_Policies'], parent);
    expect(r.code).toBe(0);
    expect(existsSync(join(parent, 'Platform_Policies/policies/platform-policies-baseline/pack.yaml'))).toBe(true);
  });
});
