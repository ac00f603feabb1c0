import type { Severity } from '../types.js';

/**
 * Raw policy file shapes, as authored in YAML. Each is checked against its JSON Schema in
 * engine/policy/schema/ (which editors can use too) before the engine trusts it.
 */

/** A JSON Logic expression (https://jsonlogic.com), evaluated by json-logic-engine with bylaw's operators. */
export type Logic = unknown;

/** One rule file: `rules/<input>/<id>.yaml`, or a pack's own `rules/*.yaml`. */
export interface RuleSpec {
  id: string;
  title: string;
  severity: Severity;
  description?: string;
  rationale?: string;
  remediation?: string;
  references?: string[];
  tags?: string[];
  match: {
    /** Input type(s): `kubernetes`, `github-workflow`, `yaml`, `json`, ... */
    type: string | string[];
    /** Resource kinds; for Kubernetes `workloads` stands for every kind with a pod template. */
    kinds?: string[];
    /** Applicability: when this is false the rule is `skip` for the resource. */
    when?: Logic;
  };
  /** Which nodes inside the resource to check: pointer-like paths with `*`, optionally from a named root (`$podSpec/containers/*`). */
  select?: string | string[];
  /** Condition that must hold for every selected node (true = pass). */
  assert?: Logic;
  /** JSON Schema that every selected node must satisfy. */
  schema?: Record<string, unknown> | boolean;
  /** Message template for failures: `{{node.name}}`, `{{resource.metadata.name}}`, `{{params.x}}`, `{{value}}`. */
  message?: string;
  /** Pointer(s) relative to the node where the finding points; the first that exists wins, else the node. */
  location?: string | string[];
  /** Pointer relative to the node whose value is recorded as evidence (default: the location's value). */
  evidence?: string;
  /** Suggested fix: a JSON merge patch relative to the node, shown to reviewers. */
  fix?: { description?: string; patch?: unknown };
}

export interface ControlSpec {
  id: string;
  title: string;
  description?: string;
  /** Rules implementing this control. */
  rules: string[];
  /** Framework requirement ids, e.g. `nist-800-53: [AC-6]`. */
  frameworks?: Record<string, string[]>;
  /** Versions of the standard this control applies to, compared with the pack parameter named by `versionParam`. */
  since?: string;
  until?: string;
}

export interface ParameterSpec {
  description?: string;
  default?: unknown;
  /** Any JSON Schema keywords constraining the value (type, enum, pattern, items, ...). */
  [keyword: string]: unknown;
}

/** A policy pack: `policies/<id>.yaml` or `<dir>/pack.yaml`. */
export interface PackSpec {
  id: string;
  version: string;
  title: string;
  description?: string;
  owner?: string;
  license?: string;
  changelog?: { version: string; date?: string; changes: string[] }[];
  /** Packs this one builds on: `NAME[@RANGE]` or a relative path. */
  extends?: string[];
  parameters?: Record<string, ParameterSpec>;
  /** Name of the parameter that selects the version of the standard for control `since`/`until`. */
  versionParam?: string;
  /** Rule files: paths relative to this pack file (`./rules/x.yaml`, globs allowed) or built-in rule ids/paths under `rules/`. */
  rules?: string[];
  controls?: ControlSpec[];
  overrides?: {
    severity?: Record<string, Severity>;
    disabled?: string[];
    parameters?: Record<string, unknown>;
  };
}

/** `.bylaw.yaml` */
export interface ConfigSpec {
  packs?: string[];
  parameters?: Record<string, unknown>;
  include?: string[];
  exclude?: string[];
  failOn?: Severity | 'none';
  exceptions?: string;
  frameworks?: string[];
  limits?: Record<string, number>;
  suppressions?: {
    inline?: boolean;
    rules?: string[];
    severities?: Severity[];
  };
  waivers?: { requireExpiry?: boolean; maxDays?: number; warnDays?: number };
  [key: string]: unknown;
}
