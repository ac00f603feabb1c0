import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ValidateFunction } from 'ajv';
import type { Diagnostic, Severity } from '../types.js';
import type { ControlSpec, PackSpec, ParameterSpec } from './spec.js';
import type { Rule } from './rule.js';
import { diagnosticAt, readPolicyFile } from './policy-file.js';
import { validatePolicyFile, getAjv } from './validate.js';
import { loadRuleFile } from './compile-rule.js';
import { builtinRulesDir } from './builtin.js';
import { resolvePackRef, type PackLocation } from './resolve.js';
import { versionInRange } from './standard-version.js';
import { remoteShown } from './remote/registry.js';

/** A pack after resolution: its own and inherited rules, parameters, controls, and a digest over every byte it uses. */
export interface LoadedPack {
  id: string;
  version: string;
  title: string;
  description?: string;
  owner?: string;
  changelog?: PackSpec['changelog'];
  /** Where it came from, as shown to users (`builtin`, a relative path, or `github:o/r@tag`). */
  source: string;
  /** Pack file, absolute. */
  file: string;
  digest: string;
  /** Effective parameter values. */
  params: Record<string, unknown>;
  parameters: Record<string, ParameterSpec>;
  versionParam?: string;
  /** Effective rules (disabled ones removed), by id. */
  rules: Map<string, Rule>;
  severity: Record<string, Severity>;
  /** Controls in force for the chosen version of the standard. */
  controls: ControlSpec[];
  /** Every control, whatever the version (for `list controls`). */
  allControls: ControlSpec[];
  extends: string[];
  /** sha256 (hex) of each file the digest covers (the pack file and its rule files), by shown path. */
  files: Record<string, string>;
}

export interface PackContext {
  /** Directory user-relative pack paths resolve from (the policy root). */
  root: string;
  /** Parameters given by the user: `KEY` for any pack declaring it, `PACK.KEY` for one pack. */
  params: Record<string, unknown>;
  diagnostics: Diagnostic[];
  /** Packs already loaded in this run, by absolute file. */
  cache?: Map<string, LoadedPack>;
  /** Rule files already compiled, by absolute path. */
  ruleCache?: Map<string, { rule?: Rule; bytes?: Buffer }>;
}

const shown = (root: string, abs: string): string => {
  const remote = remoteShown(abs);
  if (remote) return remote;
  const rel = relative(root, abs);
  return (rel.startsWith('..') ? abs : rel).split(sep).join('/');
};

function listFiles(dir: string, out: string[] = [], depth = 0): string[] {
  if (depth > 12 || !existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(p, out, depth + 1);
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && !/\.cases\.ya?ml$/i.test(entry.name)) out.push(p);
  }
  return out;
}

/** Rule files named by one `rules:` entry: pack-relative (`./rules/*.yaml`) or built-in (`kubernetes/privileged`, `kubernetes/*`). */
function ruleFiles(ref: string, packDir: string): string[] {
  const relativeRef = ref.startsWith('./') || ref.startsWith('../');
  const base = relativeRef ? packDir : builtinRulesDir();
  const pattern = relativeRef ? ref : ref.replace(/\.ya?ml$/i, '') + (/[*?[]/.test(ref) ? '' : '.yaml');
  if (!/[*?[{]/.test(pattern)) {
    const abs = resolve(base, pattern);
    return existsSync(abs) ? [abs] : [];
  }
  const firstGlob = pattern.search(/[*?[{]/);
  const dirPart = pattern.slice(0, pattern.lastIndexOf('/', firstGlob) + 1);
  const isMatch = picomatch(resolve(base, pattern).split(sep).join('/'));
  const withExt = picomatch(resolve(base, pattern + '.yaml').split(sep).join('/'));
  return listFiles(resolve(base, dirPart || '.')).filter((f) => {
    const p = f.split(sep).join('/');
    return isMatch(p) || withExt(p);
  });
}

/** Compiled parameter schemas, shared by every pack that declares the same one. */
const paramValidators = new Map<string, ValidateFunction>();

function checkParams(pack: { id: string }, specs: Record<string, ParameterSpec>, values: Record<string, unknown>, ctx: PackContext, where: string): void {
  for (const [name, value] of Object.entries(values)) {
    const spec = specs[name];
    if (!spec) continue;
    const schema = Object.fromEntries(Object.entries(spec).filter(([k]) => k !== 'default' && k !== 'description'));
    const key = JSON.stringify(schema);
    let validate = paramValidators.get(key);
    if (!validate) paramValidators.set(key, (validate = getAjv().compile(schema)));
    if (!validate(value)) {
      ctx.diagnostics.push({
        path: where,
        line: 1,
        column: 1,
        code: 'usage',
        message: `parameter ${pack.id}.${name}=${JSON.stringify(value)} ${validate.errors?.[0]?.message ?? 'is invalid'}`,
      });
    }
  }
}

/** Load a pack by reference (`NAME[@RANGE]`, `NAME@PATH`, a path), following `extends`. Problems go to ctx.diagnostics. */
export function loadPack(ref: string, ctx: PackContext, from?: { dir: string; shownAs: string }, stack: string[] = []): LoadedPack | undefined {
  const located = resolvePackRef(ref, from?.dir ?? ctx.root, ctx.root);
  if ('error' in located) {
    ctx.diagnostics.push({ path: from?.shownAs ?? '<command line>', line: 1, column: 1, code: 'unknown-pack', message: located.error });
    return undefined;
  }
  return loadPackAt(located, ctx, stack);
}

function loadPackAt(located: PackLocation, ctx: PackContext, stack: string[]): LoadedPack | undefined {
  ctx.cache ??= new Map();
  ctx.ruleCache ??= new Map();
  const cached = ctx.cache.get(located.file);
  if (cached) return cached;
  const shownPath = located.builtin ? `policies/${relative(dirname(located.file), located.file).split(sep).join('/')}` : shown(ctx.root, located.file);
  if (stack.includes(located.file)) {
    ctx.diagnostics.push({ path: shownPath, line: 1, column: 1, code: 'invalid-pack', message: `extends cycle: ${[...stack, located.file].map((f) => shown(ctx.root, f)).join(' → ')}` });
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(located.file);
  } catch (err) {
    ctx.diagnostics.push({ path: shownPath, line: 1, column: 1, code: 'invalid-pack', message: `cannot read pack: ${(err as Error).message}` });
    return undefined;
  }
  const file = readPolicyFile(located.file, shownPath, 'invalid-pack', bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const problems = [...file.diagnostics, ...validatePolicyFile(file, 'pack', 'invalid-pack')];
  if (problems.length) {
    ctx.diagnostics.push(...problems);
    return undefined;
  }
  const spec = file.data as PackSpec;
  if (located.range && !versionInRange(spec.version, located.range)) {
    ctx.diagnostics.push(diagnosticAt(file, '/version', 'unknown-pack', `pack ${spec.id} is version ${spec.version}, which does not satisfy ${located.range}`));
    return undefined;
  }
  const packDir = dirname(located.file);
  const hash = createHash('sha256').update(shownPath).update('\0').update(bytes);
  const fileDigests: Record<string, string> = { [shownPath]: createHash('sha256').update(bytes).digest('hex') };

  const rules = new Map<string, Rule>();
  const severity: Record<string, Severity> = {};
  let parameters: Record<string, ParameterSpec> = {};
  let params: Record<string, unknown> = {};
  let controls: ControlSpec[] = [];
  const extendsIds: string[] = [];
  let versionParam = spec.versionParam;

  (spec.extends ?? []).forEach((ref) => {
    const parent = loadPack(ref, ctx, { dir: packDir, shownAs: shownPath }, [...stack, located.file]);
    if (!parent) return;
    extendsIds.push(`${parent.id}@${parent.version}`);
    hash.update('\0extends\0').update(parent.digest);
    for (const [id, r] of parent.rules) rules.set(id, r);
    Object.assign(severity, parent.severity);
    parameters = { ...parameters, ...parent.parameters };
    params = { ...params, ...parent.params };
    const own = new Set((spec.controls ?? []).map((c) => c.id));
    controls = [...controls.filter((c) => !own.has(c.id)), ...parent.allControls.filter((c) => !own.has(c.id))];
    versionParam ??= parent.versionParam;
  });

  (spec.rules ?? []).forEach((ref, i) => {
    const files = ruleFiles(ref, packDir);
    if (files.length === 0) {
      ctx.diagnostics.push(diagnosticAt(file, `/rules/${i}`, 'unknown-rule', `no rule file matches "${ref}"`));
      return;
    }
    for (const abs of files) {
      let entry = ctx.ruleCache!.get(abs);
      if (!entry) {
        const ruleShown = abs.startsWith(builtinRulesDir()) ? 'rules/' + relative(builtinRulesDir(), abs).split(sep).join('/') : shown(ctx.root, abs);
        const loaded = loadRuleFile(abs, ruleShown);
        ctx.diagnostics.push(...loaded.diagnostics);
        entry = { rule: loaded.rule, bytes: loaded.bytes };
        ctx.ruleCache!.set(abs, entry);
      }
      if (!entry.rule || !entry.bytes) continue;
      const existing = rules.get(entry.rule.id);
      if (existing && existing.digest !== entry.rule.digest) {
        ctx.diagnostics.push({
          path: entry.rule.source.path,
          line: entry.rule.source.line,
          column: 1,
          code: 'duplicate-rule',
          message: `rule id "${entry.rule.id}" is also defined in ${existing.source.path}:${existing.source.line}`,
        });
        continue;
      }
      rules.set(entry.rule.id, entry.rule);
      hash.update('\0rule\0').update(entry.rule.source.path).update('\0').update(entry.bytes);
      fileDigests[entry.rule.source.path] = entry.rule.digest;
    }
  });

  for (const [name, p] of Object.entries(spec.parameters ?? {})) {
    parameters[name] = p;
    if ('default' in p) params[name] = p.default;
  }
  Object.assign(params, spec.overrides?.parameters ?? {});
  for (const [key, value] of Object.entries(ctx.params)) {
    const dot = key.indexOf('.');
    if (dot > 0 && key.slice(0, dot) === spec.id) params[key.slice(dot + 1)] = value;
    else if (dot < 0 && key in parameters) params[key] = value;
  }
  checkParams(spec, parameters, params, ctx, shownPath);

  for (const [id, sev] of Object.entries(spec.overrides?.severity ?? {})) severity[id] = sev;
  for (const id of spec.overrides?.disabled ?? []) rules.delete(id);

  const ownControls = spec.controls ?? [];
  const allControls = [...controls, ...ownControls].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  ownControls.forEach((c, i) =>
    c.rules.forEach((r, j) => {
      if (!rules.has(r) && !(spec.overrides?.disabled ?? []).includes(r)) {
        ctx.diagnostics.push(diagnosticAt(file, `/controls/${i}/rules/${j}`, 'unknown-rule', `control ${c.id} names rule "${r}", which the pack does not contain`));
      }
    }),
  );
  const chosen = versionParam ? params[versionParam] : undefined;
  const inForce = allControls.filter((c) => typeof chosen !== 'string' || versionInRange(chosen, { since: c.since, until: c.until }));
  // Rules that exist only for controls not in force at the chosen version do not run.
  if (versionParam) {
    const controlled = new Set(allControls.flatMap((c) => c.rules));
    const active = new Set(inForce.flatMap((c) => c.rules));
    for (const id of [...rules.keys()]) if (controlled.has(id) && !active.has(id)) rules.delete(id);
  }

  const pack: LoadedPack = {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    description: spec.description,
    owner: spec.owner,
    changelog: spec.changelog,
    source: located.builtin ? 'builtin' : located.source ?? shownPath,
    file: located.file,
    digest: 'sha256:' + hash.digest('hex'),
    params: Object.fromEntries(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))),
    parameters,
    versionParam,
    rules: new Map([...rules].sort(([a], [b]) => (a < b ? -1 : 1))),
    severity,
    controls: inForce,
    allControls,
    extends: extendsIds,
    files: Object.fromEntries(Object.entries(fileDigests).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  ctx.cache.set(located.file, pack);
  return pack;
}
