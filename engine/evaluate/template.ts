/**
 * Message templates: `{{node.name}}`, `{{resource.metadata.name}}`, `{{params.registries}}`, `{{value}}`.
 * Only dotted own-property paths (no expressions); missing values render as `<none>`; long values are cut.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$-]*(?:\.[\w$-]+)*)\s*\}\}/g;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function lookup(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (FORBIDDEN.has(part) || cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export function show(value: unknown): string {
  if (value === undefined || value === null) return '<none>';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 200 ? s.slice(0, 197) + '...' : s;
}

export function renderTemplate(template: string, data: unknown): string {
  return template.replace(PLACEHOLDER, (_, path: string) => show(lookup(data, path)));
}

/** Placeholder paths in a template, for validation. */
export function templatePaths(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
