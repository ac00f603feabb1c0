/**
 * Fresh bundles for the benchmark, built from the current sources into the cache dir (never into dist/):
 * the CLI and scan worker via esbuild.config.mjs, and the `bylaw-parse` phase (engine loaders, no rules).
 * A part that cannot be built (the engine is still being written) is reported, and its phases are skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Build into `outDir`; resolves to `{ cli?, parse?, notes[] }` with the paths of what was built. */
export async function buildBundles(repo, outDir) {
  const notes = [];
  const out = { notes };
  if (existsSync(join(repo, 'engine/cli.ts'))) {
    try {
      execFileSync(process.execPath, [join(repo, 'esbuild.config.mjs'), outDir], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
      if (existsSync(join(outDir, 'cli.js'))) out.cli = join(outDir, 'cli.js');
    } catch (err) {
      notes.push(`bylaw CLI not built (scan phases skipped): ${String(err.stderr ?? err.message).trim().split('\n').slice(0, 3).join(' ')}`);
    }
  } else {
    notes.push('engine/cli.ts does not exist yet: scan phases skipped');
  }
  try {
    await build({
      entryPoints: [join(repo, 'test/bench/phases/bylaw-parse.ts')],
      outfile: join(outDir, 'bylaw-parse.mjs'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      logLevel: 'silent',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    out.parse = join(outDir, 'bylaw-parse.mjs');
  } catch (err) {
    const first = err.errors?.[0];
    notes.push(`bylaw parse phase not built (skipped): ${first ? `${first.location?.file}: ${first.text}` : err.message}`);
  }
  return out;
}
