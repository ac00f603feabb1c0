import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import semver from 'semver';
import type { GitHubRef } from './github-ref.js';
import { MAX_TARBALL_BYTES } from './cache.js';

const Client = Octokit.plugin(retry);

/** Where remote packs are fetched from: GITHUB_API_URL (or config), and a token when one is set. */
export interface RemoteSettings {
  baseUrl: string;
  token?: string;
  cacheDir: string;
}

/** What bylaw asks of the GitHub REST API for remote packs (an interface, so tests and callers can swap it). */
export interface PackSource {
  /** The commit SHA a tag, branch or short SHA names. */
  resolveCommit(owner: string, repo: string, ref: string): Promise<string>;
  /** Tags with the commits they point at (every page). */
  listTags(owner: string, repo: string): Promise<{ name: string; sha: string }[]>;
  /** The repository as a gzipped tarball at a commit. */
  tarball(owner: string, repo: string, sha: string): Promise<Buffer>;
}

/** Settings from the environment: GITHUB_API_URL, BYLAW_GITHUB_TOKEN or GITHUB_TOKEN, BYLAW_CACHE_DIR. */
export function remoteSettings(env: NodeJS.ProcessEnv, cacheDir: string, apiUrl?: string): RemoteSettings {
  const token = env.BYLAW_GITHUB_TOKEN || env.GITHUB_TOKEN || undefined;
  return { baseUrl: (apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''), token, cacheDir };
}

/** Read a response body stream, refusing it past `limit` bytes (announced or not). */
async function readBounded(body: ReadableStream<Uint8Array> | null | undefined, limit: number, announced?: number): Promise<Buffer> {
  const tooLarge = (): Error => new Error(`response is larger than ${limit} bytes`);
  if (!body) return Buffer.alloc(0);
  if (announced && announced > limit) {
    await body.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let seen = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A PackSource over octokit (retries on 5xx and rate limits; the token is never printed). */
export function githubPackSource(settings: RemoteSettings): PackSource {
  const octokit = new Client({
    baseUrl: settings.baseUrl,
    auth: settings.token,
    userAgent: 'bylaw',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { retries: 2 },
  });
  return {
    async resolveCommit(owner, repo, ref) {
      const res = await octokit.rest.repos.getCommit({ owner, repo, ref, mediaType: { format: 'sha' } });
      const sha = String(res.data as unknown).trim();
      if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`unexpected answer for ${owner}/${repo}@${ref}: not a commit SHA`);
      return sha;
    },
    async listTags(owner, repo) {
      const tags = await octokit.paginate(octokit.rest.repos.listTags, { owner, repo, per_page: 100 });
      return tags.map((t) => ({ name: t.name, sha: t.commit.sha }));
    },
    async tarball(owner, repo, sha) {
      // The raw body, read here with a size bound (octokit would buffer any size, and turns read errors into empty data).
      const res = await octokit.rest.repos.downloadTarballArchive({ owner, repo, ref: sha, request: { parseSuccessResponseBody: false } });
      return readBounded(res.data as unknown as ReadableStream<Uint8Array>, MAX_TARBALL_BYTES, Number(res.headers['content-length'] ?? 0));
    },
  };
}

/** The newest tag whose version satisfies the range (`v1.2.3` and `1.2.3` both count as 1.2.3). */
export function newestTag(tags: { name: string; sha: string }[], range: string): { name: string; sha: string } | undefined {
  const matching = tags
    .map((t) => ({ ...t, version: semver.valid(semver.clean(t.name) ?? '') }))
    .filter((t): t is { name: string; sha: string; version: string } => !!t.version && semver.satisfies(t.version, range))
    .sort((a, b) => semver.rcompare(a.version, b.version) || (a.name < b.name ? -1 : 1));
  return matching[0] && { name: matching[0].name, sha: matching[0].sha };
}

/** A one-line, token-free description of a failed API call. */
export function describeFailure(ref: GitHubRef, err: unknown): string {
  const status = (err as { status?: unknown } | null)?.status;
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200);
  const hint = status === 404 ? ' (no such repository, ref or path, or the token cannot see it: set BYLAW_GITHUB_TOKEN or GITHUB_TOKEN)' : status === 401 || status === 403 ? ' (check BYLAW_GITHUB_TOKEN / GITHUB_TOKEN)' : '';
  return `remote pack ${ref.raw}: ${typeof status === 'number' ? `HTTP ${status}: ` : ''}${message}${hint}`;
}
