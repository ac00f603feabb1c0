/**
 * bylaw's public API: the only import for the CLI and the Action.
 */
export type * from './types.js';
export type { ScanOptions } from './scan/options.js';
export { scan } from './scan/scan.js';
export { verdict, isFailing, compareFindings } from './scan/result.js';
export { EngineError, EngineErrors, formatDiagnostic } from './errors.js';
export { loadConfig } from './config/load-config.js';
export { loadPolicies, packRefsFor } from './policy/load-policies.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export { VERSION } from './version.js';
export { render } from './render.js';
export { exitCode } from './exit-code.js';
export { policyDiff, type PolicyDiff, type PolicyDiffOptions, type FindingChange, type PolicySide } from './policy-diff/policy-diff.js';
export { renderPolicyDiff, diffMarkdown, diffText, type DiffFormat } from './policy-diff/render-diff.js';
export { baselineText, readBaseline } from './baseline/baseline-file.js';
