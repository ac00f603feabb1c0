// Bundles the CLI (`dist/cli.js`), the Action entry (`dist/index.js`) and the scan worker (`dist/worker.js`).
// `node esbuild.config.mjs [OUTDIR]`: OUTDIR defaults to dist/ (the staleness test builds into a temp dir and compares).
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledValidatorsSource } from './engine/build/precompile-validators.mjs';

const outdir = process.argv[2] ?? 'dist';
const root = dirname(fileURLToPath(import.meta.url));
const validators = precompiledValidatorsSource(root);
/** Swap the empty source stub for the policy schemas compiled ahead of time. */
const precompile = {
  name: 'precompiled-validators',
  setup(b) {
    b.onLoad({ filter: /engine[\\/]policy[\\/]precompiled-validators\.ts$/ }, () => ({ contents: validators, loader: 'js', resolveDir: root }));
  },
};
const common = {
  plugins: [precompile],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give ESM output a real one.
  banner: { js: "import { createRequire as __bylawCreateRequire } from 'node:module'; const require = __bylawCreateRequire(import.meta.url);" },
};
const entries = [
  ['engine/cli.ts', 'cli.js', '#!/usr/bin/env node\n'],
  ['action/index.ts', 'index.js', ''],
  ['engine/scan/worker.ts', 'worker.js', ''],
];
for (const [entry, out, shebang] of entries) {
  try {
    readFileSync(entry);
  } catch {
    continue;
  }
  await build({ ...common, entryPoints: [entry], outfile: join(outdir, out), banner: { js: shebang + common.banner.js } });
}
try {
  chmodSync(join(outdir, 'cli.js'), 0o755);
} catch {}
