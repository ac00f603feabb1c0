import { CORE_SCHEMA, JSON_SCHEMA, mergeTag } from 'js-yaml';
import type { Loader } from './loader.js';
import { readYaml } from '../source/yaml-source.js';

/** Any other YAML file (YAML 1.2 core schema with merge keys); the whole document is one target. */
export const yaml: Loader = {
  type: 'yaml',
  defaultPath: 'case.yaml',
  description: 'Any other YAML file (YAML 1.2), one target per document',
  accepts: (path) => /\.ya?ml$/i.test(path),
  parse: (file, limits) => readYaml(file, { schema: CORE_SCHEMA.withTags(mergeTag), limits, type: 'yaml' }),
  targets: (document) => [{ document, pointer: '', resource: { type: 'yaml' }, value: document.data }],
};

/** Any other JSON file (duplicate keys: last wins, as JSON.parse); the whole document is one target. */
export const json: Loader = {
  type: 'json',
  defaultPath: 'case.json',
  description: 'Any other JSON file, one target',
  accepts: (path) => /\.json$/i.test(path),
  parse: (file, limits) => readYaml(file, { schema: JSON_SCHEMA, limits, type: 'json', json: true }),
  targets: (document) => [{ document, pointer: '', resource: { type: 'json' }, value: document.data }],
};
