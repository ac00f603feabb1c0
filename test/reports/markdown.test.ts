import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, markdown } from '../../reports/markdown.js';
import { FIXTURES, largeResult, loadResult } from './helpers/fixtures.js';

const LINK = 'https://github.com/acme/shop/blob/4f9c2d1';

/** Lines of GFM tables: every row has the header's number of unescaped pipes. */
function expectTablesIntact(text: string): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\|.*\|$/.test(lines[i]) || (i > 0 && /^\|/.test(lines[i - 1]))) continue;
    const pipes = (line: string) => (line.replace(/\\./g, '').match(/\|/g) ?? []).length;
    const width = pipes(lines[i]);
    for (let j = i + 1; j < lines.length && /^\|/.test(lines[j]); j++) expect(pipes(lines[j]), lines[j]).toBe(width);
  }
}

describe('markdown', () => {
  it.each(FIXTURES.flatMap((f) => [[f, 'summary'], [f, 'comment']] as const))('%s (%s): tables intact, no raw HTML from findings, no mentions', (name, variant) => {
    const text = markdown(loadResult(name), { variant, linkBase: LINK });
    expectTablesIntact(text);
    const html = text.match(/<\/?[a-z!][^>]*>/gi) ?? [];
    for (const tag of html) expect(['<details>', '</details>', '<summary>', '</summary>', '<sub>', '</sub>', COMMENT_MARKER]).toContain(tag);
    expect(text).not.toMatch(/(^|[^\p{L}\p{N}_])@[\p{L}\p{N}]/u);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069]/);
    expect(text.startsWith(COMMENT_MARKER)).toBe(variant === 'comment');
  });

  it('leads with the verdict and counts, links findings to file#Lline, lists waivers and errors', () => {
    const text = markdown(loadResult('mixed'), { variant: 'summary', linkBase: LINK });
    expect(text.split('\n')[0]).toBe('## ❌ bylaw: failed (3 of 6 failing findings are high or worse)');
    expect(text).toContain('| 🔴 High | 3 |');
    expect(text).toContain(`[deploy/web.yaml:21](${LINK}/deploy/web.yaml#L21)`);
    expect(text).toContain('| Vendor agent needs host devices until the Q2 upgrade | jane.doe@example.com | SEC-123 | 2027-03-31 |');
    expect(text).toContain('| deploy/broken.yaml:3:7 | parse-error | bad indentation of a mapping entry |');
    expect(text).toContain('<details><summary>How to fix (5 rules)</summary>');
    expect(markdown(loadResult('clean'), {}).split('\n')[0]).toBe('## ✅ bylaw: passed');
  });

  it('How to fix falls back to the findings\' title and remediation when the result carries no rule metadata', () => {
    const result = loadResult('mixed');
    delete result.rules;
    const text = markdown(result, {});
    expect(text).toContain('- **gha-pin-actions** Actions must be pinned to a full commit SHA: Pin to \\`actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 \\# v4.2.2\\`\n');
    expect(text).toContain('- **k8s-image-pinned** Images must be pinned by digest\n');
  });

  it('never links to a non-http link base', () => {
    const text = markdown(loadResult('mixed'), { linkBase: 'javascript:alert(1)' });
    expect(text).not.toContain('javascript:');
    expect(text).not.toMatch(/\]\(/);
  });

  it.each([
    ['comment', undefined, 65_000],
    ['comment', 5_000, 5_000],
    ['summary', 20_000, 20_000],
  ] as const)('%s with maxLength %s stays under %d bytes for 20,000 findings and says what it left out', (variant, maxLength, limit) => {
    const result = largeResult(20_000);
    const text = markdown(result, { variant, maxLength, linkBase: LINK });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit);
    expect(text.length).toBeLessThan(65_536);
    expectTablesIntact(text);
    expect(text.match(/<details>/g)?.length ?? 0).toBe(text.match(/<\/details>/g)?.length ?? 0);
    const shown = (text.match(/^\| [^|]+ \| gen-rule/gm) ?? []).length + (text.match(/^\| gen-rule/gm) ?? []).length;
    const notShown = Number(/> (\d+) more findings not shown/.exec(text)?.[1]);
    const total = result.findings.filter((f) => f.status !== 'pass' && f.status !== 'skip').length;
    expect(shown + notShown).toBe(total);
    expect(text.trimEnd().endsWith('</sub>')).toBe(true);
  });
});
