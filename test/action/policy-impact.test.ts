import { describe, expect, it } from 'vitest';
import { policyImpact } from '../../action/policy-impact.js';
import type { policyDiff } from '../../engine/index.js';

describe('policyImpact when the change policy cannot be evaluated', () => {
  it('says so with the error neutralised for Markdown, and never throws', async () => {
    const failing = (async () => {
      throw new Error('bad pack <img src=x onerror=alert(1)> by @octocat in `x` | y\nsecond line\n3\n4\n5\nsixth line');
    }) as unknown as typeof policyDiff;
    const markdown = await policyImpact(failing, { root: '/w', paths: ['.'] }, { root: '/tmp/base', sha: 'a'.repeat(40) }, '/w');
    expect(markdown.startsWith("## bylaw: impact of the policy change\n\nThe change's own policy could not be evaluated: bad pack ")).toBe(true);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('@octocat');
    expect(markdown).not.toMatch(/[^\\]\|/);
    expect(markdown).toContain('second line');
    expect(markdown).not.toContain('sixth line');
    expect(markdown.endsWith('\n')).toBe(true);
  });
});
