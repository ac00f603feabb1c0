/** Types for k8s-ruleset.mjs. */
export declare const k8sRuleset: { rules: Record<string, { description: string; given: string | string[]; severity: string; then: unknown }> };
