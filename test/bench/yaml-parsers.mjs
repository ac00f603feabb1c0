// Compare YAML parsers that can give positions, on the same generated Kubernetes corpus, in one run, interleaved:
// js-yaml loadAll (no positions: the floor), bylaw's readYaml (js-yaml 5 events, positions computed lazily) with
// one locate() per document, the `yaml` package with a LineCounter, and @stoplight/yaml (Spectral's).
// `node test/bench/yaml-parsers.mjs [--files N] [--json FILE]`
import { build } from 'esbuild';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll, YAML11_SCHEMA } from 'js-yaml';
import { parseAllDocuments, LineCounter } from 'yaml';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const N = Number(arg('--files', 2000));
const dir = mkdtempSync(join(tmpdir(), 'bylaw-yaml-bench-'));
await build({ entryPoints: [new URL('./yaml-parsers-entry.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'entry.mjs'), logLevel: 'error' });
const { readYaml, DEFAULT_LIMITS } = await import(join(dir, 'entry.mjs'));
let stoplight;
try { stoplight = await import('@stoplight/yaml'); } catch { /* optional */ }

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const texts = Array.from({ length: N }, (_, i) => Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, d) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}-${d}
  namespace: team-${i % 17}
  labels: {app: app-${i}, tier: "${rnd() > 0.5 ? 'web' : 'worker'}"}
spec:
  replicas: ${1 + Math.floor(rnd() * 5)}
  template:
    spec:
      containers:
        - name: main
          image: registry.example.com/app-${i}:${Math.floor(rnd() * 100)}
          securityContext:
            privileged: ${rnd() > 0.9 ? 'yes' : 'false'}
            capabilities: {drop: [ALL]}
          resources:
            limits: {cpu: 500m, memory: 256Mi}
          env:
            - {name: MODE, value: production}
            - name: NOTE
              value: |
                multi-line
                value
`).join('---\n'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const contenders = {
  'js-yaml loadAll (no positions)': () => { let n = 0; for (const t of texts) n += loadAll(t, { schema: YAML11_SCHEMA }).length; return n; },
  'bylaw readYaml + locate()': () => {
    let n = 0;
    texts.forEach((t, i) => { for (const d of readYaml({ path: `f${i}.yaml`, text: t }, { schema: YAML11_SCHEMA, limits: DEFAULT_LIMITS, type: 'kubernetes' }).documents) { d.locate('/spec/template/spec/containers/0/securityContext/privileged'); n++; } });
    return n;
  },
  'yaml + LineCounter': () => { let n = 0; for (const t of texts) { const lc = new LineCounter(); for (const d of parseAllDocuments(t, { lineCounter: lc, version: '1.1' })) { d.toJS(); n++; } } return n; },
};
if (stoplight) contenders['@stoplight/yaml parseWithPointers'] = () => { let n = 0; for (const t of texts) for (const part of t.split(/^---$/m)) { stoplight.parseWithPointers(part); n++; } return n; };

const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const docs = {};
for (let round = 0; round < 3; round++) for (const [name, fn] of Object.entries(contenders)) { const t = performance.now(); docs[name] = fn(); times[name].push(performance.now() - t); }
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const floor = median(times['js-yaml loadAll (no positions)']);
const rows = Object.entries(times).map(([name, t]) => ({ parser: name, ms: Math.round(median(t)), filesPerSecond: Math.round(N / (median(t) / 1000)), MBps: +((bytes / 1e6) / (median(t) / 1000)).toFixed(1), ratioToLoadAll: +(median(t) / floor).toFixed(2), documents: docs[name] }));
console.log(`${N} files, ${(bytes / 1e6).toFixed(1)} MB, median of 3 interleaved rounds`);
console.table(rows);
const out = arg('--json');
if (out) writeFileSync(out, JSON.stringify(rows, null, 2) + '\n');
