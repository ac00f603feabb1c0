/**
 * Phase: bylaw's own parse with positions and no rules. Bundled by the runner (esbuild) from the engine's
 * sources: read each file, pick its loader as a scan does, parse, and extract targets.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loaderFor } from '../../../engine/loaders/detect.js';
import { DEFAULT_LIMITS } from '../../../engine/limits.js';
import { listFiles, report } from './files.mjs';

const root = process.argv[2];
const t0 = performance.now();
let bytes = 0;
let documents = 0;
let targets = 0;
let errors = 0;
let unclaimed = 0;
const byType: Record<string, number> = {};
const firstErrors: string[] = [];
const files: string[] = listFiles(root);
for (const abs of files) {
  const text = readFileSync(abs, 'utf8');
  bytes += text.length;
  const file = { path: relative(root, abs).split('\\').join('/'), text };
  const loader = loaderFor(file);
  if (!loader) {
    unclaimed++;
    continue;
  }
  byType[loader.type] = (byType[loader.type] ?? 0) + 1;
  const parsed = loader.parse(file, DEFAULT_LIMITS);
  errors += parsed.errors.length;
  for (const e of parsed.errors.slice(0, 3 - firstErrors.length)) firstErrors.push(`${file.path}:${e.line}:${e.column}: ${e.message}`);
  documents += parsed.documents.length;
  for (const d of parsed.documents) targets += loader.targets(d).length;
}
report({ files: files.length, bytes, documents, targets, errors, unclaimed, byType, firstErrors, workMs: performance.now() - t0 });
