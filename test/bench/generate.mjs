#!/usr/bin/env node
/**
 * Write a synthetic corpus: `node test/bench/generate.mjs --corpus k8s|terraform|workflows --files N --seed S --out DIR`.
 * Prints the corpus summary (files, bytes, documents, sha256) as JSON.
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus/index.mjs';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'k8s' },
    files: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
if (!values.out) {
  console.error('usage: generate.mjs --corpus k8s|terraform|workflows --files N --seed S --out DIR');
  process.exit(2);
}
console.log(JSON.stringify(writeCorpus(values.corpus, Number(values.files), values.seed, values.out)));
