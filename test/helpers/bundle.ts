import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Build the bundles (cli.js, index.js, worker.js) fresh into `test/.tmp/<random>/dist`, inside the package so
 * built-in policies resolve and the worker script sits beside the CLI, as in the committed dist/.
 */
export function freshBundle(): string {
  mkdirSync(join(ROOT, 'test', '.tmp'), { recursive: true });
  const dir = join(mkdtempSync(join(ROOT, 'test', '.tmp', 'bundle-')), 'dist');
  execFileSync(process.execPath, [join(ROOT, 'esbuild.config.mjs'), dir], { cwd: ROOT, stdio: 'pipe' });
  return dir;
}
