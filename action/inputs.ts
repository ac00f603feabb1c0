import { isAbsolute, relative, resolve } from 'node:path';
import { SEVERITIES, type Severity } from '../engine/types.js';
import { isReportFormat, type ReportFormat } from '../reports/index.js';
import { parseParams as parseParamValues } from '../engine/cli/params.js';

/** Everything the Action was asked to do, validated. Built once from the inputs; the rest of action/ trusts it. */
export interface ActionSettings {
  /** Files, directories or globs to scan, relative to the workspace. */
  paths: string[];
  /** Config file (relative to the policy root); undefined = `.bylaw.yaml` when present. */
  config?: string;
  /** Packs added to the config's packs: `NAME[@RANGE]`, `NAME@PATH`. */
  policies: string[];
  /** Pack parameters `KEY` or `PACK.KEY` → value, read as the CLI's `--param` reads it (YAML scalars: `3`, `true`, `[a, b]`). */
  params: Record<string, unknown>;
  /** Severity at or above which a failing finding fails the step. */
  failOn: Severity | 'none';
  /** Report, annotate and comment, but never fail the step for findings. */
  softFail: boolean;
  /** Report formats written to `outputDir`, in input order, without duplicates. */
  formats: ReportFormat[];
  /** Absolute directory the reports are written to. */
  outputDir: string;
  /** Judge only changed files or lines of the pull request, merge group or push. */
  changedOnly: 'none' | 'files' | 'lines';
  /** Annotate failing findings (check run, else workflow commands). */
  annotations: boolean;
  /** Keep a sticky pull request comment. */
  comment: boolean;
  /** Where policy comes from on pull requests and merge groups. */
  policyFrom: 'base' | 'head';
  /** Upload `outputDir` as a workflow artifact. */
  uploadArtifact: boolean;
  /** Artifact name (unique within the run). */
  artifactName: string;
  /** Token for the REST API; masked, never printed. Empty = no API calls. */
  token: string;
}

/** Input defaults, identical to action.yml (a test keeps them in step), used when an input is empty. */
export const INPUT_DEFAULTS = {
  paths: '.',
  config: '',
  policy: '',
  params: '',
  'fail-on': 'high',
  'soft-fail': 'false',
  format: 'sarif,html,markdown,json',
  'output-dir': 'bylaw-reports',
  'changed-only': 'none',
  annotations: 'true',
  comment: 'true',
  'policy-from': 'base',
  'upload-artifact': 'true',
  'artifact-name': 'bylaw-reports',
  'github-token': '',
} as const;

/** Name of an Action input. */
export type InputName = keyof typeof INPUT_DEFAULTS;

/** A wrong input value; the message names the input and what it accepts. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly input: InputName, message: string) {
    super(`Input "${input}": ${message}`);
  }
}

/** Read and validate every input. `getInput` is `core.getInput` (injected so tests need no runner). */
export function readSettings(getInput: (name: string) => string, workspace: string): ActionSettings {
  const raw = (name: InputName): string => getInput(name).trim() || INPUT_DEFAULTS[name];
  const list = (name: InputName) => raw(name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  const choice = <T extends string>(name: InputName, allowed: readonly T[]): T => {
    const value = raw(name);
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InputError(name, `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
    }
    return value as T;
  };
  const formats = [...new Set(list('format'))];
  for (const format of formats) {
    if (!isReportFormat(format)) throw new InputError('format', `unknown report format ${JSON.stringify(format)}`);
  }
  const outputDir = resolve(workspace, raw('output-dir'));
  const inside = relative(workspace, outputDir);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError('output-dir', `${JSON.stringify(raw('output-dir'))} must be a directory inside the workspace`);
  }
  const artifactName = raw('artifact-name');
  if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
    throw new InputError('artifact-name', `${JSON.stringify(artifactName)} contains a character artifacts do not allow`);
  }
  return {
    paths: list('paths'),
    config: raw('config') || undefined,
    policies: list('policy'),
    params: parseParams(raw('params')),
    failOn: choice('fail-on', [...SEVERITIES, 'none'] as const),
    softFail: bool(raw, 'soft-fail'),
    formats: formats as ReportFormat[],
    outputDir,
    changedOnly: choice('changed-only', ['none', 'files', 'lines'] as const),
    annotations: bool(raw, 'annotations'),
    comment: bool(raw, 'comment'),
    policyFrom: choice('policy-from', ['base', 'head'] as const),
    uploadArtifact: bool(raw, 'upload-artifact'),
    artifactName,
    token: getInput('github-token').trim(),
  };
}

/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
function bool(raw: (name: InputName) => string, name: InputName): boolean {
  const value = raw(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, `${JSON.stringify(value)} is not a boolean (true or false)`);
}

/** `KEY=VALUE` per line (blank lines and `#` comments skipped); keys may be `PACK.KEY`; values as `--param` reads them. */
function parseParams(text: string): Record<string, unknown> {
  const pairs: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    const eq = entry.indexOf('=');
    const key = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)?$/.test(key)) {
      throw new InputError('params', `line ${index + 1}: ${JSON.stringify(entry)} is not KEY=VALUE`);
    }
    if (/(^|\.)(__proto__|constructor|prototype)$/.test(key)) throw new InputError('params', `line ${index + 1}: reserved key ${key}`);
    pairs.push(`${key}=${entry.slice(eq + 1).trim()}`);
  }
  return parseParamValues(pairs);
}
