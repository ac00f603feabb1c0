import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { compileRegex } from './regex.js';

/**
 * The ajv instance for JSON Schemas written inside rules (`schema:`). Separate from the one that validates
 * policy files, strict so a malformed schema is an error, and with `pattern`/`patternProperties` running on
 * RE2 (linear time) instead of JavaScript's backtracking RegExp.
 */
function re2Engine(pattern: string, flags: string): { test: (s: string) => boolean } {
  const re = compileRegex(pattern, flags.replace(/[ugy]/g, ''));
  return { test: (s: string) => re.matcher(s).find() };
}
re2Engine.code = 're2Engine';

let instance: Ajv | undefined;

export function ruleAjv(): Ajv {
  if (!instance) {
    instance = new Ajv({
      allErrors: false,
      strict: true,
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
      allowUnionTypes: true,
      validateSchema: true,
      addUsedSchema: false,
      code: { regExp: re2Engine as never },
    });
    (addFormats as unknown as (a: Ajv) => void)(instance);
  }
  return instance;
}

/** Count the nodes of a schema to reject enormous ones before compiling. */
export function schemaSize(schema: unknown, limit: number): number {
  let n = 0;
  const stack: unknown[] = [schema];
  while (stack.length && n <= limit) {
    const v = stack.pop();
    n++;
    if (v && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
  }
  return n;
}
