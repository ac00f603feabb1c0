#!/usr/bin/env node
/**
 * Is the Spectral ruleset really equivalent? Lints a corpus with it and compares, check by check, which
 * documents Spectral flags with which documents a bylaw result (`--format json`) flags.
 *
 *   node test/bench/equivalence.mjs CORPUS_DIR RESULT.json
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as parsers from '@stoplight/spectral-parsers';
import { listFiles } from './phases/files.mjs';
import { k8sRuleset } from './spectral/k8s-ruleset.mjs';

/** Spectral rule → the bylaw rules that make the same check. */
export const EQUIVALENT = {
  'no-privileged': ['pss-privileged'],
  'no-privilege-escalation': ['pss-allow-privilege-escalation'],
  'run-as-non-root': ['pss-run-as-non-root', 'pss-run-as-non-root-pod'],
  'no-root-user': ['pss-run-as-user'],
  'no-host-namespaces': ['pss-host-network', 'pss-host-pid', 'pss-host-ipc'],
  'no-host-path': ['pss-host-path-volumes', 'pss-restricted-volumes'],
  'drop-all-capabilities': ['pss-capabilities-drop-all'],
  'restricted-capabilities': ['pss-capabilities-restricted-add'],
  'seccomp-profile': ['pss-seccomp-restricted', 'pss-seccomp-restricted-pod'],
  'resource-limits': ['k8s-resource-limits'],
  'liveness-probe': ['k8s-liveness-probe'],
  'readiness-probe': ['k8s-readiness-probe'],
  'no-latest-tag': ['k8s-image-tag'],
};

const [dir, resultFile] = process.argv.slice(2);
if (!dir || !resultFile) {
  console.error('usage: equivalence.mjs CORPUS_DIR RESULT.json');
  process.exit(2);
}
const Yaml = parsers.Yaml ?? parsers.default.Yaml;
const spectral = new Spectral();
spectral.setRuleset(k8sRuleset);
const flagged = {};
for (const f of listFiles(dir, /\.ya?ml$/)) {
  const rel = relative(dir, f).split('\\').join('/');
  let index = 0;
  for (const chunk of readFileSync(f, 'utf8').split(/^---[ \t]*$/m)) {
    if (!/\S/.test(chunk.replace(/^#.*$/gm, ''))) continue;
    for (const r of await spectral.run(new Document(chunk, Yaml, f))) (flagged[r.code] ??= new Set()).add(`${rel}#${index}`);
    index++;
  }
}
const byRule = {};
for (const x of JSON.parse(readFileSync(resultFile, 'utf8')).findings) {
  if (x.status === 'fail') (byRule[x.ruleId] ??= new Set()).add(`${x.location.path}#${x.location.document ?? 0}`);
}
console.log('| Spectral rule | bylaw rules | documents flagged by Spectral | by bylaw | by both |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const [rule, ids] of Object.entries(EQUIVALENT)) {
  const a = flagged[rule] ?? new Set();
  const b = new Set(ids.flatMap((id) => [...(byRule[id] ?? [])]));
  console.log(`| ${rule} | ${ids.join(', ')} | ${a.size} | ${b.size} | ${[...a].filter((x) => b.has(x)).length} |`);
}
