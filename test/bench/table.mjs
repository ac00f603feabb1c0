/** Render the benchmark's summary rows and target checks as plain-text tables. */

const num = (v, digits = 2) => (v === undefined || !Number.isFinite(v) ? '–' : v >= 1000 ? Math.round(v).toLocaleString('en-US') : v.toFixed(digits));

let markdown = false;

/** Render the next tables as Markdown (for README) instead of aligned text. */
export function setMarkdown(on) {
  markdown = on;
}

function grid(header, body) {
  if (markdown) {
    const row = (cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [row(header), `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...body.map(row)].join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Time per file, so rows over corpora of different sizes compare fairly. */
const perFile = (r, key = 'wallMs') => (r && r[key] !== undefined && r.files ? r[key] / r.files : undefined);
const over = (a, b) => (a !== undefined && b ? a / b : undefined);

/** The main table: one line per phase; ratios are per file (time per file over the reference's time per file). */
export function phaseTable(rows) {
  const find = (id) => rows.find((r) => r.id === id && r.wallMs !== undefined);
  const loadAll = find('js-yaml');
  const read = find('read');
  const spectral = find('spectral');
  const header = ['phase', 'files', 'findings', 'wall s', 'CPU s', 'files/s', 'MB/s', 'peak RSS MB', '× loadAll', '× loadAll CPU', '× read', 'vs Spectral'];
  const body = rows.map((r) => {
    const ok = r.wallMs !== undefined;
    const vsSpectral = r.id === 'spectral' ? undefined : over(perFile(spectral), perFile(r));
    return [
      r.label + (r.note ? ` (${r.note})` : ''),
      num(r.files, 0),
      r.findings !== undefined ? num(r.findings, 0) : r.findingsByRule ? num(Object.values(r.findingsByRule).reduce((a, b) => a + b, 0), 0) + '*' : '–',
      ok ? num(r.wallMs / 1000) : 'skipped',
      num(r.cpuMs / 1000),
      ok ? num(r.files / (r.wallMs / 1000), 0) : '–',
      ok ? num(r.bytes / 1e6 / (r.wallMs / 1000), 1) : '–',
      num(r.rssMb, 0),
      num(over(perFile(r), perFile(loadAll))),
      num(over(perFile(r, 'cpuMs'), perFile(loadAll, 'cpuMs'))),
      num(over(perFile(r), perFile(read)), 1),
      vsSpectral === undefined ? '–' : `${num(vsSpectral, 0)}× faster`,
    ];
  });
  return grid(header, body);
}

/** The targets from the issue with PASS/FAIL. */
export function targetTable(checks) {
  return grid(['target', 'measured', 'result'], checks.map((c) => [c.target, c.measured, c.pass === undefined ? 'n/a' : c.pass ? 'PASS' : 'FAIL']));
}
