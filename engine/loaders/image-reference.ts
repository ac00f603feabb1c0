/** A container image reference split into its parts (`registry/name:tag@digest`). */
export interface ImageReference {
  /** The reference as written (after build-arg expansion for Dockerfiles). */
  image: string;
  /** Registry host when the first path component looks like one (has `.` or `:`, or is `localhost`). */
  registry: string | null;
  /** Repository path without registry, tag or digest (`library/nginx` stays `library/nginx`; `nginx` stays `nginx`). */
  name: string;
  tag: string | null;
  /** `sha256:<64 hex>` (or another algorithm) when pinned by digest. */
  digest: string | null;
}

/** Split an image reference the way the Docker reference grammar does; never throws. */
export function parseImageReference(image: string): ImageReference {
  let rest = image.trim();
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
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  return { image, registry, name: rest, tag, digest };
}
