import { YAML11_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, type Schema } from 'js-yaml';
import { setOwn } from '../loaders/is-record.js';

/**
 * YAML schema for CloudFormation templates: YAML 1.1 (as CloudFormation reads templates) plus the intrinsic
 * function short forms, each turned into its long JSON form so rules see one shape whatever the author wrote:
 * `!Ref X` → `{"Ref": "X"}`, `!Condition X` → `{"Condition": "X"}`, `!GetAtt A.B.C` → `{"Fn::GetAtt": ["A", "B.C"]}`,
 * every other `!Name v` → `{"Fn::Name": v}`, on scalars, sequences and mappings alike.
 */

const FUNCTIONS = [
  'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform',
  'And', 'Equals', 'If', 'Not', 'Or', 'Length', 'ToJsonString', 'ForEach',
];
const PLAIN = ['Ref', 'Condition'];

function longName(tag: string): string {
  return PLAIN.includes(tag) ? tag : `Fn::${tag}`;
}

function wrap(name: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  setOwn(out, name, value);
  return out;
}

function tagsFor(tag: string) {
  const name = longName(tag);
  return [
    defineScalarTag(`!${tag}`, {
      resolve: (src) => {
        if (tag === 'GetAtt') {
          const dot = src.indexOf('.');
          return wrap(name, dot < 0 ? [src] : [src.slice(0, dot), src.slice(dot + 1)]);
        }
        return wrap(name, src);
      },
      identify: () => false,
    }),
    defineSequenceTag(`!${tag}`, {
      create: () => [] as unknown[],
      addItem: (c, item) => {
        c.push(item);
      },
      finalize: (c) => wrap(name, c),
      identify: () => false,
    }),
    defineMappingTag<Map<unknown, unknown>, Record<string, unknown>>(`!${tag}`, {
      create: () => new Map<unknown, unknown>(),
      addPair: (c, k, v) => {
        c.set(String(k), v);
        return '';
      },
      has: (c, k) => c.has(String(k)),
      keys: (r) => Object.keys(r[name] as Record<string, unknown>),
      get: (r, k) => (r[name] as Record<string, unknown>)[String(k)],
      finalize: (c) => {
        const obj: Record<string, unknown> = {};
        for (const [k, v] of c) setOwn(obj, String(k), v);
        return wrap(name, obj);
      },
      identify: () => false,
    }),
  ];
}

/** The CloudFormation YAML schema (see module doc). */
export const CFN_SCHEMA: Schema = YAML11_SCHEMA.withTags(...[...PLAIN, ...FUNCTIONS].flatMap(tagsFor));
