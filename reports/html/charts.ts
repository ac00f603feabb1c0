import { escapeHtml } from '../escape/html.js';

/** One slice or bar: a label, a count and a fill colour (a literal hex value, never user text). */
export interface Datum {
  label: string;
  value: number;
  color: string;
}

function round(n: number): string {
  return (Math.round(n * 1000) / 1000).toString();
}

/** Legend with colour dots and counts. */
export function legend(data: readonly Datum[]): string {
  const items = data.map((d) => `<li><svg class="dot" width="10" height="10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${d.color}"/></svg>${escapeHtml(d.label)} ${formatCount(d.value)}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}

/** A donut chart (stroke-dasharray circles on a circumference of 100) with the total in the middle. */
export function donut(data: readonly Datum[], title: string): string {
  const total = data.reduce((sum, d) => sum + d.value, 0);
  let offset = 25;
  const arcs = data
    .filter((d) => d.value > 0)
    .map((d) => {
      const share = (d.value / total) * 100;
      const arc = `<circle cx="21" cy="21" r="15.915" fill="none" stroke="${d.color}" stroke-width="6" stroke-dasharray="${round(share)} ${round(100 - share)}" stroke-dashoffset="${round(offset)}"><title>${escapeHtml(d.label)}: ${d.value}</title></circle>`;
      offset -= share;
      return arc;
    });
  return (
    `<svg viewBox="0 0 42 42" width="180" height="180" role="img" aria-label="${escapeHtml(title)}">` +
    `<circle cx="21" cy="21" r="15.915" fill="none" stroke="#eaeef2" stroke-width="6"/>${arcs.join('')}` +
    `<text x="21" y="21" text-anchor="middle" dominant-baseline="central" font-size="7" font-weight="600" fill="#1f2328">${formatCount(total)}</text></svg>` +
    legend(data)
  );
}

/** Horizontal bars, one per datum, scaled to the largest value. */
export function bars(data: readonly Datum[], title: string): string {
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowHeight = 26;
  const width = 360;
  const labelWidth = 80;
  const barSpace = width - labelWidth - 50;
  const rows = data.map((d, i) => {
    const y = i * rowHeight;
    const w = d.value === 0 ? 0 : Math.max(2, (d.value / max) * barSpace);
    return (
      `<text x="0" y="${y + 17}" font-size="12" fill="#59636e">${escapeHtml(d.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 5}" width="${round(w)}" height="16" rx="3" fill="${d.color}"><title>${escapeHtml(d.label)}: ${d.value}</title></rect>` +
      `<text x="${round(labelWidth + w + 6)}" y="${y + 17}" font-size="12" fill="#1f2328">${formatCount(d.value)}</text>`
    );
  });
  return `<svg viewBox="0 0 ${width} ${data.length * rowHeight}" width="${width}" height="${data.length * rowHeight}" role="img" aria-label="${escapeHtml(title)}">${rows.join('')}</svg>`;
}

/** A single stacked bar (e.g. a framework's requirements by state). */
export function stacked(data: readonly Datum[], title: string, width = 240): string {
  const total = data.reduce((sum, d) => sum + d.value, 0);
  let x = 0;
  const parts = data
    .filter((d) => d.value > 0)
    .map((d) => {
      const w = (d.value / total) * width;
      const rect = `<rect x="${round(x)}" y="0" width="${round(w)}" height="14" fill="${d.color}"><title>${escapeHtml(d.label)}: ${d.value}</title></rect>`;
      x += w;
      return rect;
    });
  const body = total === 0 ? `<rect x="0" y="0" width="${width}" height="14" fill="#eaeef2"/>` : parts.join('');
  return `<svg viewBox="0 0 ${width} 14" width="${width}" height="14" role="img" aria-label="${escapeHtml(title)}">${body}</svg>`;
}

/** `12,345`: thousands separators without depending on the runtime's locale data. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
