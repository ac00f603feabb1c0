import { CORE_SCHEMA } from 'js-yaml';
import type { Document, Location, Target } from '../types.js';
import type { Loader, Parsed } from './loader.js';
import { readYaml } from '../source/yaml-source.js';
import { parsePointer } from '../source/pointer.js';
import { findDependencyUpdates, findEcosystems, findWellKnown, type Ecosystem } from './repository-files.js';
import type { GitHubSettings } from './repository-github.js';
import { parseErrorAt } from './parse-error-at.js';

/**
 * The repository itself as one target (`repository` input type, kind `repository`). It is not read from a
 * file: the scan calls `repositoryDocument(files, github)` once with every path under the root (relative,
 * `/`-separated, before loader filtering) and, when a token is configured, the settings from
 * `fetchGitHubSettings` (repository-github.ts). Findings about a file point at it (a manifest for a missing
 * lockfile); findings about something missing point at the repository root `.`, line 1.
 */

/** `resource` for repository rules. */
export interface RepositoryData {
  /** Well-known files (path, or null when absent). */
  license: string | null;
  readme: string | null;
  security: string | null;
  codeowners: string | null;
  contributing: string | null;
  /** Dependabot or Renovate configuration, or null. */
  dependencyUpdates: string | null;
  /** Package manifests and their lockfiles. */
  ecosystems: Ecosystem[];
  /** Settings from the GitHub API, or null without a token (rules on them are then `skip`). */
  github: GitHubSettings | null;
  /** Number of files seen. */
  fileCount: number;
}

const ROOT = '.';

/** Build the repository document from the file list (and GitHub settings when available). */
export function repositoryDocument(files: readonly string[], github: GitHubSettings | null = null): Document {
  const sorted = [...new Set(files.map((f) => f.replace(/\\/g, '/').replace(/^\.\//, '')))].sort();
  const set = new Set(sorted);
  const data: RepositoryData = {
    license: findWellKnown(set, 'license', sorted),
    readme: findWellKnown(set, 'readme', sorted),
    security: findWellKnown(set, 'security', sorted),
    codeowners: findWellKnown(set, 'codeowners', sorted),
    contributing: findWellKnown(set, 'contributing', sorted),
    dependencyUpdates: findDependencyUpdates(set),
    ecosystems: findEcosystems(set, sorted),
    github,
    fileCount: sorted.length,
  };
  const at = (path: string, pointer: string): Location => ({ path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, pointer });
  return {
    path: ROOT,
    type: 'repository',
    index: 0,
    count: 1,
    data,
    locate(pointer: string): Location {
      const [head, index] = parsePointer(pointer);
      if (head === 'ecosystems' && index !== undefined) {
        const eco = data.ecosystems[Number(index)];
        if (eco) return at(eco.manifest, pointer);
      }
      const value = head === undefined ? undefined : (data as unknown as Record<string, unknown>)[head];
      return at(typeof value === 'string' && ['license', 'readme', 'security', 'codeowners', 'contributing', 'dependencyUpdates'].includes(head) ? value : ROOT, pointer);
    },
  };
}

/**
 * A recorded repository snapshot (`files: [paths]`, optional `github:` settings as `fetchGitHubSettings` returns
 * them), for `bylaw test` cases and offline evaluation. Never picked for scanned files (`accepts` is false).
 */
function parseSnapshot(file: { path: string; text: string }, limits: Parameters<Loader['parse']>[1]): Parsed {
  const read = readYaml(file, { schema: CORE_SCHEMA, limits, type: 'repository' });
  if (read.errors.length) return { documents: [], errors: read.errors };
  const doc = read.documents[0];
  const data = doc?.data as { files?: unknown; github?: unknown } | undefined;
  if (!data || !Array.isArray(data.files) || !data.files.every((f) => typeof f === 'string')) {
    const message = 'a repository snapshot needs `files:`, a list of paths';
    return { documents: [], errors: [doc ? parseErrorAt(doc, '/files', message) : { line: 1, column: 1, code: 'parse-error', message }] };
  }
  const github = data.github && typeof data.github === 'object' ? (data.github as GitHubSettings) : null;
  return { documents: [repositoryDocument(data.files as string[], github)], errors: [] };
}

export const repository: Loader = {
  type: 'repository',
  description: 'The repository itself: well-known files, lockfiles and, with a token, GitHub settings (one target per scan)',
  accepts: () => false,
  parse: parseSnapshot,
  targets(document): Target[] {
    if (document.type !== 'repository') return [];
    const data = document.data as RepositoryData;
    return [
      {
        document,
        pointer: '',
        resource: { type: 'repository', kind: 'repository', name: data.github?.repository ?? ROOT },
        value: data,
      },
    ];
  },
};
