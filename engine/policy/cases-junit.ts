import type { CaseResult } from './run-cases.js';

const xml = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `bylaw test --junit`: one testsuite per cases file, one testcase per case. */
export function casesJUnit(results: CaseResult[]): string {
  const byFile = new Map<string, CaseResult[]>();
  for (const r of results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const failures = results.filter((r) => !r.ok).length;
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="bylaw test" tests="${results.length}" failures="${failures}">`];
  for (const [file, list] of byFile) {
    out.push(`  <testsuite name="${xml(file)}" tests="${list.length}" failures="${list.filter((r) => !r.ok).length}">`);
    for (const r of list) {
      const name = xml(`${r.kind}: ${r.name}`);
      if (r.ok) out.push(`    <testcase classname="${xml(r.rule)}" name="${name}" file="${xml(file)}" line="${r.line}"/>`);
      else out.push(`    <testcase classname="${xml(r.rule)}" name="${name}" file="${xml(file)}" line="${r.line}">\n      <failure message="${xml(r.problem ?? '')}"/>\n    </testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
