/** Types for targets.mjs. */
export interface Row { id: string; wallMs?: number; cpuMs?: number; rssMb?: number; files?: number }
export interface Check { id: string; target: string; measured: string; value?: number; cpu?: number; pass?: boolean }
export declare function checkTargets(rows: Row[], extra: Record<string, number | undefined>): Check[];
