/** Types for files.mjs. */
export declare function listFiles(dir: string, pattern?: RegExp): string[];
export declare function report(fields: Record<string, unknown>): void;
