import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';
import { MANIFESTS, PACK, brief, scanJson } from './harness.js';

const apps = readFileSync(join(MANIFESTS, 'apps.yaml'), 'utf8');

/** A temp tree with the manifests, an exceptions file and optionally a config. */
const tree = (exceptions: string, config?: string) => tempTree({ 'k8s/apps.yaml': apps, 'exceptions.yaml': exceptions, ...(config ? { '.bylaw.yaml': config } : {}) });

const legacyPrivileged = (extra: string) => `exceptions:
  - rule: wv-no-privileged
    resources: [{kind: Deployment, name: legacy}]
    reason: Vendor agent needs host access until Q3
    ticket: SEC-123
    approved_by: jane.doe@example.com
${extra}`;

describe('exceptions file', () => {
  it('a valid waiver waives exactly the covered finding, keeps its data, and records reason, approver, ticket, expiry and source', async () => {
    const plain = await scanJson(tree('exceptions: []\n'), ['--exceptions', 'exceptions.yaml']);
    const { code, result } = await scanJson(tree(legacyPrivileged('    expires: 2026-12-31\n')), ['--exceptions', 'exceptions.yaml']);
    expect(brief(result)).toEqual(['k8s/apps.yaml:11 wv-no-latest fail', 'k8s/apps.yaml:13 wv-no-privileged waived', 'k8s/apps.yaml:26 wv-no-privileged fail']);
    const waived = result.findings[1];
    const { status, waiver, ...data } = waived;
    const { status: before, ...original } = plain.result.findings[1];
    expect([status, before]).toEqual(['waived', 'fail']);
    expect(data).toEqual(original);
    expect(waiver).toEqual({ kind: 'exception', reason: 'Vendor agent needs host access until Q3', approvedBy: 'jane.doe@example.com', ticket: 'SEC-123', expires: '2026-12-31', source: { path: 'exceptions.yaml', line: 2 } });
    expect(result.summary.waivers).toEqual({ applied: 1, expired: 0, expiring: 0, stale: 0, inline: 0 });
    expect(result.summary.byStatus.waived).toBe(1);
    expect(result.summary.bySeverity.high).toBe(1);
    expect(code).toBe(1);
  });

  it('a waiver covering every failing high finding turns the verdict to pass; the text report shows who approved it', async () => {
    const dir = tree(legacyPrivileged('    expires: 2026-12-31\n').replace('resources: [{kind: Deployment, name: legacy}]', 'paths: ["k8s/**"]'));
    const r = await cli(['scan', '--policy', PACK, '--exceptions', 'exceptions.yaml'], dir, { BYLAW_NOW: '2026-03-01' });
    expect(r.stdout).toContain('waived: Vendor agent needs host access until Q3 (approved by jane.doe@example.com, expires 2026-12-31)');
    expect(r.stdout).toMatch(/PASS 1 failing \(1 medium\) .* 2 waived/);
    expect(r.code).toBe(0);
  });

  it('an expired waiver no longer waives: the finding fails with "waiver expired on DATE" and a note names the entry', async () => {
    const { code, result } = await scanJson(tree(legacyPrivileged('    expires: 2026-02-28\n')), ['--exceptions', 'exceptions.yaml'], '2026-03-01');
    expect(brief(result)[1]).toBe('k8s/apps.yaml:13 wv-no-privileged fail');
    expect(result.findings[1].message).toBe('Container "web" runs privileged (waiver expired on 2026-02-28)');
    expect(result.findings[1].waiver).toBeUndefined();
    expect(result.notes).toContainEqual({ code: 'waiver-expired', path: 'exceptions.yaml', line: 2, message: expect.stringMatching(/expired on 2026-02-28; 1 finding\(s\) it covered fail again/) });
    expect(result.summary.waivers).toMatchObject({ applied: 0, expired: 1 });
    expect(code).toBe(1);
    const lastDay = await scanJson(tree(legacyPrivileged('    expires: 2026-02-28\n')), ['--exceptions', 'exceptions.yaml'], '2026-02-28T23:59:59Z');
    expect(brief(lastDay.result)[1]).toBe('k8s/apps.yaml:13 wv-no-privileged waived');
  });

  it('a waiver expiring within warnDays (default 14) is announced; config warnDays narrows the window', async () => {
    const soon = tree(legacyPrivileged('    expires: 2026-03-10\n'));
    const { result } = await scanJson(soon, ['--exceptions', 'exceptions.yaml']);
    expect(brief(result)[1]).toBe('k8s/apps.yaml:13 wv-no-privileged waived');
    expect(result.notes).toContainEqual({ code: 'waiver-expiring', path: 'exceptions.yaml', line: 2, message: expect.stringContaining('expires on 2026-03-10, in 9 day(s)') });
    expect(result.summary.waivers?.expiring).toBe(1);
    const narrow = tree(legacyPrivileged('    expires: 2026-03-10\n'), 'waivers: {warnDays: 5}\n');
    expect((await scanJson(narrow, ['--exceptions', 'exceptions.yaml'])).result.notes ?? []).not.toContainEqual(expect.objectContaining({ code: 'waiver-expiring' }));
  });

  it('a waiver that matches nothing is reported as stale with its file and line', async () => {
    const dir = tree(`${legacyPrivileged('    expires: 2026-12-31\n')}  - rule: wv-no-latest
    paths: ["deploy/legacy/**"]
    reason: Old chart
    approved_by: bob@example.com
    expires: 2026-12-31
`);
    const { result } = await scanJson(dir, ['--exceptions', 'exceptions.yaml']);
    expect(result.notes).toEqual([{ code: 'waiver-stale', path: 'exceptions.yaml', line: 8, message: 'waiver for rule wv-no-latest (approved by bob@example.com) matched no finding: the deviation may be fixed, or the scope is wrong' }]);
    expect(result.summary.waivers).toEqual({ applied: 1, expired: 0, expiring: 0, stale: 1, inline: 0 });
  });

  it('a scan of some paths only calls stale the waivers whose paths it scanned', async () => {
    const entry = (paths: string, extra = '') => `  - rule: wv-no-latest\n    paths: ["${paths}"]\n${extra}    reason: r\n    approved_by: a@example.com\n    expires: 2026-12-31\n`;
    const dir = tree(`exceptions:\n${entry('deploy/**')}${entry('./k8s/apps.yaml', '    pointer: /nowhere\n')}`);
    const stale = async (args: string[]) => ((await scanJson(dir, ['--exceptions', 'exceptions.yaml', ...args])).result.notes ?? []).filter((n) => n.code === 'waiver-stale').map((n) => n.line);
    expect(await stale([])).toEqual([2, 7]);
    expect(await stale(['k8s'])).toEqual([7]);
  });

  it.each([
    ['no approver', 'exceptions:\n  - rule: wv-no-privileged\n    reason: because\n    expires: 2026-12-31\n', '', 'exceptions.yaml:2:5: invalid-exceptions: missing required key "approved_by" at /exceptions/0'],
    ['no reason', 'exceptions:\n  - rule: wv-no-privileged\n    approved_by: a@b.c\n    expires: 2026-12-31\n', '', 'exceptions.yaml:2:5: invalid-exceptions: missing required key "reason" at /exceptions/0'],
    ['no expiry (required by default)', 'exceptions:\n  - rule: wv-no-privileged\n    reason: r\n    approved_by: a@b.c\n', '', 'exceptions.yaml:2:5: invalid-exceptions: missing required key "expires" at /exceptions/0'],
    ['neither rule nor control', 'exceptions:\n  - reason: r\n    approved_by: a@b.c\n    expires: 2026-12-31\n', '', 'exceptions.yaml:2:5: invalid-exceptions: exception 1 must name a "rule" or a "control"'],
    ['both rule and control', 'exceptions:\n  - rule: x\n    control: y\n    reason: r\n    approved_by: a@b.c\n    expires: 2026-12-31\n', '', 'exceptions.yaml:3:5: invalid-exceptions: exception 1 names both a rule and a control; use one entry for each'],
    ['not a date', 'exceptions:\n  - rule: x\n    reason: r\n    approved_by: a@b.c\n    expires: 2026-02-30\n', '', 'exceptions.yaml:5:5: invalid-exceptions: /exceptions/0/expires must match format "date"'],
    ['unknown key', 'exceptions:\n  - rule: x\n    reason: r\n    approver: a@b.c\n    expires: 2026-12-31\n', 'waivers: {requireExpiry: true}\n', 'exceptions.yaml:4:5: invalid-exceptions: unknown key "approver" at /exceptions/0'],
    ['beyond waivers.maxDays', legacyPrivileged('    expires: 2026-12-31\n'), 'waivers: {maxDays: 90}\n', 'exceptions.yaml:7:5: invalid-exceptions: expires 2026-12-31 is 305 days after today (2026-03-01); the config allows at most 90 (waivers.maxDays)'],
  ])('%s: exit 2 with file:line:column', async (_name, exceptions, config, message) => {
    const { code, stderr } = await scanJson(tree(exceptions, config || undefined), ['--exceptions', 'exceptions.yaml']);
    expect(stderr).toContain(message);
    expect(code).toBe(2);
  });

  it('a missing exceptions file is exit 2 naming it', async () => {
    const { code, stderr } = await scanJson(tree('exceptions: []\n'), ['--exceptions', 'missing.yaml']);
    expect(stderr).toMatch(/^missing\.yaml:1:1: invalid-exceptions: cannot read file: /);
    expect(code).toBe(2);
  });

  it('waivers.requireExpiry: false accepts a waiver without expiry', async () => {
    const { result } = await scanJson(tree(legacyPrivileged(''), 'waivers: {requireExpiry: false}\n'), ['--exceptions', 'exceptions.yaml']);
    expect(result.findings[1]).toMatchObject({ status: 'waived', waiver: { kind: 'exception', approvedBy: 'jane.doe@example.com' } });
    expect(result.findings[1].waiver).not.toHaveProperty('expires');
  });

  it.each([
    ['a control covers every rule implementing it', 'control: WV-2', ['k8s/apps.yaml:11 wv-no-latest waived', 'k8s/apps.yaml:13 wv-no-privileged fail', 'k8s/apps.yaml:26 wv-no-privileged fail']],
    ['a namespace scope', 'rule: wv-no-privileged\n    resources: [{namespace: ops}]', ['k8s/apps.yaml:11 wv-no-latest fail', 'k8s/apps.yaml:13 wv-no-privileged fail', 'k8s/apps.yaml:26 wv-no-privileged waived']],
    ['a pointer covers the node and what is under it', 'rule: wv-no-privileged\n    pointer: /spec/containers/0/securityContext', ['k8s/apps.yaml:11 wv-no-latest fail', 'k8s/apps.yaml:13 wv-no-privileged fail', 'k8s/apps.yaml:26 wv-no-privileged waived']],
    ['a pointer matches whole segments only', 'rule: wv-no-privileged\n    pointer: /spec/containers/0/security', ['k8s/apps.yaml:11 wv-no-latest fail', 'k8s/apps.yaml:13 wv-no-privileged fail', 'k8s/apps.yaml:26 wv-no-privileged fail']],
    ['a path glob may start with ./', 'rule: wv-no-privileged\n    paths: ["./k8s/**"]', ['k8s/apps.yaml:11 wv-no-latest fail', 'k8s/apps.yaml:13 wv-no-privileged waived', 'k8s/apps.yaml:26 wv-no-privileged waived']],
    ['path globs and resources must both match', 'rule: wv-no-privileged\n    paths: ["other/**"]\n    resources: [{kind: Pod}]', ['k8s/apps.yaml:11 wv-no-latest fail', 'k8s/apps.yaml:13 wv-no-privileged fail', 'k8s/apps.yaml:26 wv-no-privileged fail']],
  ])('scope: %s', async (_name, scope, expected) => {
    const dir = tree(`exceptions:\n  - ${scope}\n    reason: r\n    approved_by: a@example.com\n    expires: 2026-12-31\n`);
    expect(brief((await scanJson(dir, ['--exceptions', 'exceptions.yaml'])).result)).toEqual(expected);
  });

  it('`exceptions:` in .bylaw.yaml is read relative to the policy root; --exceptions replaces it', async () => {
    const dir = tempTree({ 'k8s/apps.yaml': apps, '.bylaw.yaml': 'exceptions: policy/waivers.yaml\n', 'policy/waivers.yaml': legacyPrivileged('    expires: 2026-12-31\n'), 'none.yaml': 'exceptions: []\n' });
    const fromConfig = await scanJson(dir);
    expect(fromConfig.result.findings[1].waiver?.source).toEqual({ path: 'policy/waivers.yaml', line: 2 });
    const replaced = await scanJson(dir, ['--exceptions', 'none.yaml']);
    expect(replaced.result.findings[1].status).toBe('fail');
  });

  it('bylaw validate checks exceptions files with file:line:column', async () => {
    const bad = tree('exceptions:\n  - rule: wv-no-privileged\n    reason: because\n    expires: 2026-12-31\n');
    const r = await cli(['validate', 'exceptions.yaml'], bad);
    expect(r.stderr).toBe('exceptions.yaml:2:5: invalid-exceptions: missing required key "approved_by" at /exceptions/0\n');
    expect(r.code).toBe(2);
    const good = await cli(['validate', 'exceptions.yaml'], tree(legacyPrivileged('    expires: 2026-12-31\n')));
    expect(good.stdout).toBe('1 file(s) checked, 0 problem(s)\n');
    expect(good.code).toBe(0);
  });

  it('bylaw validate judges expiries by the run clock (BYLAW_NOW), like scan', async () => {
    const dir = tempTree({
      '.bylaw.yaml': 'exceptions: waivers.yaml\nwaivers:\n  maxDays: 90\n',
      'waivers.yaml': 'exceptions:\n  - rule: x\n    reason: r\n    approved_by: a@example.com\n    expires: 2026-12-31\n',
    });
    const early = await cli(['validate', 'waivers.yaml'], dir, { BYLAW_NOW: '2026-03-01' });
    expect(early.stderr).toMatch(/^waivers\.yaml:5:\d+: invalid-exceptions: .*90/m);
    expect(early.code).toBe(2);
    const late = await cli(['validate', 'waivers.yaml'], dir, { BYLAW_NOW: '2026-11-01' });
    expect(late.stderr).toBe('');
    expect(late.code).toBe(0);
  });

  it('bylaw validate with no paths also checks the exceptions file the config names', async () => {
    const dir = tempTree({ '.bylaw.yaml': 'exceptions: security/waivers.yaml\n', 'security/waivers.yaml': 'exceptions:\n  - rule: x\n    reason: r\n    expires: 2026-12-31\n' });
    const r = await cli(['validate'], dir);
    expect(r.stderr).toBe('security/waivers.yaml:2:5: invalid-exceptions: missing required key "approved_by" at /exceptions/0\n');
    expect(r.code).toBe(2);
  });

  it('bylaw validate recognises a misspelt *exceptions.yaml by its name', async () => {
    const dir = tempTree({ 'bylaw-exceptions.yaml': 'exception:\n  - rule: x\n' });
    const r = await cli(['validate', '.'], dir);
    expect(r.stderr).toBe('bylaw-exceptions.yaml:1:1: invalid-exceptions: missing required key "exceptions" at the top level\nbylaw-exceptions.yaml:1:1: invalid-exceptions: unknown key "exception" at the top level\n');
    expect(r.code).toBe(2);
  });

  it('BYLAW_NOW must be a date', async () => {
    const r = await cli(['scan', '--policy', PACK], tree('exceptions: []\n'), { BYLAW_NOW: 'yesterday' });
    expect(r.stderr).toMatch(/BYLAW_NOW must be an ISO date/);
    expect(r.code).toBe(2);
  });
});
