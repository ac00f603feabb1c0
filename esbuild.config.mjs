// Bundles the CLI (`dist/cli.js`), the Action entry (`dist/index.js`) and the scan worker (`dist/worker.js`).
// `node esbuild.config.mjs [OUTDIR]`: OUTDIR defaults to dist/ (the staleness test builds into a temp dir and compares).
import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs';
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
// One build with code splitting: the three entries share chunks (`chunk-<hash>.js`), and code only some runs need
// (fetching remote packs: octokit, tar) sits in chunks loaded on demand. engine/cli.ts carries its own #! line.
// Chunks from an earlier build would linger under old hashes: clear them first.
if (existsSync(outdir)) for (const f of readdirSync(outdir)) if (/^chunk-[A-Z0-9]+\.js$/.test(f)) rmSync(join(outdir, f));
await build({
  ...common,
  entryPoints: { cli: 'engine/cli.ts', index: 'action/index.ts', worker: 'engine/scan/worker.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunk-[hash]',
});
chmodSync(join(outdir, 'cli.js'), 0o755);
