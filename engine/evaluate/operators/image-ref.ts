import type { Operator } from './operator.js';
import { parseImageReference } from '../../loaders/image-reference.js';

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
 * Parse `[registry/]repository[:tag][@digest]` (the split is the loaders' `parseImageReference`), then normalise as
 * Docker does: no registry means `docker.io`, and official Docker Hub images live under `library/`.
 * Returns undefined for anything that is not a non-empty string without whitespace.
 */
export function parseImageRef(image: unknown): ImageRef | undefined {
  if (typeof image !== 'string' || image === '' || /\s/.test(image)) return undefined;
  const ref = parseImageReference(image);
  if (ref.name === '') return undefined;
  const registry = ref.registry ?? 'docker.io';
  const repository = registry === 'docker.io' && !ref.name.includes('/') ? `library/${ref.name}` : ref.name;
  return { registry, repository, name: `${registry}/${repository}`, tag: ref.tag, digest: ref.digest };
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
