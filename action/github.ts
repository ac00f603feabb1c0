import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const Client = Octokit.plugin(retry, throttling);

/** The REST client the Action uses (octokit with retries and rate-limit throttling). Passed in, never global. */
export type GitHubClient = InstanceType<typeof Client>;

/** Where diagnostics from the client go (the runner's debug log). */
export interface ClientLog {
  debug(message: string): void;
  warning(message: string): void;
}

/**
 * Create the client for `baseUrl` (GITHUB_API_URL, so GitHub Enterprise Server works). Primary rate limits are
 * retried twice after the reset; secondary limits once. Request logs never include the token.
 */
export function createClient(token: string, baseUrl: string, log: ClientLog): GitHubClient {
  return new Client({
    auth: token,
    baseUrl,
    userAgent: 'bylaw-action',
    log: { debug: log.debug, info: log.debug, warn: log.debug, error: log.debug },
    throttle: {
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        log.warning(`GitHub API rate limit hit for ${options.method} ${options.url}; retrying in ${retryAfter}s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        log.warning(`GitHub API secondary rate limit hit for ${options.method} ${options.url}; retrying in ${retryAfter}s`);
        return retryCount < 1;
      },
    },
  });
}

/** HTTP status of an octokit error, if any. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * True when the token may not do this (403 "Resource not accessible by integration", or 404 which GitHub
 * returns for resources a token cannot see): the Action degrades instead of failing.
 */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error);
  return status === 403 || status === 404;
}

/** A short, token-free description of an API failure for notices. */
export function describeApiError(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return status ? `HTTP ${status}: ${message.split('\n')[0].slice(0, 200)}` : message.split('\n')[0].slice(0, 200);
}
