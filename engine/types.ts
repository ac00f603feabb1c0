/**
 * The core vocabulary of bylaw (see DESIGN.md). Everything else speaks these types.
 * Positions are 1-based for both line and column, everywhere in the model.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
/** How bad a failing finding is. Ordered from most to least severe. */
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['fail', 'pass', 'waived', 'error', 'skip'] as const;
/** Outcome of one rule on one node. `error` = could not evaluate; `skip` = not applicable. */
export type Status = (typeof STATUSES)[number];

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A place in a scanned (or policy) file. */
export interface Location {
  /** Path relative to the scan root, `/` separators. */
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** RFC 6901 pointer into the document's data. */
  pointer?: string;
  /** 0-based index of the document in a multi-document file (omitted for single-document files). */
  document?: number;
}

/** What a rule runs on: identity used in findings, reports and waivers. */
export interface ResourceRef {
  /** Input type, e.g. `kubernetes`. */
  type: string;
  kind?: string;
  name?: string;
  namespace?: string;
  /** Other identity (Terraform address, workflow job id, Dockerfile stage). */
  address?: string;
  /** The source the scanned file was generated from, e.g. the Helm template of a rendered manifest (`# Source:`). */
  source?: string;
}

/** One parsed document: data plus a way back to source positions. */
export interface Document {
  /** Path relative to the scan root. */
  path: string;
  /** Input type (loader name). */
  type: string;
  /** 0-based document index within the file. */
  index: number;
  /** Number of documents in the file. */
  count: number;
  data: unknown;
  /** Always returns a place: the node, else its closest existing parent, else the document start. */
  locate(pointer: string): Location;
  /** Comment text on a given 1-based line, for inline suppressions (may be undefined when the format has none). */
  commentsAt?(line: number): string | undefined;
}

/** A resource extracted from a document: what rules match and run on. */
export interface Target {
  document: Document;
  /** Pointer to the resource inside the document ('' for the whole document). */
  pointer: string;
  resource: ResourceRef;
  value: unknown;
  /**
   * Named sub-roots usable in `select` paths as `$name/...`, pointers relative to the resource.
   * e.g. Kubernetes workloads: `{ podSpec: '/spec/template/spec', podMeta: '/spec/template/metadata' }`.
   */
  roots?: Record<string, string>;
  /** Extra facts exposed to rule expressions under `facts` (e.g. Helm template source). */
  facts?: Record<string, unknown>;
}

/** A problem that stops a file, rule or configuration from being used, with its place. */
export interface Diagnostic {
  path: string;
  line: number;
  column: number;
  code: ErrorCode;
  message: string;
}

export type ErrorCode =
  | 'parse-error'
  | 'file-too-large'
  | 'binary-file'
  | 'unreadable-file'
  | 'limit-exceeded'
  | 'invalid-rule'
  | 'invalid-pack'
  | 'invalid-control'
  | 'invalid-config'
  | 'invalid-exceptions'
  | 'invalid-baseline'
  | 'invalid-test'
  | 'duplicate-rule'
  | 'unknown-pack'
  | 'unknown-rule'
  | 'lock-mismatch'
  | 'rule-error'
  | 'rule-timeout'
  | 'usage'
  | 'internal';

/**
 * An exception (waiver) that applied to a finding, an inline suppression, or a baseline entry (a finding that
 * already failed when the baseline was taken: accepted debt, shown but not failing).
 */
export interface Waiver {
  kind: 'exception' | 'inline' | 'baseline';
  reason: string;
  approvedBy?: string;
  ticket?: string;
  expires?: string;
  /** Where the waiver is declared. */
  source?: { path: string; line: number };
}

/** Outcome of one rule on one resource node. */
export interface Finding {
  ruleId: string;
  title?: string;
  packs?: string[];
  controls: string[];
  severity: Severity;
  status: Status;
  message: string;
  location: Location;
  resource: ResourceRef;
  /** The offending value (truncated when large). */
  evidence?: unknown;
  remediation?: string;
  fingerprint: string;
  waiver?: Waiver;
  fix?: unknown;
}

/** Pack as recorded in a result. */
export interface PackRef {
  id: string;
  version: string;
  digest: string;
  params: Record<string, unknown>;
  title?: string;
  source?: string;
}

export interface InputRef {
  path: string;
  type: string;
  sha256: string;
}

/** Rule metadata carried in the result so reports can render help without the policy files. */
export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  description?: string;
  rationale?: string;
  remediation?: string;
  references?: string[];
  controls: string[];
  packs: string[];
}

/** Control metadata carried in the result (with its framework mappings). */
export interface ControlMeta {
  id: string;
  title: string;
  description?: string;
  pack: string;
  frameworks: Record<string, string[]>;
  rules: string[];
}

export interface Summary {
  files: number;
  documents: number;
  resources: number;
  byStatus: Record<Status, number>;
  /** Failing findings by severity. */
  bySeverity: Record<Severity, number>;
  byControl: Record<string, Record<Status, number>>;
  byFramework: Record<string, Record<string, Record<Status, number>>>;
  errors: number;
  failOn: Severity | 'none';
  verdict: 'pass' | 'fail';
  /** Waiver counts (every run has them; all zero without exceptions or suppressions). */
  waivers?: WaiverCounts;
  /** Present when the run compared against a baseline (`--baseline`). */
  baseline?: BaselineCounts;
}

/** What the waivers of a run did. Finding counts: `applied`, `inline`; exception-entry counts: the rest. */
export interface WaiverCounts {
  /** Findings waived by an exceptions-file entry. */
  applied: number;
  /** Exception entries past their expiry (their findings fail again). */
  expired: number;
  /** Live exception entries expiring within `waivers.warnDays`. */
  expiring: number;
  /** Live exception entries that matched no finding. */
  stale: number;
  /** Findings suppressed by a `bylaw:ignore` comment. */
  inline: number;
}

/** How the run compared with its baseline. */
export interface BaselineCounts {
  /** Baseline file as given. */
  file: string;
  /** Entries in the baseline. */
  entries: number;
  /** Failing findings found in the baseline (now `waived`, kind `baseline`). */
  matched: number;
  /** Failing findings not in the baseline. */
  new: number;
  /** Baseline entries on scanned files that no longer fail (listed in notes `baseline-fixed`). */
  fixed: number;
}

/** One run: the result JSON contract (`--format json`). */
export interface Result {
  schemaVersion: '1';
  tool: { name: 'bylaw'; version: string };
  run: { startedAt: string; commit?: string; ref?: string; root?: string; changedSince?: string; shard?: string };
  packs: PackRef[];
  inputs: InputRef[];
  findings: Finding[];
  errors: Diagnostic[];
  summary: Summary;
  rules?: RuleMeta[];
  controls?: ControlMeta[];
  /** Waivers that matched nothing, waivers about to expire, baseline-fixed findings, notes. */
  notes?: Note[];
}

export interface Note {
  code: string;
  message: string;
  path?: string;
  line?: number;
}
