import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';
import { tempRepo } from '../git/temp-repo.js';
import { diffMarkdown, type PolicyDiff } from '../../engine/index.js';

const rule = (id: string, severity: string, assert: string, message: string, location: string) =>
  `id: ${id}\ntitle: ${id}\nseverity: ${severity}\nmatch:\n  type: kubernetes\n  kinds: [workloads]\nselect: [$podSpec/containers/*]\nassert: ${assert}\nmessage: '${message}'\nlocation: ${location}\n`;

const privileged = rule('acme-no-privileged', 'high', '{"!==": [{"var": "node.securityContext.privileged"}, true]}', 'Container "{{node.name}}" runs privileged', '/securityContext/privileged');
const latestV1 = rule('acme-pinned-image', 'medium', '{"!": {"regex_match": [{"var": "node.image"}, ":latest$"]}}', 'Container "{{node.name}}" image {{node.image}} is not pinned', '/image');
/** v2 tightens the rule: an image without any tag is not pinned either. */
const latestV2 = rule('acme-pinned-image', 'medium', '{"!": {"regex_match": [{"var": "node.image"}, "(:latest$)|^[^:]+$"]}}', 'Container "{{node.name}}" image {{node.image}} is not pinned', '/image');
const nonRoot = (severity: string) => rule('acme-non-root', severity, '{"===": [{"var": "node.securityContext.runAsNonRoot"}, true]}', 'Container "{{node.name}}" may run as root', '/securityContext');
const pack = (version: string, rules: string[]) =>
  `id: acme\nversion: ${version}\ntitle: Acme\ndescription: Acme policy\nowner: sec@example.com\nrules: [./rules/*.yaml]\ncontrols:\n  - id: ACME-1\n    title: Least privilege\n    rules: [${rules.join(', ')}]\n`;

/** Policy v1 (1.0.0) and v2 (1.1.0): v2 tightens acme-pinned-image only. */
const v1 = { '.bylaw.yaml': 'packs: [./acme]\n', 'acme/pack.yaml': pack('1.0.0', ['acme-no-privileged', 'acme-pinned-image', 'acme-non-root']), 'acme/rules/a.yaml': privileged, 'acme/rules/b.yaml': latestV1, 'acme/rules/c.yaml': nonRoot('low') };
const v2 = { ...v1, 'acme/pack.yaml': pack('1.1.0', ['acme-no-privileged', 'acme-pinned-image', 'acme-non-root']), 'acme/rules/b.yaml': latestV2 };

const apps = `apiVersion: v1
kind: Pod
metadata: {name: app, namespace: shop}
spec:
  containers:
    - name: web
      image: registry.example.com/web:latest
      securityContext: {runAsNonRoot: true}
    - name: proxy
      image: registry.example.com/proxy
      securityContext: {runAsNonRoot: true}
    - name: shell
      image: registry.example.com/shell:1.2
      securityContext: {runAsNonRoot: true, privileged: true}
`;

const prefixed = (prefix: string, files: Record<string, string | null>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [`${prefix}/${k}`, v]));

describe('bylaw diff', () => {
  it('two policy directories: exactly the findings the tightened rule adds, per rule and per control', async () => {
    const dir = tempTree({ 'repo/k8s/apps.yaml': apps, ...(prefixed('v1', v1) as Record<string, string>), ...(prefixed('v2', v2) as Record<string, string>) });
    const r = await cli(['diff', '--policy-from', '../v1', '--policy-to', '../v2', '--format', 'json', 'k8s'], join(dir, 'repo'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as PolicyDiff;
    expect(d.added.map((f) => `${f.location.path}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message}`)).toEqual([
      'k8s/apps.yaml:10:7 acme-pinned-image Container "proxy" image registry.example.com/proxy is not pinned',
    ]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]);
    expect(d.summary).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 2, failingBefore: 2, failingAfter: 3 });
    expect(d.byRule).toEqual({ 'acme-pinned-image': { added: 1, removed: 0, changed: 0 } });
    expect(d.byControl).toEqual({ 'ACME-1': { added: 1, removed: 0, changed: 0 } });
    expect([d.from.packs[0].version, d.to.packs[0].version]).toEqual(['1.0.0', '1.1.0']);
    const toFile = await cli(['diff', '--policy-from', '../v1', '--policy-to', '../v2', '--format', 'json', '--output', 'impact.json', 'k8s'], join(dir, 'repo'));
    expect([toFile.code, toFile.stdout, toFile.stderr]).toEqual([0, '', '']);
    expect(readFileSync(join(dir, 'repo', 'impact.json'), 'utf8')).toBe(r.stdout);
    expect((await cli(['diff', '--policy-from', '../v1', '--policy-to', '../v2', '--exit-code', 'k8s'], join(dir, 'repo'))).code).toBe(1);
    expect((await cli(['diff', '--policy-from', '../v1', '--policy-to', '../v1', '--exit-code', 'k8s'], join(dir, 'repo'))).code).toBe(0);
  });

  it('removed and changed findings: dropping a rule and raising a severity; text and Markdown output', async () => {
    const v3 = { ...v2, 'acme/pack.yaml': pack('2.0.0', ['acme-pinned-image', 'acme-non-root']), 'acme/rules/a.yaml': null, 'acme/rules/c.yaml': nonRoot('medium') };
    const files = Object.fromEntries(Object.entries(prefixed('v3', v3)).filter(([, v]) => v !== null)) as Record<string, string>;
    const dir = tempTree({ 'repo/k8s/apps.yaml': apps.replace('securityContext: {runAsNonRoot: true}\n    - name: proxy', 'securityContext: {}\n    - name: proxy'), ...(prefixed('v1', v1) as Record<string, string>), ...files });
    const json = JSON.parse((await cli(['diff', '--policy-from', '../v1', '--policy-to', '../v3', '--format', 'json'], join(dir, 'repo'))).stdout) as PolicyDiff;
    expect(json.removed.map((f) => f.ruleId)).toEqual(['acme-no-privileged']);
    expect(json.changed.map((c) => `${c.after.ruleId} ${c.fields.join(',')} ${c.before.severity}→${c.after.severity}`)).toEqual(['acme-non-root severity low→medium']);
    expect(json.added.map((f) => f.ruleId)).toEqual(['acme-pinned-image']);
    const text = (await cli(['diff', '--policy-from', '../v1', '--policy-to', '../v3'], join(dir, 'repo'))).stdout;
    expect(text).toContain('1 added, 1 removed, 1 changed, 1 unchanged (failing: 3 → 3)');
    expect(text).toContain('  k8s/apps.yaml:8:7  acme-non-root  severity "low" → "medium"');
    expect(text).toMatch(/By rule\n {2}acme-no-privileged +\+0 -1 ~0\n {2}acme-non-root +\+0 -0 ~1\n {2}acme-pinned-image +\+1 -0 ~0\n/);
    const md = (await cli(['diff', '--policy-from', '../v1', '--policy-to', '../v3', '--format', 'markdown'], join(dir, 'repo'))).stdout;
    expect(md).toContain('## bylaw: impact of the policy change\n\nFrom **../v1** (acme@1.0.0) to **../v3** (acme@2.0.0).');
    expect(md).toContain('| k8s/apps.yaml:10:7 | acme-pinned-image | medium | Container "proxy" image registry.example.com/proxy is not pinned |');
    expect(md).toContain('### By control (1)\n\n| Id | Added | Removed | Changed |\n|---|---|---|---|\n| ACME-1 | 1 | 1 | 1 |');
    expect(diffMarkdown(json)).toBe(md);
  });

  it('git refs: the policy as committed at each ref (config, local pack), never the work tree', async () => {
    const repo = tempRepo();
    try {
      repo.commit('policy v1', { ...v1, 'k8s/apps.yaml': apps });
      repo.commit('tighten acme-pinned-image', v2);
      repo.commit('work tree noise', {});
      const r = await cli(['diff', '--policy-from', 'HEAD~2', '--policy-to', 'HEAD', '--format', 'json', 'k8s'], repo.dir);
      expect(r.stderr).toBe('');
      const d = JSON.parse(r.stdout) as PolicyDiff;
      expect(d.added.map((f) => `${f.location.startLine} ${f.ruleId}`)).toEqual(['10 acme-pinned-image']);
      expect(d.from.commit).toMatch(/^[0-9a-f]{40}$/);
      expect([d.from.packs[0].version, d.to.packs[0].version]).toEqual(['1.0.0', '1.1.0']);
      const sub = tempRepo();
      try {
        sub.commit('v1 in svc/', prefixed('svc', { ...v1, 'k8s/apps.yaml': apps }) as Record<string, string>);
        sub.commit('v2 in svc/', prefixed('svc', v2) as Record<string, string>);
        const inSub = JSON.parse((await cli(['diff', '--policy-from', 'HEAD~1', '--policy-to', 'HEAD', '--format', 'json', 'k8s'], join(sub.dir, 'svc'))).stdout) as PolicyDiff;
        expect(inSub.added.map((f) => `${f.location.path}:${f.location.startLine} ${f.ruleId}`)).toEqual(['k8s/apps.yaml:10 acme-pinned-image']);
      } finally {
        sub.remove();
      }
      const bad = await cli(['diff', '--policy-from', 'no-such-ref', '--policy-to', 'HEAD'], repo.dir);
      expect(bad.stderr).toMatch(/policy "no-such-ref" is neither a directory nor a commit/);
      expect(bad.code).toBe(2);
    } finally {
      repo.remove();
    }
  });
});
