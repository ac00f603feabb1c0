/** `permissions:` of a workflow or job, normalised so rules need not handle its three spellings. */
export interface NormalizedPermissions {
  /** Whether the key is present at this level. */
  declared: boolean;
  /** `read-all`, `write-all`, `scopes` (a map, possibly `{}`), `none` (not declared) or `invalid`. */
  mode: 'read-all' | 'write-all' | 'scopes' | 'none' | 'invalid';
  /** Scope → access for the map form (`contents: read`), in sorted key order. */
  scopes: Record<string, string>;
  /** Scopes granted `write`, sorted; `['*']` for `write-all`. */
  write: string[];
}

/** Normalise a `permissions:` value (`read-all` | `write-all` | `{scope: read|write|none}` | absent). */
export function normalizePermissions(value: unknown, declared: boolean): NormalizedPermissions {
  if (!declared) return { declared, mode: 'none', scopes: {}, write: [] };
  if (value === 'read-all') return { declared, mode: 'read-all', scopes: {}, write: [] };
  if (value === 'write-all') return { declared, mode: 'write-all', scopes: {}, write: ['*'] };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { declared, mode: 'invalid', scopes: {}, write: [] };
  }
  const scopes: Record<string, string> = {};
  const write: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const access = String((value as Record<string, unknown>)[key]);
    scopes[key] = access;
    if (access === 'write') write.push(key);
  }
  return { declared, mode: 'scopes', scopes, write };
}
