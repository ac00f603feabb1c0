/**
 * The targets of issue 8, checked against one run's summary rows. Each yields
 * `{ id, target, measured, pass }`, or `pass: undefined` when the run could not measure it.
 */

const row = (rows, id) => rows.find((r) => r.id === id && r.wallMs !== undefined);
const ratio = (a, b) => (a && b ? a.wallMs / b.wallMs : undefined);
const cpuRatio = (a, b) => (a?.cpuMs && b?.cpuMs ? a.cpuMs / b.cpuMs : undefined);
const fmt = (v, unit) => (v === undefined ? 'n/a' : `${v < 10 ? v.toFixed(2) : v.toFixed(0)}${unit}`);

/** Evaluate every target that applies to this run. */
export function checkTargets(rows, extra) {
  const loadAll = row(rows, 'js-yaml');
  const scan1 = row(rows, 'scan-1');
  const scanW = row(rows, 'scan');
  const spectral = row(rows, 'spectral');
  const out = [];
  const add = (id, target, value, unit, limit, higherIsBetter = false, cpu = undefined) => {
    const measured = fmt(value, unit) + (cpu === undefined ? '' : ` (CPU time ${fmt(cpu, unit)})`);
    out.push({ id, target, measured, value, cpu, pass: value === undefined ? undefined : higherIsBetter ? value >= limit : value <= limit });
  };
  add('scan-1-vs-loadall', 'full scan, 1 thread ≤ 1.5× js-yaml loadAll', ratio(scan1, loadAll), '×', 1.5, false, cpuRatio(scan1, loadAll));
  add('scan-workers-vs-loadall', 'full scan, worker threads ≤ 1.0× js-yaml loadAll', ratio(scanW, loadAll), '×', 1.0);
  add('vs-spectral', 'full scan (1 thread) ≥ 50× faster than Spectral', ratio(spectral, scan1), '×', 50, true, cpuRatio(spectral, scan1));
  const r1 = row(rows, 'rules-1x');
  const r10 = row(rows, 'rules-10x');
  add('rule-scaling', `10× rules (${extra.rulesOne ?? '?'} → ${extra.rulesTen ?? '?'}) ≤ 1.5× time`, ratio(r10, r1), '×', 1.5, false, cpuRatio(r10, r1));
  const idle = row(rows, 'rules-10x-idle');
  add('rule-scaling-idle', `10× rules, the extra ones for a kind no file has (${extra.rulesOne ?? '?'} → ${extra.rulesIdle ?? '?'}) ≤ 1.5× time`, ratio(idle, r1), '×', 1.5, false, cpuRatio(idle, r1));
  const peak = Math.max(...[scan1, scanW].filter(Boolean).map((r) => r.rssMb ?? 0));
  add('peak-rss', `peak RSS of a scan ≤ 400 MB at ${extra.files} files`, scan1 || scanW ? peak : undefined, ' MB', 400);
  const tenth = row(rows, 'scan-tenth');
  add('rss-flat', `RSS flat as files grow: ${extra.files / 10} → ${extra.files} files ≤ 2× RSS`, tenth && scan1 ? scan1.rssMb / tenth.rssMb : undefined, '×', 2);
  add('version', '`bylaw --version` ≤ 150 ms', extra.versionMs, ' ms', 150, false, extra.versionCpuMs);
  add('one-file', 'one-file scan ≤ 300 ms end to end', extra.oneFileMs, ' ms', 300, false, extra.oneFileCpuMs);
  return out;
}
