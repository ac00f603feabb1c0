/** URLs built from untrusted paths and link bases: only http(s) is ever linked, and paths are percent-encoded. */

/** The normalised form of an http(s) URL (special characters percent-encoded), else undefined. */
export function webUrl(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Percent-encodes a relative path for use in a URL, segment by segment (parentheses too, for Markdown links). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
    .join('/');
}
