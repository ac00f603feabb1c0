import type { Result } from '../engine/types.js';
import type { Reporter } from './reporter.js';

/**
 * The result contract in pieces: exactly the text of `JSON.stringify(result, null, 2)` plus a newline, produced a
 * finding at a time so a large result can be written to a file without one giant string.
 */
export function* jsonChunks(result: Result): Generator<string> {
  const keys = Object.keys(result) as (keyof Result)[];
  yield '{';
  let first = true;
  for (const key of keys) {
    const value = result[key];
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (key === 'findings' && Array.isArray(value) && value.length > 0) {
      yield '[';
      for (let j = 0; j < value.length; j++) yield `${j === 0 ? '' : ','}\n    ${JSON.stringify(value[j], null, 2).replace(/\n/g, '\n    ')}`;
      yield '\n  ]';
    } else {
      yield JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    }
  }
  yield '\n}\n';
}

/** The result contract itself (DESIGN.md "Result JSON"), two-space indented, trailing newline. */
export const json: Reporter = (result) => [...jsonChunks(result)].join('');
