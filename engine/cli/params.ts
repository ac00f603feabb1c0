import { load, CORE_SCHEMA } from 'js-yaml';
import { UsageError } from './io.js';

/** `KEY=VALUE` pairs from `--param`; values read as YAML scalars/flow collections (`3`, `true`, `[a, b]`), else strings. */
export function parseParams(pairs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param expects KEY=VALUE, got "${pair}"`);
    const key = pair.slice(0, eq).trim();
    if (/(^|\.)(__proto__|constructor|prototype)$/.test(key)) throw new UsageError(`--param: "${key}" is not a valid parameter name`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      const v = load(raw, { schema: CORE_SCHEMA });
      if (v !== undefined && v !== null) value = v;
    } catch {
      value = raw;
    }
    out[key] = value;
  }
  return { ...out };
}

/** Split repeatable, comma-separated option values. */
export function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}
