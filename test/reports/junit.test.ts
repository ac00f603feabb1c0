import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../reports/junit.js';
import { FIXTURES, loadResult } from './helpers/fixtures.js';

type Case = { '@_classname': string; '@_name': string; failure?: { '@_message': string; '@_type': string }; error?: { '@_message': string }; skipped?: { '@_message': string } };
type Suite = { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; testcase: Case[] };

function parse(xml: string): { suites: Suite[]; totals: Record<string, string> } {
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml);
  const root = doc.testsuites;
  return { suites: root.testsuite as Suite[], totals: root };
}

describe('junit', () => {
  it.each(FIXTURES)('%s is well-formed XML whose counts add up', (name) => {
    const xml = junit(loadResult(name), {});
    expect(XMLValidator.validate(xml)).toBe(true);
    const { suites, totals } = parse(xml);
    for (const suite of suites) {
      expect(Number(suite['@_tests'])).toBe(suite.testcase.length);
      expect(Number(suite['@_failures'])).toBe(suite.testcase.filter((c) => c.failure).length);
      expect(Number(suite['@_errors'])).toBe(suite.testcase.filter((c) => c.error).length);
      expect(Number(suite['@_skipped'])).toBe(suite.testcase.filter((c) => c.skipped).length);
    }
    for (const key of ['tests', 'failures', 'errors', 'skipped']) {
      expect(Number(totals[`@_${key}`])).toBe(suites.reduce((sum, suite) => sum + Number(suite[`@_${key}` as keyof Suite]), 0));
    }
  });

  it('has a suite per pack, a case per rule × resource, and maps statuses', () => {
    const { suites } = parse(junit(loadResult('mixed'), {}));
    expect(suites.map((s) => s['@_name'])).toEqual(['github-actions-hardening', 'k8s-best-practices', 'pss-restricted', 'bylaw-errors']);
    const gha = suites[0].testcase;
    // Two failing pins on the same job are one rule × resource case.
    expect(gha.map((c) => [c['@_classname'], c['@_name']])).toEqual([
      ['gha-no-pr-target-checkout', 'job build .github/workflows/ci.yml:1:1'],
      ['gha-pin-actions', 'job build .github/workflows/ci.yml:14:15'],
    ]);
    expect(gha[1].failure!['@_type']).toBe('high');
    const pss = suites[2].testcase;
    const waived = pss.find((c) => c['@_name'].startsWith('DaemonSet kube-system/node-agent') && c['@_classname'] === 'k8s-no-privileged')!;
    expect(waived.skipped!['@_message']).toBe('waived: Vendor agent needs host devices until the Q2 upgrade; approved by jane.doe@example.com; ticket SEC-123; expires 2027-03-31');
    expect(pss.find((c) => c['@_name'].startsWith('Deployment shop/huge'))!.error!['@_message']).toBe('Rule timed out after 2000 ms');
    expect(suites[3].testcase.map((c) => c['@_classname'])).toEqual(['parse-error', 'rule-timeout']);
  });

  it('keeps hostile text as text and drops characters XML forbids', () => {
    const xml = junit(loadResult('hostile'), {});
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<injected');
    const messages = parse(xml).suites[0].testcase.map((c) => c.failure?.['@_message'] ?? '');
    expect(messages.join('\n')).toContain('<img src=x onerror=alert(1)>');
  });
});
