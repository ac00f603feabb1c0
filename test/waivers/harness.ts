import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import resultSchema from '../../engine/schema/result.schema.json' with { type: 'json' };
import type { Result } from '../../engine/types.js';
import { cli } from '../helpers/cli.js';

/** The waivers test pack: wv-no-privileged (high, WV-1), wv-no-latest (medium, WV-2), wv-run-as-non-root (low, WV-1). */
export const PACK = join(import.meta.dirname, '..', 'fixtures', 'waivers', 'pack');
export const MANIFESTS = join(import.meta.dirname, '..', 'fixtures', 'waivers', 'manifests');

const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(resultSchema);

/** Scan `dir` with the test pack as JSON, on a pinned day; the result must validate against the result schema. */
export async function scanJson(dir: string, args: string[] = [], today = '2026-03-01'): Promise<{ code: number; result: Result; stderr: string }> {
  const r = await cli(['scan', '--policy', PACK, '--format', 'json', ...args], dir, { BYLAW_NOW: today });
  if (r.code > 1) return { code: r.code, result: undefined as never, stderr: r.stderr };
  const result = JSON.parse(r.stdout) as Result;
  if (!validate(result)) throw new Error(`result does not match result.schema.json: ${JSON.stringify(validate.errors)}`);
  return { code: r.code, result, stderr: r.stderr };
}

/** `path:line rule status` for every reported finding, in result order. */
export const brief = (result: Result): string[] => result.findings.map((f) => `${f.location.path}:${f.location.startLine} ${f.ruleId} ${f.status}`);
