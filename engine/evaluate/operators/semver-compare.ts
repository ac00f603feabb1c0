import semver from 'semver';
import type { Operator } from './operator.js';

/** `{"semver_satisfies": [version, range]}`: npm semver range check (coerces `v1.2` style versions). */
export const semverSatisfies: Operator = {
  name: 'semver_satisfies',
  description: 'True when the version satisfies the semver range (versions like v1.25 are coerced).',
  fn: ([version, range]) => {
    if (typeof version !== 'string' || typeof range !== 'string') return false;
    const v = semver.coerce(version);
    return v !== null && semver.validRange(range) !== null && semver.satisfies(v, range);
  },
};
