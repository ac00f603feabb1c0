import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../helpers/cli.js';
import { scan } from '../../engine/index.js';
import { MANIFESTS, PACK } from './harness.js';

const exceptions = 'exceptions:\n  - control: WV-1\n    paths: ["k8s/**"]\n    reason: Lab cluster\n    approved_by: ops@example.com\n    expires: 2026-06-30\n';

describe('waivers through the API (as the Action calls scan)', () => {
  it('ScanOptions.exceptions is relative to the root and ScanOptions.now is the clock for expiry and startedAt', async () => {
    const root = tempTree({ 'k8s/apps.yaml': readFileSync(join(MANIFESTS, 'apps.yaml'), 'utf8'), 'exceptions.yaml': exceptions });
    const at = (day: string) => scan({ root, policies: [PACK], config: false, exceptions: 'exceptions.yaml', now: () => new Date(`${day}T12:00:00Z`) });
    const live = await at('2026-06-20');
    expect(live.run.startedAt).toBe('2026-06-20T12:00:00.000Z');
    expect(live.findings.map((f) => `${f.ruleId} ${f.status}`)).toEqual(['wv-no-latest fail', 'wv-no-privileged waived', 'wv-no-privileged waived']);
    expect(live.notes?.map((n) => n.code)).toEqual(['waiver-expiring']);
    const expired = await at('2026-07-01');
    expect(expired.findings.map((f) => `${f.ruleId} ${f.status}`)).toEqual(['wv-no-latest fail', 'wv-no-privileged fail', 'wv-no-privileged fail']);
    expect(expired.summary.waivers).toEqual({ applied: 0, expired: 1, expiring: 0, stale: 0, inline: 0 });
  });
});
