import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonChunks } from '../../reports/json.js';
import type { Result } from '../../engine/types.js';

/** The streamed JSON must be byte for byte what JSON.stringify gives (the contract's text), for every fixture. */
describe('JSON result in pieces', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'results');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s', (file) => {
    const result = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Result;
    expect([...jsonChunks(result)].join('')).toBe(JSON.stringify(result, null, 2) + '\n');
    const empty = { ...result, findings: [], notes: undefined };
    expect([...jsonChunks(empty)].join('')).toBe(JSON.stringify(empty, null, 2) + '\n');
  });
});
