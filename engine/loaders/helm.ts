import type { Document } from '../types.js';

/**
 * Helm-rendered manifests (`helm template` output) carry a `# Source: CHART/templates/FILE.yaml` comment before
 * each document. `helmFacts` reads it for a Kubernetes document so findings can say which template a resource was
 * rendered from: `facts.helmSource` (the template path as Helm prints it) and `facts.helmChart` (its first segment).
 * The Kubernetes loader calls it for every target; plain manifests get no facts.
 */

const SOURCE = /^\s*Source:\s*(\S.*?)\s*$/;
/** How far above a document's first node the `# Source:` comment may sit (other comments in between). */
const MAX_LOOKBACK = 20;

/** Template path from the `# Source:` comment directly above the document, if any. */
export function helmSource(document: Document): string | undefined {
  if (!document.commentsAt) return undefined;
  const start = document.locate('').startLine;
  for (let line = start - 1; line >= 1 && line >= start - MAX_LOOKBACK; line--) {
    const comment = document.commentsAt(line);
    if (comment === undefined) return undefined;
    const m = SOURCE.exec(comment);
    if (m) return m[1];
  }
  return undefined;
}

/** `{ helmSource, helmChart }` for a Helm-rendered document, `undefined` for anything else. */
export function helmFacts(document: Document): { helmSource: string; helmChart: string } | undefined {
  const source = helmSource(document);
  if (!source) return undefined;
  return { helmSource: source, helmChart: source.split('/')[0] };
}
