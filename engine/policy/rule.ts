import type { ValidateFunction } from 'ajv';
import type { Severity } from '../types.js';
import type { SelectPath } from '../evaluate/select.js';

/** A rule after validation and compilation: ready to run, with where it came from. */
export interface Rule {
  id: string;
  title: string;
  severity: Severity;
  description?: string;
  rationale?: string;
  remediation?: string;
  references: string[];
  tags: string[];
  /** Input types the rule runs on. */
  types: string[];
  /** Kinds (aliases expanded); undefined = every kind. */
  kinds?: Set<string>;
  when?: (data: unknown) => unknown;
  select: SelectPath[];
  /** The select paths as written, joined: rules with equal keys select the same nodes (shared per target). */
  selectKey: string;
  assert?: (data: unknown) => unknown;
  schema?: ValidateFunction;
  message?: string;
  location: string[];
  evidence?: string;
  fix?: { description?: string; patch?: unknown };
  /** Rule file (as shown in messages) and the line of its `id`. */
  source: { path: string; line: number };
  /** sha256 of the rule file's bytes. */
  digest: string;
}
