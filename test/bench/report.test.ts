import { describe, expect, it } from 'vitest';
import { checkTargets } from './targets.mjs';
import { moduleMap, summarise } from './profile.mjs';

const rows = (scan1: number, scanW: number, spectral: number, r1: number, r10: number) => [
  { id: 'js-yaml', wallMs: 1000, cpuMs: 900, files: 100 },
  { id: 'scan-1', wallMs: scan1, cpuMs: scan1, rssMb: 300, files: 100 },
  { id: 'scan', wallMs: scanW, rssMb: 350, files: 100 },
  { id: 'scan-tenth', wallMs: 200, rssMb: 100, files: 10 },
  { id: 'spectral', wallMs: spectral, cpuMs: spectral, files: 100 },
  { id: 'rules-1x', wallMs: r1, cpuMs: r1, files: 10 },
  { id: 'rules-10x', wallMs: r10, cpuMs: r10, files: 10 },
];
const verdicts = (checks: ReturnType<typeof checkTargets>) => Object.fromEntries(checks.map((c) => [c.id, c.pass]));

describe('benchmark targets', () => {
  it.each([
    ['all met', rows(1500, 1000, 75000, 100, 150), { versionMs: 150, oneFileMs: 300 }, true],
    ['all missed', rows(1501, 1001, 75000, 100, 151), { versionMs: 151, oneFileMs: 301 }, false],
  ])('%s', (_name, r, startup, pass) => {
    const v = verdicts(checkTargets(r, { files: 100, ...startup }));
    expect(v['scan-1-vs-loadall']).toBe(pass);
    expect(v['scan-workers-vs-loadall']).toBe(pass);
    expect(v['rule-scaling']).toBe(pass);
    expect(v['version']).toBe(pass);
    expect(v['one-file']).toBe(pass);
    expect(v['vs-spectral']).toBe(pass);
  });

  it('reports RSS above 400 MB and growth above 2x as failures', () => {
    const r = rows(1000, 1000, 75000, 100, 100).map((x) => (x.id === 'scan-1' ? { ...x, rssMb: 401 } : x));
    const v = verdicts(checkTargets(r, { files: 100 }));
    expect(v['peak-rss']).toBe(false);
    expect(v['rss-flat']).toBe(false);
  });

  it('leaves targets it could not measure undecided', () => {
    const v = verdicts(checkTargets([{ id: 'js-yaml', wallMs: 1000, files: 10 }], { files: 10 }));
    expect(Object.values(v).every((x) => x === undefined)).toBe(true);
  });
});

describe('profile summary', () => {
  const bundle = ['// prelude', '// node_modules/js-yaml/dist/js-yaml.mjs', 'function parse() {}', '// engine/source/yaml-source.ts', 'function nodeEnd() {}'].join('\n');

  it('maps bundle lines to the module markers esbuild writes', () => {
    expect(moduleMap(bundle)).toEqual([[1, 'node_modules/js-yaml/dist/js-yaml.mjs'], [3, 'engine/source/yaml-source.ts']]);
  });

  it('adds self time per function and module from samples and time deltas', () => {
    const frame = (functionName: string, lineNumber: number, url = 'file:///x/cli.js') => ({ functionName, url, lineNumber });
    const s = summarise(
      {
        nodes: [{ id: 1, callFrame: frame('parse', 2) }, { id: 2, callFrame: frame('nodeEnd', 4) }, { id: 3, callFrame: frame('(garbage collector)', -1, '') }],
        samples: [1, 2, 2, 3],
        timeDeltas: [1000, 2000, 3000, 500],
      },
      '/x/cli.js',
      bundle,
    );
    expect(s.totalMs).toBe(6.5);
    expect(s.modules).toEqual([['engine/source/yaml-source.ts', 5], ['node_modules/js-yaml/dist/js-yaml.mjs', 1], ['(garbage collector)', 0.5]]);
    expect(s.functions[0]).toEqual(['nodeEnd  engine/source/yaml-source.ts (cli.js line 5)', 5]);
  });
});
