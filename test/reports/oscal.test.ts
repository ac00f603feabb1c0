import { describe, expect, it } from 'vitest';
import { oscal, OSCAL_VERSION } from '../../reports/oscal.js';
import { URL_NAMESPACE, uuidv5 } from '../../reports/oscal/uuid.js';
import { token } from '../../reports/oscal/values.js';
import { FIXTURES, loadResult } from './helpers/fixtures.js';
import { oscalValidator } from './helpers/schemas.js';

const validate = oscalValidator();

type Prop = { name: string; value: string };
type Doc = {
  'assessment-results': {
    uuid: string;
    metadata: { 'last-modified': string; 'oscal-version': string };
    'import-ap': { href: string };
    results: {
      'reviewed-controls': { 'control-selections': { 'include-controls'?: { 'control-id': string }[] }[] };
      observations?: { uuid: string; props: Prop[]; 'relevant-evidence': { href: string; description: string }[]; collected: string }[];
      findings?: { target: { 'target-id': string; status: { state: string; reason: string } }; props: Prop[]; 'related-observations'?: { 'observation-uuid': string }[]; 'related-risks'?: { 'risk-uuid': string }[] }[];
      risks?: { uuid: string; status: string; deadline?: string; 'risk-log'?: { entries: { description: string; 'status-change': string }[] } }[];
      'assessment-log'?: { entries: unknown[] };
    }[];
    'back-matter': { resources: { uuid: string; title: string; props?: Prop[]; rlinks?: { href: string; hashes?: { algorithm: string; value: string }[] }[] }[] };
  };
};

const render = (name: string) => JSON.parse(oscal(loadResult(name), {})) as Doc;

function allUuids(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => allUuids(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'uuid' && typeof v === 'string') out.push(v);
      else allUuids(v, out);
    }
  }
  return out;
}

describe('oscal', () => {
  it.each(FIXTURES)('%s validates against the official OSCAL 1.1.3 assessment-results schema (strict Ajv, formats)', (name) => {
    const doc = render(name);
    expect(validate(doc), validate.errors()).toBe(true);
    expect(doc['assessment-results'].metadata['oscal-version']).toBe(OSCAL_VERSION);
  });

  it('implements UUID v5 (RFC 9562 test vector) and derives every UUID from content', () => {
    expect(uuidv5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidv5('https://example.com', URL_NAMESPACE)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const result = loadResult('mixed');
    expect(oscal(result, {})).toBe(oscal(structuredClone(result), {}));
    const changed = structuredClone(result);
    changed.run.commit = 'ffffffffffffffffffffffffffffffffffffffff';
    expect(JSON.parse(oscal(changed, {}))['assessment-results'].uuid).not.toBe(render('mixed')['assessment-results'].uuid);
  });

  it.each(FIXTURES)('%s: UUIDs are unique and every reference resolves', (name) => {
    const doc = render(name)['assessment-results'];
    const uuids = allUuids(doc);
    expect(new Set(uuids).size).toBe(uuids.length);
    const result = doc.results[0];
    const observations = new Set((result.observations ?? []).map((o) => o.uuid));
    const risks = new Set((result.risks ?? []).map((r) => r.uuid));
    for (const finding of result.findings ?? []) {
      for (const ref of finding['related-observations'] ?? []) expect(observations.has(ref['observation-uuid'])).toBe(true);
      for (const ref of finding['related-risks'] ?? []) expect(risks.has(ref['risk-uuid'])).toBe(true);
    }
    const resources = new Set(doc['back-matter'].resources.map((r) => r.uuid));
    expect(resources.has(doc['import-ap'].href.slice(1))).toBe(true);
  });

  it('has an observation per finding, a finding per control with its state, risks for failures and waivers', () => {
    const mixed = loadResult('mixed');
    const doc = render('mixed')['assessment-results'];
    const result = doc.results[0];
    expect(doc.metadata['last-modified']).toBe(mixed.run.startedAt);
    expect(result.observations).toHaveLength(mixed.findings.length);
    const privileged = result.observations!.find((o) => o.props.some((p) => p.name === 'fingerprint' && p.value === '7cde8d91640516c7'))!;
    expect(privileged['relevant-evidence'][0]).toMatchObject({ href: 'deploy/web.yaml#L21', description: 'deploy/web.yaml:21:25' });
    expect(privileged.collected).toBe(mixed.run.startedAt);
    const states = Object.fromEntries(result.findings!.map((f) => [f.target['target-id'], f.target.status]));
    expect(states).toEqual({
      'BP-IMAGES': { state: 'not-satisfied', reason: 'fail' },
      'BP-RESOURCES': { state: 'not-satisfied', reason: 'fail' },
      'GHA-1': { state: 'not-satisfied', reason: 'fail' },
      'GHA-2': { state: 'satisfied', reason: 'pass' },
      'PSS-HOST-NAMESPACES': { state: 'not-satisfied', reason: 'other' },
      'PSS-NON-ROOT': { state: 'not-satisfied', reason: 'fail' },
      'PSS-PRIVILEGED': { state: 'not-satisfied', reason: 'fail' },
    });
    expect(result['reviewed-controls']['control-selections'][0]['include-controls']).toHaveLength(7);
    expect(result.risks!.map((r) => r.status).sort()).toEqual([...Array(2).fill('deviation-approved'), ...Array(6).fill('open')]);
    const waived = result.risks!.find((r) => r.deadline)!;
    expect(waived).toMatchObject({ status: 'deviation-approved', deadline: '2027-03-31T23:59:59.000Z' });
    expect(waived['risk-log']!.entries[0]).toMatchObject({ 'status-change': 'deviation-approved' });
    expect(waived['risk-log']!.entries[0].description).toContain('Approved by: jane.doe@example.com');
    expect(result['assessment-log']!.entries).toHaveLength(mixed.errors.length);
  });

  it('carries the evidence in back-matter: packs with digests and parameters, inputs with SHA-256, the commit', () => {
    const resources = render('mixed')['assessment-results']['back-matter'].resources;
    const pack = resources.find((r) => r.title === 'Policy pack pss-restricted@1.2.0')!;
    expect(pack.props).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'pack-digest', value: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }),
      expect.objectContaining({ name: 'parameter', value: 'version="v1.31"' }),
    ]));
    const input = resources.find((r) => r.title === 'deploy/web.yaml')!;
    expect(input.rlinks).toEqual([{ href: 'deploy/web.yaml', hashes: [{ algorithm: 'SHA-256', value: '4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce' }] }]);
    const revision = resources.find((r) => r.title === 'Source revision evaluated')!;
    expect(revision.props).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'commit', value: '4f9c2d1e8b7a6f5e4d3c2b1a09f8e7d6c5b4a392' })]));
  });

  it.each([
    ['AC-6', 'AC-6'],
    ['5.2.1', '_5.2.1'],
    ['CTRL <b>X</b>', 'CTRL__b_X__b_'],
    ['ümlaut.ok', 'ümlaut.ok'],
  ])('control id %j becomes the OSCAL token %j', (id, expected) => {
    expect(token(id)).toBe(expected);
  });
});
