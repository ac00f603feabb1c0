import { hasOwn, isRecord } from './is-record.js';

/** Service fields Compose casts from strings to booleans after interpolation (compose-go interpolateTypeCastMapping). */
const SERVICE_FIELDS = ['init', 'oom_kill_disable', 'privileged', 'read_only', 'stdin_open', 'tty'];
const TOP_FIELDS: Record<string, string[]> = {
  networks: ['external', 'internal', 'attachable', 'enable_ipv6'],
  volumes: ['external'],
  secrets: ['external'],
  configs: ['external'],
};

/**
 * Compose reads `y`, `yes`, `true`, `on` (any case) as true and `n`, `no`, `false`, `off` as false in boolean
 * fields, even though go-yaml parses them as strings. Cast those fields in place so rules see what Compose does
 * (`privileged: yes` is privileged). Other strings (`${VAR}`) stay strings.
 */
export function castComposeBooleans(project: unknown): void {
  if (!isRecord(project)) return;
  if (isRecord(project.services)) {
    for (const service of Object.values(project.services)) {
      if (!isRecord(service)) continue;
      castFields(service, SERVICE_FIELDS);
      if (isRecord(service.healthcheck)) castFields(service.healthcheck, ['disable']);
      if (Array.isArray(service.volumes)) {
        for (const v of service.volumes) {
          if (!isRecord(v)) continue;
          castFields(v, ['read_only']);
          if (isRecord(v.volume)) castFields(v.volume, ['nocopy']);
        }
      }
    }
  }
  for (const [section, fields] of Object.entries(TOP_FIELDS)) {
    const entries = project[section];
    if (isRecord(entries)) for (const e of Object.values(entries)) if (isRecord(e)) castFields(e, fields);
  }
}

function castFields(record: Record<string, unknown>, fields: string[]): void {
  for (const f of fields) {
    if (!hasOwn(record, f)) continue;
    const b = composeBoolean(record[f]);
    if (b !== undefined) record[f] = b;
  }
}

/** A Compose boolean from a string, or undefined when the value is not one of its spellings. */
export function composeBoolean(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase();
  if (v === 'y' || v === 'yes' || v === 'true' || v === 'on') return true;
  if (v === 'n' || v === 'no' || v === 'false' || v === 'off') return false;
  return undefined;
}
