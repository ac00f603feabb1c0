/** Types for profile.mjs. */
export declare function moduleMap(bundleText: string): [number, string][];
export declare function summarise(
  profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] },
  bundlePath?: string,
  bundleText?: string,
): { totalMs: number; functions: [string, number][]; modules: [string, number][] };
export declare function profileRun(argv: string[], cwd: string, dir: string): ReturnType<typeof summarise> | undefined;
