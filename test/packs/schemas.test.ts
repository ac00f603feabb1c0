import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { load, CORE_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'engine', 'schema');
const EDITOR = ['rule', 'pack', 'config', 'cases', 'lock', 'exceptions'];

/** Every `$ref` in a JSON value. */
const refs = (v: unknown): string[] =>
  Array.isArray(v) ? v.flatMap(refs) : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => (k === '$ref' && typeof x === 'string' ? [x] : refs(x))) : [];

describe('editor schemas', () => {
  it.each(EDITOR)('%s.schema.json is self-contained and compiles alone, as an editor loads it', (name) => {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, `${name}.schema.json`), 'utf8'));
    expect(refs(schema).filter((r) => !r.startsWith('#'))).toEqual([]);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(() => new Ajv({ strict: false }).compile(schema)).not.toThrow();
  });

  it('every file bylaw init writes names its schema in a yaml-language-server modeline, and validates against it', async () => {
    const dir = tempTree({});
    expect((await cli(['init', '--org', 'acme'], dir)).code).toBe(0);
    const yamlFiles = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(d, e.name)) : /\.ya?ml$|^bylaw\.lock$/.test(e.name) ? [join(d, e.name)] : []));
    const files = yamlFiles(dir);
    expect(files.length).toBe(6);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
      expect(m, file).not.toBeNull();
      const schemaFile = resolve(dirname(file), m![1]);
      const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
      expect(schema).toEqual(JSON.parse(readFileSync(join(SCHEMAS, schemaFile.split('/').pop()!), 'utf8')));
      const validate = new Ajv({ strict: false }).compile(schema);
      expect(validate(load(text, { schema: CORE_SCHEMA })), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
