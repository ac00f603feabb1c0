import type { Result } from './types.js';

/** DESIGN exit statuses: 0 nothing at or above the threshold failed; 1 something did. (2 and 3 come from errors.) */
export function exitCode(result: Result): 0 | 1 {
  return result.summary.verdict === 'fail' ? 1 : 0;
}
