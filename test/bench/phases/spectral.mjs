/**
 * Phase: Stoplight Spectral with the equivalent ruleset (spectral/k8s-ruleset.mjs), driven through its API.
 * `spectral.mjs DIR [LIMIT]` lints an evenly spread subset of LIMIT files. Spectral reads one document per
 * file, so multi-document files are split on `---` and each document is linted (the same work bylaw does).
 * Reports setup time (imports and ruleset) apart from lint time so the runner can extrapolate per file.
 */
import { readFileSync } from 'node:fs';
import { listFiles, report } from './files.mjs';

const t0 = performance.now();
const { Spectral, Document } = await import('@stoplight/spectral-core');
const parsers = await import('@stoplight/spectral-parsers');
const Yaml = parsers.Yaml ?? parsers.default.Yaml;
const { k8sRuleset } = await import('../spectral/k8s-ruleset.mjs');
const spectral = new Spectral();
spectral.setRuleset(k8sRuleset);
const setupMs = performance.now() - t0;

const all = listFiles(process.argv[2], /\.ya?ml$/);
const limit = Math.min(Number(process.argv[3] ?? all.length), all.length);
const step = all.length / limit;
const files = Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]);
const t1 = performance.now();
let bytes = 0;
let documents = 0;
const byRule = {};
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  bytes += text.length;
  for (const chunk of text.split(/^---[ \t]*$/m)) {
    if (!/\S/.test(chunk.replace(/^#.*$/gm, ''))) continue;
    documents++;
    const results = await spectral.run(new Document(chunk, Yaml, f));
    for (const r of results) byRule[r.code] = (byRule[r.code] ?? 0) + 1;
  }
}
report({ files: files.length, totalFiles: all.length, bytes, documents, findings: byRule, setupMs, workMs: performance.now() - t1 });
