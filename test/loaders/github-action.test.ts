import { readFileSync } from 'node:fs';
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
    ['name: x\n', 1, 1],
    ['name: x\nruns:\n  <<: {using: node20}\n', 3, 3],
  ])('reports malformed input as an error with a line (%#)', (src, line, column) => {
    const r = parse(src);
    expect(r.errors[0]).toMatchObject({ line, column, code: 'parse-error' });
  });

  it.each([
    ['action.yml', true],
    ['a/b/action.yaml', true],
    ['.github/workflows/action.yml', true],
    ['my-action.yml', false],
  ])('claims %s: %s', (p, expected) => {
    expect(githubAction.claims?.(p)).toBe(expected);
  });
});
