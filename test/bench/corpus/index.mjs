/**
 * Corpus registry and writer. File `i` of a corpus is drawn from its own stream seeded by
 * (corpus, seed, i), so a corpus of N files is a prefix of one of 10N files with the same seed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rng } from './prng.mjs';
import { k8sText } from './k8s.mjs';
import { terraformText } from './terraform.mjs';
import { workflowText } from './workflows.mjs';

/** Bump when generator output changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 2;

/** Corpus kinds: each returns `{ path, text }` for file `index` from stream `r`. */
export const corpora = {
  k8s: k8sText,
  terraform: terraformText,
  workflows: workflowText,
};

/** File `index` of a corpus: path relative to the corpus root and text. */
export function corpusFile(kind, seed, index) {
  const make = corpora[kind];
  if (!make) throw new Error(`unknown corpus "${kind}" (one of ${Object.keys(corpora).join(', ')})`);
  return make(rng(`${kind}:${seed}:${index}`), index);
}

/**
 * Write a corpus to `dir` (replacing it) and return `{ dir, files, bytes, documents, sha256 }`; the digest
 * covers every path and byte in order.
 */
export function writeCorpus(kind, files, seed, dir) {
  rmSync(dir, { recursive: true, force: true });
  const hash = createHash('sha256');
  let bytes = 0;
  let documents = 0;
  const made = new Set();
  for (let i = 0; i < files; i++) {
    const f = corpusFile(kind, seed, i);
    const path = join(dir, f.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, f.text);
    hash.update(f.path).update('\0').update(f.text).update('\0');
    bytes += Buffer.byteLength(f.text);
    documents += f.docs ? f.docs.length : 1;
  }
  return { kind, seed: String(seed), files, bytes, documents, sha256: hash.digest('hex'), generator: GENERATOR_VERSION };
}

/** The corpus in `cacheDir`, generated only when missing or made by another generator version. */
export function ensureCorpus(kind, files, seed, cacheDir) {
  const name = `${kind}-${files}-s${seed}`;
  const dir = join(cacheDir, name);
  const manifest = join(cacheDir, `${name}.json`);
  if (existsSync(manifest) && existsSync(dir)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    if (m.generator === GENERATOR_VERSION) return { ...m, dir, cached: true };
  }
  mkdirSync(cacheDir, { recursive: true });
  const m = writeCorpus(kind, files, seed, dir);
  writeFileSync(manifest, JSON.stringify(m, null, 2) + '\n');
  return { ...m, dir, cached: false };
}
