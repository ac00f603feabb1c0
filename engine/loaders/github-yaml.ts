import { CORE_SCHEMA } from 'js-yaml';
import type { Limits } from '../limits.js';
import type { Parsed, SourceFile } from './loader.js';
import { readYaml } from '../source/yaml-source.js';
import { yamlMergeKeys } from './yaml-merge-keys.js';
import { parseErrorAt } from './parse-error-at.js';

/** The shape GitHub requires of each document, and the error (at `pointer`) when a document lacks it. */
export interface GitHubYamlShape {
  valid(data: unknown): boolean;
  pointer: string;
  message: string;
}

/**
 * Read a GitHub Actions file (workflow or action metadata) as GitHub does: YAML 1.2 core schema, anchors and
 * aliases resolved, `<<` merge keys reported as parse errors (GitHub rejects them), and a parse error at
 * `shape.pointer` for each document that is not what `shape.valid` accepts.
 */
export function readGitHubYaml(file: SourceFile, limits: Limits, type: string, shape: GitHubYamlShape): Parsed {
  const parsed = readYaml(file, { schema: CORE_SCHEMA, limits, type });
  for (const doc of parsed.documents) {
    parsed.errors.push(...yamlMergeKeys(doc, 'GitHub Actions'));
    if (!shape.valid(doc.data)) parsed.errors.push(parseErrorAt(doc, shape.pointer, shape.message));
  }
  return parsed;
}
