/** Render the benchmark's summary rows and target checks as plain-text tables. */

const num = (v, digits = 2) => (v === undefined || !Number.isFinite(v) ? '–' : v >= 1000 ? Math.round(v).toLocaleString('en-US') : v.toFixed(digits));

function grid(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The main table: one line per phase. */
export function phaseTable(rows) {
  const loadAll = rows.find((r) => r.id === 'js-yaml')?.wallMs;
  const read = rows.find((r) => r.id === 'read')?.wallMs;
  const spectral = rows.find((r) => r.id === 'spectral')?.wallMs;
  const header = ['phase', 'files', 'findings', 'wall s', 'files/s', 'MB/s', 'peak RSS MB', '× loadAll', '× read', 'vs Spectral'];
  const body = rows.map((r) => {
    const ok = r.wallMs !== undefined;
    return [
      r.label + (r.note ? ` (${r.note})` : ''),
      num(r.files, 0),
      r.findings !== undefined ? num(r.findings, 0) : r.findingsByRule ? num(Object.values(r.findingsByRule).reduce((a, b) => a + b, 0), 0) + '*' : '–',
      ok ? num(r.wallMs / 1000) : 'skipped',
      ok ? num(r.files / (r.wallMs / 1000), 0) : '–',
      ok ? num(r.bytes / 1e6 / (r.wallMs / 1000), 1) : '–',
      num(r.rssMb, 0),
      ok && loadAll ? num(r.wallMs / loadAll) : '–',
      ok && read ? num(r.wallMs / read, 1) : '–',
      ok && spectral && r.id !== 'spectral' ? `${num(spectral / r.wallMs, 0)}× faster` : '–',
    ];
  });
  return grid(header, body);
}

/** The targets from the issue with PASS/FAIL. */
export function targetTable(checks) {
  return grid(['target', 'measured', 'result'], checks.map((c) => [c.target, c.measured, c.pass === undefined ? 'n/a' : c.pass ? 'PASS' : 'FAIL']));
}
