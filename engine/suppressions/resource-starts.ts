import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResourceRef } from '../types.js';
import type { Limits } from '../limits.js';
import { loaderFor } from '../loaders/detect.js';
import { decode } from '../source/decode.js';

/** Where each resource of a file starts, and the file's lines (for the comment block above a resource). */
export interface ResourceStarts {
  lines: string[];
  /** Resource identity key → 1-based start lines, ascending. */
  starts: Map<string, number[]>;
}

/** The identity key findings and targets share: document index and resource reference. */
export function resourceKey(document: number | undefined, r: ResourceRef): string {
  return JSON.stringify([document ?? 0, r.type, r.kind ?? null, r.namespace ?? null, r.name ?? null, r.address ?? null]);
}

/**
 * Re-read one file with its loader to learn where its resources start. Only files that carry `bylaw:ignore`
 * comments and failing findings pay for this. Returns undefined when the file cannot be read again.
 */
export function resourceStarts(root: string, path: string, limits: Limits): ResourceStarts | undefined {
  let text: string;
  try {
    const decoded = decode(readFileSync(join(root, path)));
    if (!('text' in decoded)) return undefined;
    text = decoded.text;
  } catch {
    return undefined;
  }
  const lines = text.split(/\r\n|\r|\n/);
  const starts = new Map<string, number[]>();
  const file = { path, text };
  const loader = loaderFor(file);
  if (!loader) return { lines, starts };
  try {
    for (const document of loader.parse(file, limits).documents) {
      for (const target of loader.targets(document)) {
        const multi = document.count > 1 ? document.index : undefined;
        const key = resourceKey(multi, target.resource);
        const line = document.locate(target.pointer).startLine;
        starts.set(key, [...(starts.get(key) ?? []), line].sort((a, b) => a - b));
      }
    }
  } catch {
    // A file that parsed during the scan parses again; if not, only line-level suppressions apply.
  }
  return { lines, starts };
}

/**
 * Lines whose `bylaw:ignore` comment covers a whole resource starting at `start`: the start line itself and the
 * run of comment or blank lines directly above it (up to the previous content line or `---`).
 */
export function resourceTopLines(lines: string[], start: number, isCommentLine: (text: string) => boolean): number[] {
  const out = [start];
  for (let n = start - 1; n >= 1; n--) {
    const text = lines[n - 1] ?? '';
    if (text.trim() === '') continue;
    if (!isCommentLine(text)) break;
    out.push(n);
  }
  return out;
}
