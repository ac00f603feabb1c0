import { Ajv, type ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { loadSchema } from './fixtures.js';

// Both packages are CommonJS with a default export; under NodeNext the import is `module.exports`.
type AjvLike = { compile(schema: object): ValidateFunction; errorsText(errors?: unknown): string };
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as new (options: object) => AjvLike;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: unknown) => void;

/** A validator with its error text, for `expect(validate(x), errors()).toBe(true)`. */
export interface Validator {
  (data: unknown): boolean;
  errors(): string;
}

function wrap(ajv: AjvLike, validate: ValidateFunction): Validator {
  return Object.assign((data: unknown) => validate(data) as boolean, { errors: () => ajv.errorsText(validate.errors) });
}

/**
 * The official SARIF 2.1.0 schema (JSON Schema draft-04, so ajv-draft-04; `strict: false` because the schema
 * itself trips strict mode, as its SOURCES.md notes). Formats (uri, date-time) are checked.
 */
export function sarifValidator(): Validator {
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats(ajv);
  return wrap(ajv, ajv.compile(loadSchema('sarif-schema-2.1.0.json')));
}

/**
 * The official OSCAL 1.1.3 assessment-results schema, compiled in Ajv's strict mode with formats; its `\p{L}`
 * patterns work with Ajv's default `unicodeRegExp: true`, so nothing is relaxed.
 */
export function oscalValidator(): Validator {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return wrap(ajv as unknown as AjvLike, ajv.compile(loadSchema('oscal_assessment-results_schema.json')));
}

/** Any schema in Ajv's default (draft-07) mode, non-strict (for the lead's result schema). */
export function draft07Validator(schema: object): Validator {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return wrap(ajv as unknown as AjvLike, ajv.compile(schema));
}
