/**
 * The benchmark's phases for one corpus: what each runs, how its output is checked, and how repeated
 * measurements become one table row. Every phase is its own process (see measure.mjs).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFile } from './corpus/index.mjs';
import { measure } from './measure.mjs';
import { writeScalingPacks } from './scaling.mjs';
import { max, median } from './stats.mjs';

/** Per corpus: packs it is scanned with, the built-in rules copied for the scaling check, the loader expected. */
const SETUP = {
  k8s: { policies: ['pss-restricted', 'k8s-best-practices'], rules: 'rules/kubernetes', yaml: true, type: 'kubernetes' },
  terraform: { policies: ['terraform-aws'], rules: 'rules/terraform', yaml: false, type: 'terraform' },
  workflows: { policies: ['github-actions-hardening'], rules: 'rules/github-actions', yaml: true, type: 'github-workflow' },
};

/** A floor or parse phase's report must cover the whole corpus without errors, read by the expected loader. */
function checkReport(corpus, type) {
  return (m) => {
    const r = m.report;
    if (m.code !== 0 || !r) return `exit ${m.code}: ${m.stderr.split('\n')[0]}`;
    if (r.files !== corpus.files) return `read ${r.files} files, corpus has ${corpus.files}`;
    if (r.errors) return `${r.errors} parse errors${r.firstErrors?.length ? `, e.g. ${r.firstErrors[0]}` : ''}`;
    if (r.unclaimed) return `${r.unclaimed} files no loader claims`;
    const other = type && r.byType && Object.keys(r.byType).filter((t) => t !== type);
    if (other?.length) return `files read by other loaders than ${type}: ${JSON.stringify(r.byType)}`;
    return undefined;
  };
}

const setupFor = (ctx) => ({ ...SETUP[ctx.corpus.kind], ...(ctx.policies?.length ? { policies: ctx.policies } : {}) });
const node = process.execPath;
const policyArgs = (policies) => policies.flatMap((p) => ['--policy', p]);

/** Read a scan's JSON result; returns `{ result }` or `{ problem }`. */
function readResult(file, m, expectFiles) {
  if (m.code !== 0 && m.code !== 1) return { problem: `exit ${m.code}: ${m.stderr.split('\n').slice(0, 2).join(' ')}` };
  let result;
  try {
    result = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { problem: `no JSON result (${err.message.split('\n')[0]})` };
  }
  const files = result.summary?.files ?? result.inputs?.length;
  if (expectFiles !== undefined && files !== expectFiles) return { result, problem: `scanned ${files} files, corpus has ${expectFiles}` };
  return { result };
}

function scanPhase(ctx, id, label, dir, expectFiles, extraArgs, policies) {
  const out = (round) => join(ctx.cache, 'out', `${id}-${round}.json`);
  return {
    id,
    label,
    dir,
    command: node,
    cwd: dir,
    args: (round) => [ctx.bundles.cli, 'scan', '.', ...policyArgs(policies), '--format', 'json', '--output', out(round), '--no-progress', ...extraArgs],
    check(m) {
      const { result, problem } = readResult(out(m.round ?? 0), m, expectFiles);
      if (result) m.findings = result.findings?.length;
      return problem;
    },
    out,
  };
}

/** A scan to learn how many rules the packs have (and to warm the file cache); undefined when it fails. */
async function probeRules(ctx, setup) {
  const dir = (ctx.tenth ?? ctx.corpus).dir;
  const out = join(ctx.cache, 'out', 'probe.json');
  const m = await measure(node, [ctx.bundles.cli, 'scan', '.', ...policyArgs(setup.policies), '--format', 'json', '--output', out, '--no-progress'], { cwd: dir });
  const { result, problem } = readResult(out, m);
  if (!result) return { problem };
  const ids = result.rules?.map((r) => r.id) ?? [...new Set(result.findings.map((f) => f.ruleId))];
  return { rules: ids.length };
}

/** Every phase for ctx.corpus, in table order. Phases that cannot run carry `skip` and a note. */
export async function definePhases(ctx) {
  const setup = setupFor(ctx);
  const { corpus, tenth, bundles } = ctx;
  rmSync(join(ctx.cache, 'out'), { recursive: true, force: true });
  mkdirSync(join(ctx.cache, 'out'), { recursive: true });
  await measure(node, [join(ctx.repo, 'test/bench/phases/read.mjs'), corpus.dir]);
  const phases = [
    { id: 'read', label: 'read floor (read + UTF-8 decode)', command: node, args: () => [join(ctx.repo, 'test/bench/phases/read.mjs'), corpus.dir], check: checkReport(corpus) },
  ];
  if (setup.yaml) {
    phases.push({ id: 'js-yaml', label: 'js-yaml loadAll (no positions)', command: node, args: () => [join(ctx.repo, 'test/bench/phases/js-yaml.mjs'), corpus.dir], check: checkReport(corpus) });
  }
  phases.push({ id: 'bylaw-parse', label: 'bylaw parse (positions, no rules)', command: node, args: () => [bundles.parse, corpus.dir], skip: !bundles.parse, check: checkReport(corpus, setup.type) });
  let cliOk = Boolean(bundles.cli);
  if (cliOk) {
    const probe = await probeRules(ctx, setup);
    if (probe.problem) {
      ctx.notes.push(`scan phases skipped: the probe scan failed: ${probe.problem}`);
      cliOk = false;
    } else {
      const rulesDir = join(ctx.repo, setup.rules);
      const packs = existsSync(rulesDir) ? writeScalingPacks(join(ctx.cache, 'scale'), setup.policies, rulesDir, probe.rules) : undefined;
      if (!packs) ctx.notes.push(`rule scaling skipped: ${setup.rules} does not exist`);
      if (packs) Object.assign(ctx, { rulesOne: packs.rulesOne, rulesTen: packs.rulesTen, rulesIdle: packs.rulesIdle });
      const p = `${setup.policies.join(' + ')}`;
      phases.push(
        scanPhase(ctx, 'scan-1', `bylaw scan ${p}, 1 thread`, corpus.dir, corpus.files, ['--workers', '1'], setup.policies),
        scanPhase(ctx, 'scan', `bylaw scan ${p}, worker threads`, corpus.dir, corpus.files, [], setup.policies),
      );
      if (tenth) phases.push({ ...scanPhase(ctx, 'scan-tenth', `bylaw scan, 1 thread, ${tenth.files} files`, tenth.dir, tenth.files, ['--workers', '1'], setup.policies), corpus: tenth });
      phases.push(
      );
      // Ten times the rules means ten times the findings kept: run it on the smaller corpus to bound time and memory.
      const scaled = tenth ?? corpus;
      if (packs) phases.push(
        { ...scanPhase(ctx, 'rules-1x', `bylaw scan, 1 thread, ${scaled.files} files, ${packs.rulesOne} rules`, scaled.dir, scaled.files, ['--workers', '1'], [packs.one]), corpus: scaled },
        { ...scanPhase(ctx, 'rules-10x', `bylaw scan, 1 thread, ${scaled.files} files, ${packs.rulesTen} rules`, scaled.dir, scaled.files, ['--workers', '1'], [packs.ten]), corpus: scaled },
        {
          ...scanPhase(ctx, 'rules-10x-idle', `bylaw scan, 1 thread, ${scaled.files} files, ${packs.rulesOne} rules + ${packs.rulesIdle - packs.rulesOne} for an absent kind`, scaled.dir, scaled.files, ['--workers', '1'], [packs.idle]),
          corpus: scaled,
        },
      );
    }
  }
  if (!cliOk && bundles.cli === undefined) ctx.notes.push('full-scan, rule-scaling and startup measurements need the CLI');
  if (ctx.corpus.kind === 'k8s') {
    phases.push({
      id: 'spectral',
      label: `Spectral 13 rules (${ctx.spectralFiles} files, extrapolated)`,
      command: node,
      args: () => [join(ctx.repo, 'test/bench/phases/spectral.mjs'), corpus.dir, String(ctx.spectralFiles)],
      extrapolate: true,
    });
  }
  return phases;
}

/** One row per phase: median wall time, peak RSS over rounds, and what it covered. */
export function summarise(phases, runs, corpus) {
  return phases.map((p) => {
    const all = runs.get(p.id) ?? [];
    const ms = all.filter((m) => !m.failed);
    const covered = p.corpus ?? corpus;
    const row = { id: p.id, label: p.label, files: covered.files, bytes: covered.bytes, runs: ms.length };
    if (!ms.length) return { ...row, note: all.length ? 'failed' : 'skipped' };
    const walls = ms.map((m) => {
      if (!p.extrapolate || !m.report) return m.wallMs;
      // Spectral: startup as measured, lint time scaled from the subset to the whole corpus.
      const perFile = m.report.workMs / m.report.files;
      return m.wallMs - m.report.workMs + perFile * corpus.files;
    });
    row.wallMs = median(walls);
    row.rssMb = max(ms.map((m) => m.rssMb));
    row.cpuPercent = median(ms.map((m) => m.cpuPercent));
    // Spectral's CPU time is scaled like its wall time (it runs on one thread).
    row.cpuMs = median(ms.map((m, i) => (m.cpuMs === undefined ? undefined : (m.cpuMs * walls[i]) / m.wallMs)));
    row.measuredWallMs = median(ms.map((m) => m.wallMs));
    if (p.extrapolate) row.subsetFiles = ms[0].report?.files;
    if (ms[0].findings !== undefined) row.findings = ms[0].findings;
    if (ms[0].report?.findings) row.findingsByRule = ms[0].report.findings;
    return row;
  });
}

/** Median wall time of `bylaw --version` and of a one-file scan, interleaved, `n` runs each. */
export async function timeStartup(ctx, n) {
  const setup = setupFor(ctx);
  const dir = join(ctx.cache, 'one-file');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sample = corpusFile(ctx.corpus.kind, ctx.corpus.seed, 0);
  const name = sample.path.split('/').pop();
  copyFileSync(join(ctx.corpus.dir, sample.path), join(dir, name));
  const version = [];
  const one = [];
  for (let i = 0; i < n; i++) {
    version.push(await measure(node, [ctx.bundles.cli, '--version']));
    const m = await measure(node, [ctx.bundles.cli, 'scan', name, ...policyArgs(setup.policies), '--format', 'json', '--output', join(dir, 'out.json'), '--no-progress'], { cwd: dir });
    if (m.code === 0 || m.code === 1) one.push(m);
  }
  return {
    versionMs: median(version.map((m) => m.wallMs)),
    versionCpuMs: median(version.map((m) => m.cpuMs)),
    oneFileMs: median(one.map((m) => m.wallMs)),
    oneFileCpuMs: median(one.map((m) => m.cpuMs)),
    startupRuns: n,
  };
}

/**
 * The 1-thread and worker-thread results must be equal apart from `run` (start time, and the git commit of the
 * checkout the corpus sits in, which can move between phases); a note either way.
 */
export function compareScanOutputs(ctx) {
  const read = (id) => {
    try {
      const r = JSON.parse(readFileSync(join(ctx.cache, 'out', `${id}-0.json`), 'utf8'));
      delete r.run;
      return JSON.stringify(r);
    } catch {
      return undefined;
    }
  };
  const one = read('scan-1');
  const many = read('scan');
  if (one === undefined || many === undefined) return undefined;
  return one === many ? 'scan results with 1 thread and with worker threads are identical (apart from `run`)'
    : 'scan results with 1 thread and with worker threads DIFFER';
}
