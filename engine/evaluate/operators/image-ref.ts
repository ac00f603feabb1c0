import type { Operator } from './operator.js';

/** A container image reference split the way container runtimes read it (Docker distribution rules). */
export interface ImageRef {
  /** Registry host (and port), `docker.io` when the reference names none. */
  registry: string;
  /** Repository path, with `library/` for official Docker Hub images. */
  repository: string;
  /** `registry/repository`: what allow-lists of registries are matched against. */
  name: string;
  tag: string | null;
  digest: string | null;
}

/**
 * Parse `[registry/]repository[:tag][@digest]`. The first path component is a registry when it contains `.` or
 * `:` or is `localhost`; a `:` after the last `/` starts the tag (so `localhost:5000/app` has no tag).
 * Returns undefined for anything that is not a non-empty string without whitespace.
 */
export function parseImageRef(image: unknown): ImageRef | undefined {
  if (typeof image !== 'string' || image === '' || /\s/.test(image)) return undefined;
  let rest = image;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1) || null;
    rest = rest.slice(0, colon);
  }
  if (rest === '') return undefined;
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  let repository = hasRegistry ? rest.slice(slash + 1) : rest;
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  return { registry, repository, name: `${registry}/${repository}`, tag, digest };
}

/** `{"image_ref": [image, field?]}`: the parsed reference, or one of its fields (`registry`, `name`, `tag`, ...). */
export const imageRef: Operator = {
  name: 'image_ref',
  description: 'Parses a container image reference into {registry, repository, name, tag, digest}; with a field name, returns that field (null when absent or unparsable).',
  fn: ([image, field]) => {
    const ref = parseImageRef(image);
    if (field === undefined) return ref ?? null;
    if (typeof field !== 'string' || !ref || !Object.prototype.hasOwnProperty.call(ref, field)) return null;
    return ref[field as keyof ImageRef];
  },
};
