/** Bounds that keep hostile input from exhausting time or memory. All configurable (`limits:` in .bylaw.yaml). */
export interface Limits {
  /** Largest file read, in bytes; larger files are skipped with a note. */
  maxFileBytes: number;
  /** Deepest nesting of collections in one document. */
  maxDepth: number;
  /** Most alias nodes (`*ref`) in one YAML document. */
  maxAliases: number;
  /** Most keys brought in by merge keys (`<<`) in one file. */
  maxMergeKeys: number;
  /** Most documents in one file. */
  maxDocuments: number;
  /** Time budget for one rule on one file, in milliseconds. */
  ruleTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxDepth: 200,
  maxAliases: 1000,
  maxMergeKeys: 10000,
  maxDocuments: 25000,
  ruleTimeoutMs: 2000,
};
