import type { Operator } from './operator.js';

/** A GitHub Actions `uses:` reference taken apart. */
export interface UsesRef {
  /** `action` (owner/repo[/path]@ref), `local` (./path), `docker` (docker://image) or `invalid`. */
  kind: 'action' | 'local' | 'docker' | 'invalid';
  /** `owner/repo` for actions and reusable workflows; the image for docker; the path for local. */
  name: string;
  /** Path inside the repository (`.github/workflows/x.yml`, `save`), '' when none. */
  path: string;
  /** Text after `@` ('' when absent). */
  ref: string;
  /** Immutable: a full 40-hex commit SHA for actions, a `sha256:` digest for docker images. Local is never "pinned". */
  pinned: boolean;
  /** Calls a reusable workflow (`.github/workflows/*.yml`). */
  workflow: boolean;
}

const SHA = /^[0-9a-f]{40}$/;
const DIGEST = /@sha256:[0-9a-f]{64}$/;

/** Take a `uses:` value apart; never throws. */
export function parseUsesRef(value: unknown): UsesRef {
  const invalid: UsesRef = { kind: 'invalid', name: '', path: '', ref: '', pinned: false, workflow: false };
  if (typeof value !== 'string') return invalid;
  const uses = value.trim();
  if (uses.startsWith('./') || uses.startsWith('.\\')) return { ...invalid, kind: 'local', name: uses };
  if (uses.startsWith('docker://')) {
    const image = uses.slice('docker://'.length);
    return { ...invalid, kind: 'docker', name: image, pinned: DIGEST.test(image) };
  }
  const at = uses.lastIndexOf('@');
  if (at <= 0) return { ...invalid, name: uses };
  const ref = uses.slice(at + 1);
  const parts = uses.slice(0, at).split('/');
  if (parts.length < 2 || !parts[0] || !parts[1]) return { ...invalid, name: uses.slice(0, at), ref };
  const path = parts.slice(2).join('/');
  return {
    kind: 'action',
    name: `${parts[0]}/${parts[1]}`,
    path,
    ref,
    pinned: SHA.test(ref),
    workflow: /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path),
  };
}

/** `{"parse_uses": "actions/checkout@v4"}` → `{kind, name, path, ref, pinned, workflow}` (see UsesRef). */
export const parseUses: Operator = {
  name: 'parse_uses',
  description: 'Takes a GitHub Actions `uses:` value apart: {kind: action|local|docker|invalid, name (owner/repo), path, ref, pinned, workflow}.',
  fn: ([value]) => parseUsesRef(value),
};
