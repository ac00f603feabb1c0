import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';
import { oscalValidator, sarifValidator } from '../reports/helpers/schemas.js';
import { PACK } from './harness.js';
import type { Result } from '../../engine/types.js';

const pod = (name: string, extra = '') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  containers:
    - name: c
      image: registry.example.com/c:latest${extra}
      securityContext: {privileged: true, runAsNonRoot: true}
`;

/** One finding per waiver kind: an exception (privileged in a.yaml), an inline suppression (latest in a.yaml), a baseline entry (b.yaml). */
async function waivedRun() {
  const dir = tempTree({
    'k8s/b.yaml': pod('b'),
    'exceptions.yaml': 'exceptions:\n  - rule: wv-no-privileged\n    paths: ["k8s/a.yaml"]\n    reason: Vendor agent <needs> host access\n    ticket: SEC-123\n    approved_by: jane.doe@example.com\n    expires: 2026-12-31\n',
  });
  const env = { BYLAW_NOW: '2026-03-01' };
  await cli(['baseline', 'create', '--policy', PACK, '--output', 'baseline.json', 'k8s'], dir, env);
  writeFileSync(join(dir, 'k8s/a.yaml'), pod('a', ' # bylaw:ignore wv-no-latest -- pinned in the overlay'));
  const r = await cli(['scan', 'k8s', '--policy', PACK, '--exceptions', 'exceptions.yaml', '--baseline', 'baseline.json', '--format', 'json,sarif,junit,markdown,html,oscal,csv', '--output-dir', 'out'], dir, env);
  const read = (f: string) => readFileSync(join(dir, 'out', f), 'utf8');
  return { r, read };
}

describe('every report carries the waivers', () => {
  it('JSON, SARIF (suppressions), JUnit, Markdown, HTML and OSCAL show reason, approver, ticket and expiry', async () => {
    const { r, read } = await waivedRun();
    expect(r.code).toBe(0);
    const result = JSON.parse(read('bylaw.json')) as Result;
    expect(result.findings.map((f) => `${f.location.path} ${f.ruleId} ${f.waiver?.kind}`)).toEqual([
      'k8s/a.yaml wv-no-latest inline',
      'k8s/a.yaml wv-no-privileged exception',
      'k8s/b.yaml wv-no-latest baseline',
      'k8s/b.yaml wv-no-privileged baseline',
    ]);
    expect(result.summary.waivers).toEqual({ applied: 1, expired: 0, expiring: 0, stale: 0, inline: 1 });
    expect(result.summary.baseline).toEqual({ file: 'baseline.json', entries: 2, matched: 2, new: 0, fixed: 0 });

    const sarif = JSON.parse(read('bylaw.sarif'));
    const validSarif = sarifValidator();
    expect(validSarif(sarif), validSarif.errors()).toBe(true);
    const suppressions = sarif.runs[0].results.map((x: { ruleId: string; suppressions?: { kind: string; justification: string }[] }) => `${x.ruleId} ${x.suppressions?.[0]?.kind}: ${x.suppressions?.[0]?.justification}`);
    expect(suppressions).toEqual([
      'wv-no-latest inSource: pinned in the overlay',
      'wv-no-privileged external: Vendor agent <needs> host access',
      'wv-no-latest external: accepted in baseline baseline.json',
      'wv-no-privileged external: accepted in baseline baseline.json',
    ]);
    expect(JSON.stringify(sarif)).toContain('"approvedBy":"jane.doe@example.com"');

    const oscal = JSON.parse(read('bylaw.oscal.json'));
    const validOscal = oscalValidator();
    expect(validOscal(oscal), validOscal.errors()).toBe(true);
    const oscalText = JSON.stringify(oscal);
    for (const s of ['Approved by: jane.doe@example.com', 'Ticket: SEC-123', 'Expires: 2026-12-31', 'pinned in the overlay']) expect(oscalText).toContain(s);

    const junit = read('bylaw.junit.xml');
    for (const s of ['Vendor agent &lt;needs&gt; host access', 'approved by jane.doe@example.com', 'SEC-123', '2026-12-31', 'pinned in the overlay']) expect(junit).toContain(s);

    const md = read('bylaw.md');
    for (const s of ['Vendor agent &lt;needs&gt; host access', 'jane.doe@example.com', 'SEC-123', '2026-12-31']) expect(md).toContain(s);

    const html = read('bylaw.html');
    for (const s of ['Vendor agent &lt;needs&gt; host access', 'jane.doe@example.com', 'SEC-123', '2026-12-31', 'pinned in the overlay']) expect(html).toContain(s);
    expect(html).not.toContain('<needs>');
  });
});
