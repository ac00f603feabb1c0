#!/usr/bin/env node
/**
 * `npm run bench`: generate (or reuse) a synthetic corpus, then measure in one run, round-robin over
 * repetitions: the read floor, js-yaml loadAll, bylaw's parse, bylaw's full scan (1 thread and worker threads),
 * rule scaling, and Spectral with an equivalent ruleset. Prints the table and the issue's targets.
 *
 *   node test/bench/run.mjs [--corpus k8s|terraform|workflows] [--files N] [--rounds R] [--quick]
 *                           [--spectral-files N] [--seed S] [--cache DIR] [--json FILE] [--markdown FILE] [--policy PACK]... [--profile]
 *
 * `--policy` replaces the packs the corpus is scanned with (default: pss-restricted + k8s-best-practices for k8s).
 * `--profile` also runs the 1-thread scan once under `node --cpu-prof` and prints where its time goes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './corpus/index.mjs';
import { buildBundles } from './build.mjs';
import { hasGnuTime, measure } from './measure.mjs';
import { compareScanOutputs, definePhases, summarise, timeStartup } from './phases.mjs';
import { profileRun } from './profile.mjs';
import { checkTargets } from './targets.mjs';
import { phaseTable, setMarkdown, targetTable } from './table.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opt } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'k8s' },
    files: { type: 'string' },
    rounds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'spectral-files': { type: 'string' },
    seed: { type: 'string', default: '1' },
    cache: { type: 'string', default: join(repo, '.bench') },
    json: { type: 'string' },
    policy: { type: 'string', multiple: true },
    markdown: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const files = Number(opt.files ?? (opt.quick ? 1000 : 10000));
const rounds = Number(opt.rounds ?? (opt.quick ? 1 : 3));
const spectralFiles = Math.min(files, Number(opt['spectral-files'] ?? (opt.quick ? 100 : 300)));
const cache = resolve(opt.cache);
const log = (msg) => process.stderr.write(`${msg}\n`);

log(`bench: ${opt.corpus} corpus, ${files} files, seed ${opt.seed}, ${rounds} round(s)`);
const corpus = ensureCorpus(opt.corpus, files, opt.seed, cache);
const tenth = files >= 100 ? ensureCorpus(opt.corpus, Math.round(files / 10), opt.seed, cache) : undefined;
log(`corpus: ${corpus.dir} (${corpus.cached ? 'cached' : 'generated'}; ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.documents} documents, sha256 ${corpus.sha256.slice(0, 12)})`);
const bundles = await buildBundles(repo, join(cache, 'snapshot'));
const notes = [...bundles.notes];
if (!hasGnuTime) notes.push('GNU time not found: peak RSS is the process\'s own maxRSS');

const loads = [loadavg()[0]];
const ctx = { repo, cache, corpus, tenth, bundles, spectralFiles, notes, log, policies: opt.policy };
const phases = await definePhases(ctx);
const runs = new Map(phases.map((p) => [p.id, []]));
for (let round = 0; round < rounds; round++) {
  // Rotate the order each round so no phase always runs first (cold caches) or last.
  const order = phases.map((_, i) => phases[(i + round) % phases.length]);
  for (const p of order) {
    if (p.skip) continue;
    const m = await measure(p.command, p.args(round), { cwd: p.cwd ?? repo });
    m.round = round;
    const problem = p.check?.(m);
    // A run that did not finish its work (exit status other than 0 or 1) is reported, never averaged in.
    m.failed = m.code !== 0 && m.code !== 1;
    if (problem) notes.push(`${p.id} round ${round + 1}: ${problem}`);
    runs.get(p.id).push(m);
    loads.push(loadavg()[0]);
    log(`round ${round + 1}/${rounds} ${p.id.padEnd(14)} ${(m.wallMs / 1000).toFixed(2)} s  ${m.rssMb?.toFixed(0) ?? '?'} MB${problem ? `  ! ${problem}` : ''}`);
  }
}

const rows = summarise(phases, runs, corpus);
const scan1 = phases.find((p) => p.id === 'scan-1' && !p.skip);
const profile = opt.profile && scan1 ? profileRun(scan1.args(0), scan1.cwd, join(cache, 'profile')) : undefined;
const busiest = Math.max(...loads);
if (busiest > cpus().length * 0.75) {
  notes.push(`the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${cpus().length} cores): wall times include waiting for a CPU; the CPU-time columns are steadier`);
}
const same = compareScanOutputs(ctx);
if (same) notes.push(same);
const extra = { files, rulesOne: ctx.rulesOne, rulesTen: ctx.rulesTen, rulesIdle: ctx.rulesIdle, ...(bundles.cli ? await timeStartup(ctx, opt.quick ? 5 : 15) : {}) };
const checks = opt.corpus === 'k8s' ? checkTargets(rows, extra) : [];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${platform()}-${arch()}, Node ${process.versions.node}`;

console.log(`\nbylaw benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine}`);
console.log(`corpus: ${opt.corpus}, ${corpus.files} files, ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB, seed ${opt.seed}; median of ${rounds} round(s), wall time per process\n`);
console.log(phaseTable(rows));
const sp = rows.find((r) => r.id === 'spectral' && r.wallMs !== undefined);
if (sp) console.log(`* Spectral linted ${sp.subsetFiles} of ${sp.files} files (evenly spread): findings are the subset's; wall time = its measured startup + lint time per file × ${sp.files} (measured ${(sp.measuredWallMs / 1000).toFixed(2)} s)`);
const ms = (v) => (v === undefined ? 'n/a' : `${v.toFixed(0)} ms`);
if (extra.versionMs !== undefined) {
  console.log(`\nbylaw --version: ${ms(extra.versionMs)} (CPU ${ms(extra.versionCpuMs)}); one-file scan: ${ms(extra.oneFileMs)} (CPU ${ms(extra.oneFileCpuMs)}); median of ${extra.startupRuns}`);
}
if (checks.length) console.log(`\n${targetTable(checks)}`);
if (profile) {
  console.log(`\nwhere the 1-thread scan spends its time (${(profile.totalMs / 1000).toFixed(1)} s sampled, self time):`);
  for (const [name, t] of profile.modules.slice(0, 15)) console.log(`${((100 * t) / profile.totalMs).toFixed(1).padStart(6)}%  ${name}`);
  console.log('');
  for (const [name, t] of profile.functions.slice(0, 15)) console.log(`${((100 * t) / profile.totalMs).toFixed(1).padStart(6)}%  ${name}`);
}
for (const n of notes) console.log(`note: ${n}`);

if (opt.json) {
  mkdirSync(dirname(resolve(opt.json)), { recursive: true });
  const out = { date: new Date().toISOString(), machine, loadAverages: loads, corpus: { ...corpus, dir: undefined }, rounds, phases: rows, startup: extra, targets: checks, notes, profile: profile && { totalMs: profile.totalMs, modules: profile.modules.slice(0, 30), functions: profile.functions.slice(0, 30) } };
  writeFileSync(resolve(opt.json), JSON.stringify(out, null, 2) + '\n');
  log(`wrote ${opt.json}`);
}
if (opt.markdown) {
  setMarkdown(true);
  const lines = [`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${opt.corpus} corpus of ${corpus.files} files (${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB, seed ${opt.seed}), median of ${rounds} round(s).`, '', phaseTable(rows)];
  if (sp) lines.push('', `\\* Spectral linted ${sp.subsetFiles} of ${sp.files} files; its row is extrapolated per file (measured ${(sp.measuredWallMs / 1000).toFixed(2)} s).`);
  if (extra.versionMs !== undefined) lines.push('', `\`bylaw --version\`: ${ms(extra.versionMs)} (CPU ${ms(extra.versionCpuMs)}); one-file scan: ${ms(extra.oneFileMs)} (CPU ${ms(extra.oneFileCpuMs)}); median of ${extra.startupRuns}.`);
  if (checks.length) lines.push('', targetTable(checks));
  if (profile) {
    lines.push('', `Where the 1-thread scan spends its time (self time, ${(profile.totalMs / 1000).toFixed(1)} s sampled):`, '', '| share | module |', '| ---: | --- |');
    for (const [name, t] of profile.modules.slice(0, 12)) lines.push(`| ${((100 * t) / profile.totalMs).toFixed(1)}% | \`${name}\` |`);
  }
  for (const n of notes) lines.push('', `Note: ${n}`);
  writeFileSync(resolve(opt.markdown), lines.join('\n') + '\n');
  log(`wrote ${opt.markdown}`);
}
