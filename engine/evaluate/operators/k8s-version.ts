import type { Operator } from './operator.js';

/**
 * Kubernetes policy versions as pod-security-admission reads them: `latest`, or `v1.N` (no leading zeros).
 * `latest` is newer than every `v1.N`. Anything else (including a missing value) reads as `latest`, which is
 * what PSA falls back to when a namespace label does not parse.
 */
export function k8sMinor(version: unknown): number {
  if (typeof version !== 'string') return Number.POSITIVE_INFINITY;
  const m = /^v1\.(0|[1-9][0-9]*)$/.exec(version);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** The bound of a comparison must be a real `v1.N`; a malformed bound makes the comparison false. */
function bound(version: unknown): number | undefined {
  const n = k8sMinor(version);
  return Number.isFinite(n) ? n : undefined;
}

/** `{"k8s_version_gte": [version, "v1.22"]}`: the policy version is v1.22 or newer (`latest` always is). */
export const k8sVersionGte: Operator = {
  name: 'k8s_version_gte',
  description: 'True when a Kubernetes policy version (`latest` or `v1.N`) is at least the given `v1.M`; `latest` is newest.',
  fn: ([version, min]) => {
    const b = bound(min);
    return b !== undefined && k8sMinor(version) >= b;
  },
};

/** `{"k8s_version_lt": [version, "v1.19"]}`: the policy version is older than v1.19 (`latest` never is). */
export const k8sVersionLt: Operator = {
  name: 'k8s_version_lt',
  description: 'True when a Kubernetes policy version (`latest` or `v1.N`) is older than the given `v1.M`; `latest` is newest.',
  fn: ([version, max]) => {
    const b = bound(max);
    return b !== undefined && k8sMinor(version) < b;
  },
};
