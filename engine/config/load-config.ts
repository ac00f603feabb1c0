import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../types.js';
import type { ConfigSpec } from '../policy/spec.js';
import { readPolicyFile } from '../policy/policy-file.js';
import { validatePolicyFile } from '../policy/validate.js';

export const CONFIG_NAMES = ['.bylaw.yaml', '.bylaw.yml'];

/** The configuration in force and where it came from. */
export interface LoadedConfig {
  config: ConfigSpec;
  /** Absolute path of the config file, when there is one. */
  file?: string;
  diagnostics: Diagnostic[];
}

/** Read `.bylaw.yaml` (or the given file) from `dir`, validated against config.schema.json. */
export function loadConfig(dir: string, explicit?: string | false): LoadedConfig {
  if (explicit === false) return { config: {}, diagnostics: [] };
  const file = explicit ? resolve(dir, explicit) : CONFIG_NAMES.map((n) => join(dir, n)).find((f) => existsSync(f));
  if (!file) return { config: {}, diagnostics: [] };
  const shown = relative(dir, file).split(sep).join('/') || file;
  if (!existsSync(file)) return { config: {}, file, diagnostics: [{ path: shown, line: 1, column: 1, code: 'invalid-config', message: 'config file not found' }] };
  const pf = readPolicyFile(file, shown.startsWith('..') ? file : shown, 'invalid-config');
  const diagnostics = [...pf.diagnostics, ...validatePolicyFile(pf, 'config', 'invalid-config')];
  return { config: diagnostics.length ? {} : ((pf.data as ConfigSpec) ?? {}), file, diagnostics };
}
