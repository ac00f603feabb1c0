import { relative, sep, basename } from 'node:path';
import type { Diagnostic } from '../types.js';
import { readPolicyFile } from './policy-file.js';
import { validatePolicyFile } from './validate.js';
import { compileRule } from './compile-rule.js';
import { loadPack } from './load-pack.js';
import { CONFIG_NAMES, loadConfig } from '../config/load-config.js';
import { yamlFilesUnder } from './catalog.js';
import { fileValidators } from './file-validators.js';

/** What `bylaw validate` found in one file. */
export interface ValidatedFile {
  path: string;
  kind: string;
  diagnostics: Diagnostic[];
}

/** Decide what a policy-side YAML file is, from its name and top-level keys. */
export function classify(path: string, data: unknown): string | undefined {
  const name = basename(path);
  if (CONFIG_NAMES.includes(name)) return 'config';
  if (/\.cases\.ya?ml$/i.test(name)) return 'cases';
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const o = data as Record<string, unknown>;
  for (const [kind, v] of Object.entries(fileValidators)) if (v.detect(o, name)) return kind;
  if ('match' in o && ('assert' in o || 'schema' in o || 'id' in o)) return 'rule';
  if ('version' in o && ('rules' in o || 'controls' in o || 'extends' in o)) return 'pack';
  return undefined;
}

/** Validate every policy, rule, control, config, cases and exceptions file under the paths. */
export function validateFiles(root: string, paths: string[], now: Date = new Date()): ValidatedFile[] {
  const files = yamlFilesUnder(root, paths, (f) => /\.ya?ml$/i.test(f));
  const out: ValidatedFile[] = [];
  for (const abs of files) {
    const shown = relative(root, abs).split(sep).join('/');
    const pf = readPolicyFile(abs, shown, 'invalid-rule');
    const kind = classify(abs, pf.data);
    if (!kind) continue;
    let diagnostics: Diagnostic[] = pf.diagnostics.map((d) => ({ ...d, code: kind === 'pack' ? 'invalid-pack' : kind === 'config' ? 'invalid-config' : d.code }));
    if (!diagnostics.length) {
      if (kind === 'rule') diagnostics = compileRule(pf, '').diagnostics;
      else if (kind === 'config') diagnostics = loadConfig(root, abs).diagnostics;
      else if (kind === 'cases') diagnostics = validatePolicyFile(pf, 'cases', 'invalid-test');
      else if (kind === 'pack') {
        const ctx = { root, params: {}, diagnostics: [] as Diagnostic[] };
        loadPack(abs, ctx);
        diagnostics = ctx.diagnostics;
      } else diagnostics = fileValidators[kind].validate(pf, root, now);
    }
    out.push({ path: shown, kind, diagnostics });
  }
  return out;
}
