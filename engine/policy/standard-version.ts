import semver from 'semver';

/**
 * Versions of a standard (`v1.25`, `1.25`, `latest`) and ranges: either `since`/`until` bounds (since inclusive,
 * until exclusive) or a semver range for pack versions. `latest` is newer than every numbered version.
 */
export function parseStandardVersion(v: string): number[] | 'latest' | undefined {
  if (v === 'latest') return 'latest';
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

export function compareStandardVersions(a: string, b: string): number {
  const x = parseStandardVersion(a);
  const y = parseStandardVersion(b);
  if (x === undefined || y === undefined) return a < b ? -1 : a > b ? 1 : 0;
  if (x === 'latest') return y === 'latest' ? 0 : 1;
  if (y === 'latest') return -1;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** `range` is a semver range string (pack versions) or `{since, until}` bounds (standard versions). */
export function versionInRange(version: string, range: string | { since?: string; until?: string }): boolean {
  if (typeof range === 'string') {
    if (range === '' || range === '*' || range === 'latest') return true;
    const v = semver.valid(version) ?? semver.coerce(version)?.version;
    return !!v && semver.validRange(range) !== null && semver.satisfies(v, range, { includePrerelease: true });
  }
  if (range.since && compareStandardVersions(version, range.since) < 0) return false;
  if (range.until && compareStandardVersions(version, range.until) >= 0) return false;
  return true;
}
