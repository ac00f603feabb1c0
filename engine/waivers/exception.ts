import type { ResourceRef } from '../types.js';

/** One entry of an exceptions file, as read and checked, with where it is declared. */
export interface Exception {
  rule?: string;
  control?: string;
  /** Globs of scan-root-relative paths; any may match. */
  paths?: string[];
  /** Resources; any may match, each given field must be equal. */
  resources?: Partial<ResourceRef>[];
  /** Document pointer prefix (segment-wise). */
  pointer?: string;
  reason: string;
  ticket?: string;
  approvedBy: string;
  /** Last day the waiver applies (UTC), `YYYY-MM-DD`. */
  expires?: string;
  /** Exceptions file as shown in reports, and the 1-based line of the entry. */
  source: { path: string; line: number };
}

/** The raw YAML shape of one entry (snake_case as written by people): the same scopes, no source yet. */
export type ExceptionSpec = Omit<Exception, 'approvedBy' | 'source'> & { approved_by: string };
