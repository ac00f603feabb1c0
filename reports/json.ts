import type { Reporter } from './reporter.js';

/** The result contract itself (DESIGN.md "Result JSON"), two-space indented, trailing newline. */
export const json: Reporter = (result) => JSON.stringify(result, null, 2) + '\n';
