import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dockerCompose } from '../../engine/loaders/docker-compose.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';

const text = readFileSync(new URL('../fixtures/docker-compose/compose.yaml', import.meta.url), 'utf8');
const parse = (t: string, path = 'compose.yaml') => dockerCompose.parse({ path, text: t }, DEFAULT_LIMITS);

describe('docker-compose loader', () => {
  const { documents, errors } = parse(text);
  const doc = documents[0];
  const services = (doc.data as any).services;

  it('applies merge keys and Compose tags, and casts boolean fields as Compose does', () => {
    expect(errors).toEqual([]);
    expect(services.web).toMatchObject({ read_only: true, cap_drop: ['ALL'], security_opt: ['no-new-privileges:true'] });
    expect(services.agent.privileged).toBe(true);
    expect(services.agent.volumes[1].read_only).toBe(true);
    expect(services.agent.tty).toBeNull();
    expect(services.agent.environment).toEqual({ MODE: 'dev' });
    expect(services.agent.network_mode).toBe('host');
  });

  it('keeps `yes`/`on` strings outside Compose boolean fields (YAML 1.2 core)', () => {
    const d = parse('services:\n  a:\n    image: x\n    environment:\n      DEBUG: yes\n    privileged: "${PRIV}"\n').documents[0];
    expect((d.data as any).services.a).toMatchObject({ environment: { DEBUG: 'yes' }, privileged: '${PRIV}' });
  });

  it.each([
    ['${PRIV:-true}', true],
    ['${PRIV-yes}', true],
    ['${PRIV:-false}', false],
    ['${PRIV}', '${PRIV}'],
    ['${PRIV:?set PRIV}', '${PRIV:?set PRIV}'],
    ['$${PRIV:-true}', '${PRIV:-true}'],
  ])('interpolates privileged: %j with an empty environment as %j', (value, expected) => {
    const d = parse(`services:\n  a:\n    image: x\n    privileged: "${value}"\n    network_mode: \${NET:-host}\n`).documents[0];
    expect((d.data as any).services.a).toMatchObject({ privileged: expected, network_mode: 'host' });
  });

  it.each([
    ['/services/web', 8, 3],
    ['/services/web/read_only', 3, 3],
    ['/services/web/image', 10, 5],
    ['/services/web/deploy/resources/limits/memory', 14, 31],
    ['/services/agent/privileged', 17, 5],
    ['/services/agent/network_mode', 18, 5],
    ['/services/agent/volumes/0', 21, 9],
    ['/services/agent/volumes/1/source', 23, 9],
    ['/services/agent/cap_add/1', 26, 26],
    ['/services/agent/environment/MODE', 29, 7],
  ])('locates %s at %i:%i', (pointer, line, column) => {
    const loc = doc.locate(pointer);
    expect([loc.startLine, loc.startColumn]).toEqual([line, column]);
  });

  it('makes each service a target', () => {
    const targets = dockerCompose.targets(doc);
    expect(targets.map((t) => [t.resource.kind, t.resource.name, t.resource.namespace, t.pointer])).toEqual([
      ['Service', 'web', 'shop', '/services/web'],
      ['Service', 'agent', 'shop', '/services/agent'],
    ]);
    expect(targets[0].facts?.image).toMatchObject({ name: 'nginx', tag: '1.27', digest: 'sha256:' + 'a'.repeat(64) });
    expect(targets[1].facts?.image).toMatchObject({ name: 'example/agent', tag: null, digest: null });
  });

  it.each([
    ['services:\n  a:\n    image: [\n', 4, 1],
    ['services:\n  a: {image: x}\n  a: {image: y}\n', 3, 3],
    ['services: [a, b]\n', 1, 1],
    ['services:\n  a:\n    <<: *missing\n', 3, 10],
  ])('reports malformed input as an error with a line (%#)', (src, line, column) => {
    const r = parse(src);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line, column, code: 'parse-error' });
  });

  it.each([
    ['name: x\nservices: [a, b]\n', 2, 1],
    ['- services: {}\n', 1, 1],
  ])('says where "services" is not a mapping (%#)', (src, line, column) => {
    expect(parse(src).errors).toEqual([{ line, column, code: 'parse-error', message: '"services" must be a mapping of service name to service' }]);
  });

  it.each([
    ['services:\n  # web tier\n  web:\n    image: nginx\n', true],
    ['services:\n  - postgres:16\nimage: node:22\ntest:\n  image: node:22\n  script: [npm test]\n', false],
    ['apiVersion: v1\nkind: Service\nspec:\n  ports: []\n', false],
  ])('sniffs %j as Compose: %s', (t, expected) => {
    expect(dockerCompose.sniff?.({ path: 'x.yml', text: t })).toBe(expected);
  });

  it.each([
    ['compose.yaml', true],
    ['deploy/compose.override.yml', true],
    ['docker-compose.yml', true],
    ['docker-compose.prod.yaml', true],
    ['docker-compose-dev.yml', false],
    ['policies/docker-compose-hardening.yaml', false],
    ['compose.json', false],
    ['my-compose.yml', false],
  ])('claims %s: %s', (p, expected) => {
    expect(dockerCompose.claims?.(p)).toBe(expected);
  });
});

describe('hostile input', () => {
  const value = fc.oneof(fc.constantFrom('yes', 'on', '${X:-true}', '$$', '!reset null', '*a', '&a {}', '[', '{'), fc.string({ maxLength: 12 }));
  it('never throws; errors carry 1-based positions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('privileged', 'cap_add', 'volumes', '<<', 'image', 'read_only'), value), { maxLength: 8 }), (fields) => {
        const text = 'services:\n  s:\n' + fields.map(([k, v]) => `    ${k}: ${v}`).join('\n') + '\n';
        const r = parse(text);
        for (const e of r.errors) expect(e.line >= 1 && e.column >= 1).toBe(true);
        for (const d of r.documents) dockerCompose.targets(d);
      }),
      { numRuns: 300 },
    );
  });
});
