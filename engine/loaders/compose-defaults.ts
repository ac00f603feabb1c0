import { isRecord } from './is-record.js';

const DEFAULTED = /\$\$|\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g;

/**
 * Compose interpolates `${VAR:-default}` and `${VAR-default}` before it reads any value. The environment is not
 * known when scanning, so bylaw assumes it is empty, as on a clean machine: such references take their default,
 * and `$$` becomes `$`. References without a default (`${VAR}`, `$VAR`, `${VAR:?msg}`) stay as written.
 * Applied in place to every string under `services` (so `privileged: ${PRIV:-true}` is privileged).
 */
export function composeDefaults(project: unknown): void {
  if (!isRecord(project) || !isRecord(project.services)) return;
  const walk = (node: unknown, depth: number): void => {
    if (depth > 100 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        if (typeof v === 'string') node[i] = withDefaults(v);
        else walk(v, depth + 1);
      });
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === 'string') record[key] = withDefaults(v);
      else walk(v, depth + 1);
    }
  };
  walk(project.services, 0);
}

/** One string with its defaulted references resolved (see composeDefaults). */
export function withDefaults(value: string): string {
  if (!value.includes('$')) return value;
  return value.replace(DEFAULTED, (whole, fallback: string | undefined) => (whole === '$$' ? '$' : (fallback ?? '')));
}
