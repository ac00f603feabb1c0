import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { buildCatalog } from '../engine/policy/catalog.js';

/** ESLint's checkRuleFiles, for bylaw: every built-in rule is documented, tested both ways, and mapped. */
const ROOT = join(import.meta.dirname, '..');
const catalog = buildCatalog(ROOT, [], []);
const rules = [...catalog.rules.values()].filter((r) => r.rule.source.path.startsWith('rules/'));

describe('built-in rules', () => {
  it('exist', () => expect(rules.length).toBeGreaterThan(0));
  it.each(rules.map((r) => [r.rule.id, r]))('%s has docs, cases both ways and a control', (id, { rule }) => {
    expect(rule.description?.trim(), 'description').toBeTruthy();
    expect(rule.remediation?.trim(), 'remediation').toBeTruthy();
    const casesFile = join(ROOT, 'test', 'rules', `${id}.cases.yaml`);
    expect(existsSync(casesFile), `${casesFile} exists`).toBe(true);
    const cases = load(readFileSync(casesFile, 'utf8')) as { rule: string; valid?: unknown[]; invalid?: unknown[] };
    expect(cases.rule).toBe(id);
    expect(cases.valid?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(cases.invalid?.length ?? 0).toBeGreaterThanOrEqual(1);
    const controls = [...catalog.packs.values()].flatMap((p) => p.allControls.filter((c) => c.rules.includes(id)));
    expect(controls.length, 'implements at least one control of a built-in pack').toBeGreaterThanOrEqual(1);
  });
  it('every built-in pack is in a pack file named after its id', () => {
    for (const p of catalog.packs.values()) if (p.source === 'builtin') expect(p.file.endsWith(`${p.id}.yaml`)).toBe(true);
  });
});
