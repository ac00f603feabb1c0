// Build step (used by esbuild.config.mjs): the policy-file JSON Schemas compiled to validator code with ajv's
// standalone mode, so the bundled CLI and Action do not compile them at every start. Same ajv options as
// engine/policy/validate.ts; the sources (tests) keep compiling at run time, and a test checks both agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

/** Names of the schemas in engine/schema/ that validatePolicyFile uses by name. */
export const PRECOMPILED = ['rule', 'pack', 'config', 'cases'];

/** ESM source exporting `precompiled = { rule, pack, config, cases }`. */
export function precompiledValidatorsSource(root) {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, code: { source: true, esm: true } });
  for (const name of PRECOMPILED) ajv.addSchema(JSON.parse(readFileSync(join(root, 'engine', 'schema', `${name}.schema.json`), 'utf8')), name);
  const generate = standalone.default ?? standalone;
  const code = generate(ajv, Object.fromEntries(PRECOMPILED.map((n) => [n, n])));
  return `${code}\nexport const precompiled = { ${PRECOMPILED.join(', ')} };\n`;
}
