/** Phase: js-yaml `loadAll` on every YAML file (no positions): the fastest known JavaScript YAML parse. */
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import { listFiles, report } from './files.mjs';

const t0 = performance.now();
let bytes = 0;
let documents = 0;
let errors = 0;
const files = listFiles(process.argv[2], /\.ya?ml$/);
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  bytes += text.length;
  try {
    documents += loadAll(text).length;
  } catch {
    errors++;
  }
}
report({ files: files.length, bytes, documents, errors, workMs: performance.now() - t0 });
