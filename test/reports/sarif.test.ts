import { describe, expect, it } from 'vitest';
import { sarif, automationId } from '../../reports/sarif.js';
import { GITHUB_LIMITS, gzipSize } from '../../reports/sarif/limits.js';
import { createHash } from 'node:crypto';
import { FIXTURES, largeResult, loadResult } from './helpers/fixtures.js';
import { sarifValidator } from './helpers/schemas.js';

const validate = sarifValidator();

type Log = { runs: Run[] };
type Run = {
  tool: { driver: { rules: Rule[] } };
  results: SarifResult[];
  automationDetails: { id: string };
  invocations: { toolExecutionNotifications?: { message: { text: string }; level: string; locations?: unknown[]; descriptor?: { id: string } }[] }[];
  properties: Record<string, unknown>;
};
type Rule = { id: string; help: { text: string; markdown: string }; properties: { tags: string[]; 'security-severity': string } };
type SarifResult = {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string; properties: Record<string, string> }[];
};

function render(result = loadResult('mixed')): { text: string; log: Log } {
  const text = sarif(result, {});
  return { text, log: JSON.parse(text) as Log };
}

/** GitHub's documented constraints on an uploaded SARIF file. */
function expectGitHubConstraints(text: string, log: Log): void {
  expect(gzipSize(text)).toBeLessThanOrEqual(GITHUB_LIMITS.gzipBytes);
  expect(log.runs.length).toBeLessThanOrEqual(20);
  for (const run of log.runs) {
    expect(run.results.length).toBeLessThanOrEqual(GITHUB_LIMITS.resultsPerRun);
    expect(run.tool.driver.rules.length).toBeLessThanOrEqual(GITHUB_LIMITS.rulesPerRun);
    for (const rule of run.tool.driver.rules) expect(rule.properties.tags.length).toBeLessThanOrEqual(20);
    for (const result of run.results) {
      expect(result.locations.length).toBeLessThanOrEqual(GITHUB_LIMITS.locationsPerResult);
      for (const location of result.locations) {
        expect(location.physicalLocation.artifactLocation.uri).not.toMatch(/^(\/|[a-z]+:)/i);
        expect(location.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      }
    }
  }
}

describe('sarif', () => {
  it.each(FIXTURES)('%s validates against the official SARIF 2.1.0 schema and GitHub limits', (name) => {
    const { text, log } = render(loadResult(name));
    expect(validate(log), validate.errors()).toBe(true);
    expectGitHubConstraints(text, log);
  });

  it('maps findings: levels, security-severity, fingerprints, %SRCROOT% URIs, 1-based regions, rule help and tags', () => {
    const { log } = render();
    const run = log.runs[0];
    expect(run.results.map((r) => r.ruleId)).toEqual(['gha-pin-actions', 'gha-pin-actions', 'k8s-run-as-non-root', 'k8s-no-privileged', 'k8s-run-as-non-root', 'k8s-no-privileged', 'k8s-resource-limits', 'k8s-image-pinned']);
    const privileged = run.results.find((r) => r.ruleId === 'k8s-no-privileged' && !r.suppressions)!;
    expect(privileged.level).toBe('error');
    expect(privileged.partialFingerprints).toEqual({ 'bylaw/v1': '7cde8d91640516c7' });
    expect(privileged.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%', index: 4 },
      region: { startLine: 21, startColumn: 25, endLine: 21, endColumn: 29 },
    });
    expect(run.tool.driver.rules[privileged.ruleIndex].id).toBe('k8s-no-privileged');
    const rule = run.tool.driver.rules.find((r) => r.id === 'k8s-no-privileged')!;
    expect(rule.properties['security-severity']).toBe('8.0');
    expect(rule.properties.tags).toEqual(['security', 'PSS-PRIVILEGED', 'cis-kubernetes/5.2.1', 'nist-800-53/AC-6', 'nist-800-53/CM-7']);
    expect(rule.help.markdown).toContain('**Remediation**');
    expect(rule.help.markdown).toContain('cis-kubernetes 5.2.1');
    expect(rule.help.text).toContain('Rationale:');
    expect(run.tool.driver.rules.find((r) => r.id === 'k8s-image-pinned')!.properties['security-severity']).toBe('3.0');
    expect(run.automationDetails.id).toBe('bylaw/github-actions-hardening+k8s-best-practices+pss-restricted/');
  });

  it('turns waivers into suppressions (external with approver and expiry; inline as inSource)', () => {
    const waived = render().log.runs[0].results.filter((r) => r.suppressions);
    expect(waived.map((r) => r.suppressions![0].kind).sort()).toEqual(['external', 'inSource']);
    const external = waived.find((r) => r.suppressions![0].kind === 'external')!.suppressions![0];
    expect(external.justification).toBe('Vendor agent needs host devices until the Q2 upgrade');
    expect(external.properties).toEqual({ approvedBy: 'jane.doe@example.com', ticket: 'SEC-123', expires: '2027-03-31' });
  });

  it('reports unreadable files and rule errors as tool execution notifications with locations', () => {
    const notes = render().log.runs[0].invocations[0].toolExecutionNotifications!;
    expect(notes.map((n) => n.message.text)).toEqual([
      'parse-error: bad indentation of a mapping entry',
      'rule-timeout: k8s-no-privileged exceeded 2000 ms on deploy/huge.yaml',
      'k8s-no-privileged: Rule timed out after 2000 ms',
    ]);
    expect(notes.every((n) => n.level === 'error' && n.locations?.length === 1)).toBe(true);
  });

  it('keeps the most severe 25,000 results of a larger run and says so', { timeout: 120_000 }, () => {
    const result = largeResult(40_000);
    const { text, log } = render(result);
    expect(validate(log), validate.errors()).toBe(true);
    expectGitHubConstraints(text, log);
    const reported = result.findings.filter((f) => f.status === 'fail' || f.status === 'waived').length;
    expect(reported).toBeGreaterThan(GITHUB_LIMITS.resultsPerRun);
    const run = log.runs[0];
    expect(run.results.length).toBe(GITHUB_LIMITS.resultsPerRun);
    expect(run.properties.truncated).toEqual({ kept: GITHUB_LIMITS.resultsPerRun, total: reported });
    expect(run.invocations[0].toolExecutionNotifications![0].message.text).toMatch(/^\d+ of \d+ results were left out/);
    const levels = run.results.map((r) => r.level);
    expect(levels.filter((l) => l === 'error').length).toBe(result.findings.filter((f) => f.status === 'fail' && (f.severity === 'critical' || f.severity === 'high')).length);
  });

  it('shrinks to the compressed size limit by dropping the least severe results', { timeout: 120_000 }, () => {
    const result = largeResult(4_000);
    // Incompressible messages (hex of a hash chain), 8 KB each: about 16 MB once gzip-compressed.
    let seed = Buffer.from('bylaw');
    for (const finding of result.findings) {
      const chunks: string[] = [];
      for (let i = 0; i < 125; i++) chunks.push((seed = createHash('sha256').update(seed).digest()).toString('hex'));
      finding.message = chunks.join('');
    }
    const { text, log } = render(result);
    expect(gzipSize(text)).toBeLessThanOrEqual(GITHUB_LIMITS.gzipBytes);
    expect(gzipSize(text)).toBeGreaterThan(GITHUB_LIMITS.gzipBytes * 0.8);
    expect(validate(log), validate.errors()).toBe(true);
    const run = log.runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    expect(run.results.length).toBeLessThan(result.findings.filter((f) => f.status === 'fail' || f.status === 'waived').length);
    expect(run.properties.truncated).toMatchObject({ kept: run.results.length });
  });

  it.each([
    [[], 'bylaw/'],
    [['b', 'a', 'a'], 'bylaw/a+b/'],
  ])('automation id for packs %j is %s', (packs, id) => {
    expect(automationId(packs)).toBe(id);
  });
});
