import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reporters } from '../../reports/index.js';
import type { ReportOptions } from '../../reports/reporter.js';
import { FIXTURES, loadResult } from './helpers/fixtures.js';

const GOLDEN = fileURLToPath(new URL('./__golden__/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const LINK_BASE = 'https://github.com/acme/shop/blob/4f9c2d1e8b7a6f5e4d3c2b1a09f8e7d6c5b4a392';

/** Each format (and Markdown variant) with the golden file suffix and the options it is rendered with. */
const CASES: [string, keyof typeof reporters, ReportOptions][] = [
  ['sarif', 'sarif', {}],
  ['junit.xml', 'junit', {}],
  ['summary.md', 'markdown', { variant: 'summary', linkBase: LINK_BASE }],
  ['comment.md', 'markdown', { variant: 'comment', linkBase: LINK_BASE }],
  ['html', 'html', { linkBase: LINK_BASE }],
  ['csv', 'csv', {}],
  ['oscal.json', 'oscal', {}],
];

it('every golden file belongs to a fixture and a format (none stale)', () => {
  const expected = FIXTURES.flatMap((fixture) => CASES.map(([suffix]) => `${fixture}.${suffix}`)).sort();
  expect(readdirSync(GOLDEN).filter((name) => !name.startsWith('.')).sort()).toEqual(expected);
});

describe.each(FIXTURES)('golden: %s', (fixture) => {
  it.each(CASES)(`${fixture}.%s`, (suffix, format, options) => {
    const output = reporters[format](loadResult(fixture), options);
    const file = `${GOLDEN}${fixture}.${suffix}`;
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, output);
    }
    expect(existsSync(file), `missing golden file ${file} (run with UPDATE_GOLDEN=1)`).toBe(true);
    expect(Buffer.from(output, 'utf8').equals(readFileSync(file)), `${fixture}.${suffix} differs from its golden file (UPDATE_GOLDEN=1 rewrites)`).toBe(true);
  });

  it('renders the same bytes twice (pure, deterministic)', () => {
    for (const [, format, options] of CASES) {
      expect(reporters[format](loadResult(fixture), options)).toBe(reporters[format](loadResult(fixture), options));
    }
  });
});
