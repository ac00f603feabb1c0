import picomatch from 'picomatch';
import type { Operator } from './operator.js';

const cache = new Map<string, (s: string) => boolean>();

/** Compiled glob matcher (picomatch, `dot: true`), cached by pattern. */
export function globMatcher(pattern: string): (s: string) => boolean {
  let m = cache.get(pattern);
  if (!m) {
    m = picomatch(pattern, { dot: true });
    if (cache.size > 5000) cache.clear();
    cache.set(pattern, m);
  }
  return m;
}

/** `{"glob_match": [value, pattern | [patterns]]}`: true when the string matches any glob. */
export const globMatch: Operator = {
  name: 'glob_match',
  description: 'True when the string matches the glob (or any glob of a list).',
  fn: ([value, patterns]) => {
    if (typeof value !== 'string') return false;
    const list = Array.isArray(patterns) ? patterns : [patterns];
    return list.some((p) => typeof p === 'string' && globMatcher(p)(value));
  },
};
