// Compare json-logic-js and json-logic-engine on bylaw-shaped rules: the same expressions, the same data, one run,
// interleaved. `node test/bench/logic-engines.mjs [--json FILE]`. Used to choose the engine (README: design decisions).
import jsonLogic from 'json-logic-js';
import { LogicEngine } from 'json-logic-engine';
import { writeFileSync } from 'node:fs';

const rules = [
  { '!==': [{ var: 'node.securityContext.privileged' }, true] },
  { and: [{ '!!': [{ var: 'node.resources.limits.memory' }] }, { '!!': [{ var: 'node.resources.limits.cpu' }] }] },
  { none: [{ var: 'node.securityContext.capabilities.add' }, { '!': { in: [{ var: '' }, ['NET_BIND_SERVICE', 'CHOWN']] } }] },
  { or: [{ '==': [{ var: 'podSpec.securityContext.runAsNonRoot' }, true] }, { '==': [{ var: 'node.securityContext.runAsNonRoot' }, true] }] },
  { if: [{ in: [':latest', { var: 'node.image' }] }, false, { '!=': [{ substr: [{ var: 'node.image' }, 0, 6] }, 'docker'] }] },
  { all: [{ var: 'podSpec.volumes' }, { '!': { var: 'hostPath' } }] },
];
const data = Array.from({ length: 2000 }, (_, i) => ({
  node: {
    name: `c${i}`,
    image: i % 3 ? `registry.example.com/app:${i}` : 'nginx:latest',
    securityContext: { privileged: i % 7 === 0, runAsNonRoot: i % 2 === 0, capabilities: { add: i % 5 ? [] : ['SYS_ADMIN'] } },
    resources: i % 4 ? { limits: { memory: '1Gi', cpu: '1' } } : {},
  },
  podSpec: { securityContext: { runAsNonRoot: i % 3 === 0 }, volumes: i % 6 ? [{ name: 'v', emptyDir: {} }] : [{ name: 'h', hostPath: { path: '/' } }] },
}));

const engine = new LogicEngine();
const compiled = rules.map((r) => engine.build(r));
const contenders = {
  'json-logic-js (apply)': () => { let n = 0; for (const d of data) for (const r of rules) if (jsonLogic.apply(r, d)) n++; return n; },
  'json-logic-engine (build once)': () => { let n = 0; for (const d of data) for (const f of compiled) if (f(d)) n++; return n; },
  'json-logic-engine (run)': () => { let n = 0; for (const d of data) for (const r of rules) if (engine.run(r, d)) n++; return n; },
};
const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const answers = {};
for (let round = 0; round < 7; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const t = process.hrtime.bigint();
    answers[name] = fn();
    times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const base = median(times['json-logic-js (apply)']);
const rows = Object.entries(times).map(([name, t]) => ({ name, ms: +median(t).toFixed(2), evaluationsPerSecond: Math.round((data.length * rules.length) / (median(t) / 1000)), ratioToJsonLogicJs: +(median(t) / base).toFixed(3), passes: answers[name] }));
console.table(rows);
if (new Set(Object.values(answers)).size !== 1) { console.error('engines disagree on results'); process.exitCode = 1; }
const out = process.argv.indexOf('--json');
if (out > 0) writeFileSync(process.argv[out + 1], JSON.stringify(rows, null, 2) + '\n');
