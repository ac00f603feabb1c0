/** Types for k8s.mjs. */
export declare const PRIMARY_KINDS: Record<string, number>;
