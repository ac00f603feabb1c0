import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { githubAction } from '../../engine/loaders/github-action.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';

const text = readFileSync(new URL('../fixtures/github-action/composite/action.yml', import.meta.url), 'utf8');
const parse = (t: string, path = 'tools/setup/action.yml') => githubAction.parse({ path, text: t }, DEFAULT_LIMITS);

describe('github-action loader', () => {
  const { documents, errors } = parse(text);
  const doc = documents[0];

  it('makes the action a target with its composite steps as $steps', () => {
    expect(errors).toEqual([]);
    const [t] = githubAction.targets(doc);
    expect(t.resource).toEqual({ type: 'github-action', kind: 'Action', name: 'Setup tool', address: 'tools/setup' });
    expect(t.roots).toEqual({ steps: '/runs/steps' });
    expect(t.facts).toEqual({ using: 'composite', composite: true });
  });

  it.each([
    ['/runs/using', 8, 3],
    ['/runs/steps/0/uses', 10, 7],
    ['/runs/steps/0/with/key', 13, 9],
    ['/runs/steps/1/run', 14, 7],
    ['/inputs/version/default', 6, 5],
  ])('locates %s at %i:%i', (pointer, line, column) => {
    const loc = doc.locate(pointer);
    expect([loc.startLine, loc.startColumn]).toEqual([line, column]);
  });

  it.each([
    ['name: x\nruns: [\n', 3, 1],
    ['name: x\nruns: node20\n', 2, 1],
    ['name: x\nruns:\n  <<: {using: node20}\n', 3, 3],
  ])('reports malformed input as an error with a line (%#)', (src, line, column) => {
    const r = parse(src);
    expect(r.errors[0]).toMatchObject({ line, column, code: 'parse-error' });
  });

  it.each([
    ['action.yml', 'name: x\nruns:\n  using: node20\n', true],
    ['a/b/action.yaml', 'runs: {using: docker, image: Dockerfile}\n', true],
    ['action.yml', 'steps:\n  - name: not a GitHub Action\n', false],
    ['my-action.yml', 'runs:\n  using: node20\n', false],
  ])('recognises %s by name and a top-level runs: (%#)', (p, text, expected) => {
    expect(githubAction.claims).toBeUndefined();
    expect(githubAction.accepts(p) && githubAction.sniff!({ path: p, text })).toBe(expected);
  });
});

describe('read as GitHub reads it: the parsed actions validate against SchemaStore', () => {
  const FIX = new URL('../fixtures/', import.meta.url).pathname;
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(FIX, 'github-workflow', 'schemastore', 'github-action.json'), 'utf8')));
  it.each(['github-action/composite/action.yml', 'github-workflow/reference/.github/actions/setup/action.yml'])('%s', (rel) => {
    const r = githubAction.parse({ path: rel, text: readFileSync(join(FIX, rel), 'utf8') }, DEFAULT_LIMITS);
    expect(r.errors).toEqual([]);
    const ok = validate(r.documents[0].data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
