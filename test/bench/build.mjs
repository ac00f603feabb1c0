/**
 * Fresh bundles for the benchmark, built from the current sources into a snapshot directory (never into dist/):
 * the CLI and scan worker via esbuild.config.mjs, and the `bylaw-parse` phase (engine loaders, no rules).
 * `package.json`, `policies/` and `rules/` are copied beside the bundles, so the CLI finds its built-in packs
 * there and every phase of a run sees the same policy files even while the working tree changes.
 * A part that cannot be built (the engine is still being written) is reported, and its phases are skipped.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Build into `snapshot/dist` (the directory must be named dist: the CLI only starts worker threads from a
 * dist/ bundle); resolves to `{ cli?, parse?, notes[] }` with the paths of what was built.
 */
export async function buildBundles(repo, snapshot) {
  const notes = [];
  const out = { notes };
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(snapshot, { recursive: true });
  for (const part of ['package.json', 'policies', 'rules']) {
    if (existsSync(join(repo, part))) cpSync(join(repo, part), join(snapshot, part), { recursive: true });
  }
  const outDir = join(snapshot, 'dist');
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
