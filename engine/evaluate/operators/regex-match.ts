import { regexTest } from '../regex.js';
import type { Operator } from './operator.js';

/** `{"regex_match": [value, "pattern", "flags?"]}`: RE2 (linear-time) search; non-strings never match. */
export const regexMatch: Operator = {
  name: 'regex_match',
  description: 'True when the string matches the RE2 pattern (unanchored; flags i, m, s).',
  fn: ([value, pattern, flags]) =>
    typeof value === 'string' && typeof pattern === 'string' && regexTest(pattern, value, typeof flags === 'string' ? flags : ''),
};
