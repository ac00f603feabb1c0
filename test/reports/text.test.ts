import { describe, expect, it } from 'vitest';
import { text, verdictLine } from '../../reports/text.js';
import { largeResult, loadResult } from './helpers/fixtures.js';

describe('text', () => {
  it('groups failing, waived and not-evaluated findings by file, then errors, notes and the verdict', () => {
    expect(text(loadResult('mixed'), { color: false }).split('\n')).toEqual([
      '.github/workflows/ci.yml',
      '  14:15    high     Action "actions/checkout@v4" is not pinned to a commit SHA  gha-pin-actions',
      '  22:15    high     Action "docker/build-push-action@master" is not pinned to a commit SHA  gha-pin-actions',
      '',
      'deploy/huge.yaml',
      '  1:1      error    Rule timed out after 2000 ms  k8s-no-privileged',
      '',
      'deploy/legacy/worker.yaml',
      '  17:11    waived   Container "agent" may run as root  k8s-run-as-non-root',
      '           suppressed inline: image drops to uid 65534 in its entrypoint',
      '  19:27    waived   Container "agent" runs privileged  k8s-no-privileged',
      '           waived: Vendor agent needs host devices until the Q2 upgrade (approved by jane.doe@example.com, expires 2027-03-31)',
      '',
      'deploy/web.yaml',
      '  16:11    medium   Container "web" does not set runAsNonRoot  k8s-run-as-non-root',
      '  21:25    high     Container "web" runs privileged  k8s-no-privileged',
      '  50:15    medium   Container "cleanup" has no memory limit  k8s-resource-limits',
      '  52:22    low      Image "busybox:latest" is not pinned by digest  k8s-image-pinned',
      '',
      'Errors',
      '  deploy/broken.yaml:3:7: parse-error: bad indentation of a mapping entry',
      '  deploy/huge.yaml:1:1: rule-timeout: k8s-no-privileged exceeded 2000 ms on deploy/huge.yaml',
      '',
      'note: .bylaw/exceptions.yaml:4: Waiver SEC-123 for k8s-no-privileged expires in 131 days',
      '',
      'FAIL 6 failing (3 high, 2 medium, 1 low) · 3 passed · 2 waived · 2 errors · 5 files, 6 resources — fail-on: high',
      '',
    ]);
  });

  it('ends with the verdict line alone', () => {
    const result = loadResult('mixed');
    expect(text(result, { color: false }).endsWith(verdictLine(result))).toBe(true);
  });

  it('lists 20,000 findings of one file under one heading, in the result order', () => {
    const result = largeResult(20_000);
    for (const finding of result.findings) finding.location.path = 'deploy/one.yaml';
    const lines = text(result, { color: false }).split('\n');
    const shown = result.findings.filter((f) => f.status === 'fail' || f.status === 'error' || f.status === 'waived');
    expect(lines.filter((line) => line === 'deploy/one.yaml')).toHaveLength(1);
    const rows = lines.filter((line) => /^  \d+:\d+ /.test(line));
    expect(rows).toHaveLength(shown.length);
    expect(rows.map((row) => row.slice(row.lastIndexOf(' ') + 1))).toEqual(shown.map((f) => f.ruleId));
  });
  it('neutralises terminal escapes in every field a policy or exceptions file controls', () => {
    const esc = '\u001b[2J\u001b]0;pwned\u0007';
    const r = loadResult('mixed');
    const hostile = {
      ...r,
      findings: r.findings.map((f) => ({ ...f, ruleId: f.ruleId + esc, ...(f.waiver ? { waiver: { ...f.waiver, expires: '2027-03-31' + esc } } : {}) })),
      errors: r.errors.map((e) => ({ ...e, code: (e.code + esc) as typeof e.code })),
    };
    const out = text(hostile, { color: false });
    expect(out).not.toMatch(/[\u001b\u0007]/);
    expect(out).toContain('\\u001b[2J');
  });
});
