import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { precompiledValidatorsSource, PRECOMPILED } from '../../engine/build/precompile-validators.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

/** Documents, good and bad, for each precompiled schema. */
const samples: Record<string, unknown[]> = {
  rule: [
    { id: 'a', title: 'A', severity: 'high', match: { type: 'kubernetes' }, assert: true },
    { id: 'a', title: 'A', severity: 'urgent', match: { type: 'kubernetes' }, assert: true, colour: 'red' },
    { id: 'a', severity: 'low', match: {}, assert: true, schema: {} },
    { id: '-bad id', title: '', severity: 'info', match: { type: [] }, select: 3, assert: 1 },
  ],
  pack: [
    { id: 'p', version: '1.0.0', title: 'P', rules: ['./r.yaml'] },
    { id: 'P!', version: 'one', title: 1, controls: [{ id: 'c' }], overrides: { severity: { x: 'bad' } } },
  ],
  config: [{ packs: ['a'], failOn: 'high' }, { failon: 'high', limits: { maxDepth: 0 }, suppressions: { inline: 'yes' } }],
  cases: [{ rule: 'r', valid: [{ name: 'n', input: 'x' }] }, { rule: 1, invalid: [{ name: 'n', findings: [{ column: 0 }] }] }],
};

describe('policy schemas compiled ahead of time (the bundle) agree with the ones compiled at run time (the sources)', () => {
  it.each(PRECOMPILED)('%s', async (name) => {
    const dir = mkdtempSync(join(ROOT, 'test', '.tmp', 'precompiled-'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'validators.mjs');
    // The bundle gets `require` from esbuild's banner; the generated module gets one the same way here.
    writeFileSync(file, `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${precompiledValidatorsSource(ROOT)}`);
    const { precompiled } = (await import(pathToFileURL(file).href)) as { precompiled: Record<string, ((d: unknown) => boolean) & { errors?: unknown }> };
    const schema = (await import(`../../engine/schema/${name}.schema.json`, { with: { type: 'json' } })).default;
    const runtime = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
    for (const doc of samples[name]) {
      const a = runtime(doc);
      const b = precompiled[name](doc);
      expect(b).toBe(a);
      expect(precompiled[name].errors ?? null).toEqual(runtime.errors ?? null);
    }
    expect(samples[name].some((d) => !runtime(d))).toBe(true);
  });
});
