import { RE2JS } from 're2js';

/**
 * Regular expressions from policies run on RE2 (linear time, no backtracking), so no pattern can blow up on
 * hostile input. Compiled patterns are cached; invalid patterns throw with RE2's message.
 */
const cache = new Map<string, RE2JS>();

export function compileRegex(pattern: string, flags = ''): RE2JS {
  const key = flags + '/' + pattern;
  let re = cache.get(key);
  if (!re) {
    let f = 0;
    if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
    if (flags.includes('m')) f |= RE2JS.MULTILINE;
    if (flags.includes('s')) f |= RE2JS.DOTALL;
    re = RE2JS.compile(pattern, f);
    if (cache.size > 5000) cache.clear();
    cache.set(key, re);
  }
  return re;
}

/** True when the pattern matches anywhere in the text (unanchored, like JavaScript's RegExp#test). */
export function regexTest(pattern: string, text: string, flags = ''): boolean {
  return compileRegex(pattern, flags).matcher(text).find();
}
