import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../action/inputs.js';

const actionYml = load(readFileSync('action.yml', 'utf8'), { schema: CORE_SCHEMA }) as any;
const schema = JSON.parse(readFileSync('test/fixtures/action/github-action.schema.json', 'utf8'));

/** DESIGN.md "GitHub Action": the contract; extend, never rename. */
const DESIGN_INPUTS = ['paths', 'config', 'policy', 'params', 'fail-on', 'soft-fail', 'format', 'output-dir', 'changed-only', 'annotations', 'comment', 'policy-from', 'upload-artifact', 'github-token'];
const DESIGN_OUTPUTS = ['verdict', 'failed', 'findings', 'sarif-file', 'report-dir'];

describe('action.yml', () => {
  it('validates against the SchemaStore action metadata schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(actionYml), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema is not a pushover: a wrong runtime is rejected', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ ...actionYml, runs: { using: 'node8', main: 'dist/index.js' } })).toBe(false);
  });

  it('runs the committed bundle on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares every input and output of the DESIGN.md contract', () => {
    expect(Object.keys(actionYml.inputs)).toEqual(expect.arrayContaining(DESIGN_INPUTS));
    expect(Object.keys(actionYml.outputs).sort()).toEqual([...DESIGN_OUTPUTS].sort());
  });

  it('declares exactly the inputs the code reads, with the same defaults', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, input] of Object.entries<any>(actionYml.inputs)) {
      if (String(input.default).includes('${{')) continue;
      expect(String(input.default), name).toBe(INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS]);
    }
    expect(actionYml.inputs['github-token'].default).toBe('${{ github.token }}');
  });
});
