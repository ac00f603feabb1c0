import type { Document } from '../types.js';
import type { Parsed } from './loader.js';

/** A `parse-error` placed where `pointer` is in the document (or its closest existing parent, as `locate` does). */
export function parseErrorAt(document: Document, pointer: string, message: string): Parsed['errors'][number] {
  const loc = document.locate(pointer);
  return { line: loc.startLine, column: loc.startColumn, code: 'parse-error', message };
}
