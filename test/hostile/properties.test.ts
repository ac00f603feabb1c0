import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loaders } from '../../engine/loaders/index.js';
import type { Loader } from '../../engine/loaders/loader.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';
import { LineIndex } from '../../engine/source/lines.js';

/** Text that looks like YAML often enough to reach deep into the parsers, and plain noise the rest of the time. */
const yamlish = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(
    fc.oneof(
      fc.constantFrom('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: x', 'spec:', '  containers:', '    - name: c', '      image: i', '---', '- a', '  - b', '{a: [1, {b: c}]}', '&a x', '*a', '<<: *a', '!!str x', '? k', ': v', '|', '>-', '"q\\"', "'s''", '# c', '\t', '\r', ''),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 40 },
  ).map((lines) => lines.join('\n')),
);

const pathFor: Record<string, string> = {
  kubernetes: 'm.yaml',
  yaml: 'x.yaml',
  json: 'x.json',
  'github-workflow': '.github/workflows/ci.yml',
  'github-action': 'action.yml',
  dockerfile: 'Dockerfile',
  'docker-compose': 'compose.yaml',
  terraform: 'main.tf',
  'terraform-plan': 'plan.json',
  cloudformation: 'template.yaml',
};

const fileLoaders = Object.values(loaders as Record<string, Loader>).filter((l) => pathFor[l.type]);

describe('properties (fast-check)', () => {
  it.each(fileLoaders.map((l) => [l.type, l]))('%s: never throws on arbitrary text; every location lies inside the file', (type, loader) => {
    fc.assert(
      fc.property(yamlish, fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), (text, segments) => {
        const file = { path: pathFor[type], text };
        const parsed = loader.parse(file, DEFAULT_LIMITS);
        const lines = new LineIndex(text);
        const inside = (line: number, column: number) => line >= 1 && line <= lines.lineCount && column >= 1 && column <= lines.line(line).length + 1;
        for (const e of parsed.errors) expect(inside(e.line, e.column), `error ${e.line}:${e.column}`).toBe(true);
        for (const doc of parsed.documents) {
          const targets = loader.targets(doc);
          for (const ptr of ['', '/' + segments.join('/'), ...targets.map((t) => t.pointer)]) {
            const loc = doc.locate(ptr);
            expect(inside(loc.startLine, loc.startColumn), `start ${loc.startLine}:${loc.startColumn} of ${JSON.stringify(ptr)}`).toBe(true);
            expect(inside(loc.endLine, loc.endColumn), `end ${loc.endLine}:${loc.endColumn}`).toBe(true);
            expect(loc.endLine > loc.startLine || (loc.endLine === loc.startLine && loc.endColumn >= loc.startColumn)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parsing is deterministic', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const a = loaders.kubernetes.parse({ path: 'm.yaml', text }, DEFAULT_LIMITS);
        const b = loaders.kubernetes.parse({ path: 'm.yaml', text }, DEFAULT_LIMITS);
        expect(JSON.stringify(a.documents.map((d) => [d.data, d.locate('')]))).toBe(JSON.stringify(b.documents.map((d) => [d.data, d.locate('')])));
        expect(a.errors).toEqual(b.errors);
      }),
      { numRuns: 200 },
    );
  });
});
