/**
 * The framework crosswalk: catalogues under policies/frameworks/ are well-formed, and every framework requirement
 * the built-in Kubernetes packs map a control to exists in its catalogue; a scan reports per requirement.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { scan } from '../../engine/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FRAMEWORKS = join(ROOT, 'policies', 'frameworks');
const PACKS = ['pss-baseline', 'pss-restricted', 'k8s-best-practices'];
const EXPECTED = ['cis-kubernetes', 'gdpr', 'hipaa', 'iso-27001-2022', 'nist-800-53', 'pci-dss-4.0', 'soc2'];

interface Catalogue { id: string; requirements: { id: string; title: string }[] }
const yamlFiles = readdirSync(FRAMEWORKS).filter((f) => f.endsWith('.yaml')).sort();
const catalogues = new Map<string, Catalogue>(yamlFiles.map((f) => {
  const c = load(readFileSync(join(FRAMEWORKS, f), 'utf8')) as Catalogue;
  return [c.id, c];
}));

describe('framework catalogues', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(FRAMEWORKS, 'framework.schema.json'), 'utf8')));

  it('cover every framework the issue names', () => {
    expect([...catalogues.keys()].sort()).toEqual(EXPECTED);
  });
  it.each(yamlFiles)('%s matches the schema, is named after its id and has unique requirement ids', (file) => {
    const data = load(readFileSync(join(FRAMEWORKS, file), 'utf8')) as Catalogue;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(file).toBe(`${data.id}.yaml`);
    const ids = data.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(PACKS)('pack %s', (pack) => {
  const spec = load(readFileSync(join(ROOT, 'policies', `${pack}.yaml`), 'utf8')) as { controls: { id: string; frameworks?: Record<string, string[]> }[] };
  it('maps every control to requirements that exist in the catalogues', () => {
    const unknown: string[] = [];
    for (const c of spec.controls) {
      for (const [fw, ids] of Object.entries(c.frameworks ?? {})) {
        const cat = catalogues.get(fw);
        for (const id of ids) if (!cat?.requirements.some((r) => r.id === id)) unknown.push(`${c.id}: ${fw} ${id}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});

describe('a scan reports results per framework requirement', () => {
  it('counts a privileged container against CIS 5.2.2 and NIST AC-6', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bylaw-crosswalk-'));
    try {
      writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: x:1\n      securityContext: {privileged: true}\n');
      const r = await scan({ root: dir, policies: ['pss-baseline'], config: false, workers: 1, failOn: 'none' });
      expect(r.summary.byFramework['cis-kubernetes']['5.2.2'].fail).toBe(1);
      expect(r.summary.byFramework['nist-800-53']['AC-6'].fail).toBeGreaterThanOrEqual(1);
      expect(r.summary.byFramework['cis-kubernetes']['5.2.13'].fail).toBe(0);
      expect(r.controls?.find((c) => c.id === 'pss.baseline.privileged-containers')?.frameworks['cis-kubernetes']).toEqual(['5.2.2']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
