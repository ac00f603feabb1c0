import semver from 'semver';

/** A parsed `github:OWNER/REPO[/PATH]@REF` pack reference. */
export interface GitHubRef {
  /** The reference exactly as written (the key in bylaw.lock). */
  raw: string;
  owner: string;
  repo: string;
  /** Directory or file of the pack inside the repository, `/`-separated, no leading slash ('' = repository root). */
  path: string;
  ref: string;
  /** `commit`: a full 40-hex SHA; `range`: a semver range over the repository's tags; `name`: a tag (or branch) name. */
  kind: 'commit' | 'range' | 'name';
}

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const PATH_SEGMENT = /^[A-Za-z0-9_.@+-]{1,255}$/;

export const isGitHubRef = (ref: string): boolean => ref.startsWith('github:');

/**
 * Parse a remote pack reference. A plain version (`v1.2.0`, `1.2.0`) is a tag name; anything else semver accepts
 * as a range (`^1.2`, `~1.4.0`, `1.x`, `>=1 <2`) is a range over the tags, newest match wins.
 */
export function parseGitHubRef(raw: string): GitHubRef | { error: string } {
  const body = raw.slice('github:'.length);
  const at = body.lastIndexOf('@');
  if (at <= 0 || at === body.length - 1) return { error: `remote pack "${raw}": expected github:OWNER/REPO[/PATH]@REF (a tag, a commit SHA or a semver range)` };
  const [owner, repo, ...rest] = body.slice(0, at).split('/');
  const ref = body.slice(at + 1);
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') return { error: `remote pack "${raw}": invalid owner or repository name (expected github:OWNER/REPO[/PATH]@REF)` };
  const segments = rest.filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || !PATH_SEGMENT.test(s))) return { error: `remote pack "${raw}": invalid path inside the repository` };
  if (/[\s~^:?*[\\]/.test(ref) && semver.validRange(ref) === null) return { error: `remote pack "${raw}": "${ref}" is not a valid git ref or semver range` };
  const kind = /^[0-9a-f]{40}$/.test(ref) ? 'commit' : semver.valid(ref) === null && semver.validRange(ref) !== null ? 'range' : 'name';
  return { raw, owner, repo, path: segments.join('/'), ref, kind };
}
