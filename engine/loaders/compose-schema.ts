import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, mapTag, mergeTag, seqTag } from 'js-yaml';

/** `!reset` / `!override`: Compose's merge-control tags. In one file they change nothing, so they keep the value. */
function composeTags(name: string) {
  const never = () => false;
  return [
    defineScalarTag(name, { resolve: (source) => (source === '' || source === 'null' || source === '~' ? null : source), identify: never }),
    defineSequenceTag(name, { create: seqTag.create, addItem: seqTag.addItem, finalize: seqTag.finalize, identify: never }),
    defineMappingTag(name, {
      create: mapTag.create,
      addPair: mapTag.addPair,
      has: mapTag.has,
      keys: mapTag.keys,
      get: mapTag.get,
      finalize: mapTag.finalize,
      identify: never,
    }),
  ];
}

/**
 * YAML as Docker Compose reads it (compose-go on go-yaml v3): YAML 1.2 core scalars (`yes`/`on` are strings at
 * parse time), `<<` merge keys, and the `!reset` / `!override` tags.
 */
export const COMPOSE_SCHEMA = CORE_SCHEMA.withTags(mergeTag, ...composeTags('!reset'), ...composeTags('!override'));
