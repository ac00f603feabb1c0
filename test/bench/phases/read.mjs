/** Phase: the read-only floor. Read every corpus file and decode it as UTF-8; nothing else. */
import { readFileSync } from 'node:fs';
import { listFiles, report } from './files.mjs';

const t0 = performance.now();
let bytes = 0;
let chars = 0;
const files = listFiles(process.argv[2]);
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  chars += text.length;
}
report({ files: files.length, bytes, chars, workMs: performance.now() - t0 });
