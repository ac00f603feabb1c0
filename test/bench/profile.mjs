#!/usr/bin/env node
/**
 * Where does a scan's time go? Runs a bundle under `node --cpu-prof` and prints the top self-time functions,
 * and self time per source module (read from the `// path/to/module.ts` markers esbuild leaves in the bundle).
 *
 *   node test/bench/profile.mjs [--top N] [--out DIR] -- BUNDLE.js ARGS...      (run in the current directory)
 *   node test/bench/profile.mjs --summarise FILE.cpuprofile --bundle BUNDLE.js
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Line ranges of the modules in an esbuild bundle: sorted `[firstLine (0-based), module]`. */
export function moduleMap(bundleText) {
  const out = [];
  bundleText.split('\n').forEach((line, i) => {
    const m = /^\/\/ ((?:\.\.\/)*[\w@./-]+\.(?:[cm]?js|ts|json))$/.exec(line);
    if (m) out.push([i, m[1].replace(/^(\.\.\/)+/, '').replace(/^.*?(?=node_modules\/)/, '')]);
  });
  return out;
}

function moduleAt(map, line) {
  let lo = 0;
  let hi = map.length - 1;
  let found = '(bundle prelude)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid][0] <= line) {
      found = map[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Self time per function and per module from a .cpuprofile, in ms, largest first. Frames in esbuild bundles
 * (the CLI, and `worker.js` for worker-thread profiles) are attributed to their source module; `bundlePath` and
 * `bundleText` name one bundle explicitly, other `file://` bundles are read from disk.
 */
export function summarise(profile, bundlePath, bundleText) {
  const maps = new Map();
  const mapFor = (url) => {
    if (!url) return undefined;
    if (!maps.has(url)) {
      let text;
      if (bundlePath && url.endsWith(bundlePath.split('/').pop()) && bundleText !== undefined) text = bundleText;
      else if (url.startsWith('file://') && !url.includes('/node_modules/')) {
        try {
          text = readFileSync(fileURLToPath(url), 'utf8');
        } catch {
          text = undefined;
        }
      }
      const map = text ? moduleMap(text) : [];
      maps.set(url, map.length ? map : undefined);
    }
    return maps.get(url);
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fns = new Map();
  const mods = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame: cf } = byId.get(id);
    total += ms;
    const map = mapFor(cf.url);
    const module = map ? moduleAt(map, cf.lineNumber) : cf.url ? cf.url.replace(/^.*node_modules\//, 'node_modules/') : cf.functionName;
    const fn = `${cf.functionName || '(anonymous)'}  ${module}${map ? ` (${cf.url.split('/').pop()} line ${cf.lineNumber + 1})` : ''}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
    mods.set(module, (mods.get(module) ?? 0) + ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, functions: sorted(fns), modules: sorted(mods) };
}

/** Run `bundle args` in `cwd` under `node --cpu-prof` (profiles into `dir`) and summarise the main thread's profile. */
export function profileRun([bundle, ...args], cwd, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, bundle, ...args], { cwd, stdio: 'ignore' });
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  if (!files.length) return undefined;
  return summarise(JSON.parse(readFileSync(join(dir, files[0]), 'utf8')), bundle, readFileSync(bundle, 'utf8'));
}

function print(title, rows, total, top) {
  console.log(`\n${title}`);
  for (const [name, ms] of rows.slice(0, top)) console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
}

async function main() {
  const dash = process.argv.indexOf('--');
  const { values } = parseArgs({
    args: process.argv.slice(2, dash < 0 ? undefined : dash),
    options: { top: { type: 'string', default: '25' }, out: { type: 'string', default: '.bench/profile' }, summarise: { type: 'string' }, bundle: { type: 'string' } },
  });
  const top = Number(values.top);
  let files;
  let bundle = values.bundle;
  if (values.summarise) files = [values.summarise];
  else {
    if (dash < 0) throw new Error('usage: profile.mjs [--top N] [--out DIR] -- BUNDLE.js ARGS...');
    const dir = resolve(values.out);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const [script, ...args] = process.argv.slice(dash + 1);
    bundle = resolve(script);
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, bundle, ...args], { stdio: 'inherit' });
    console.log(`exit ${r.status}`);
    files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort();
  }
  const text = bundle ? readFileSync(bundle, 'utf8') : undefined;
  for (const f of files) {
    const s = summarise(JSON.parse(readFileSync(f, 'utf8')), bundle, text);
    console.log(`\n== ${f}: ${s.totalMs.toFixed(0)} ms sampled`);
    print('self time by module', s.modules, s.totalMs, top);
    print('self time by function', s.functions, s.totalMs, top);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
