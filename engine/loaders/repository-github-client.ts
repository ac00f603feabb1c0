import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import type { GitHubRequest } from './repository-github.js';

const Client = Octokit.plugin(retry);

/**
 * The GitHub settings source for the `repository` input, from the environment as GitHub Actions sets it:
 * `BYLAW_GITHUB_TOKEN` or `GITHUB_TOKEN`, `GITHUB_REPOSITORY` (`owner/repo`) and `GITHUB_API_URL` (GitHub
 * Enterprise). Undefined without a token or repository, and then the settings rules are `skip`.
 * The client retries server errors and never logs (the token is never printed).
 */
export function githubClientFromEnv(env: NodeJS.ProcessEnv): { request: GitHubRequest; repository: string } | undefined {
  const token = env.BYLAW_GITHUB_TOKEN || env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  const octokit = new Client({
    auth: token,
    baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'bylaw',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { retries: 1 },
  });
  return { request: octokit.request as unknown as GitHubRequest, repository };
}
