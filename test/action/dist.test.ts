import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The committed bundle is what action.yml runs; it must be exactly what the sources build to (check-dist). */
describe('dist/ is up to date', () => {
  let fresh: string;
  beforeAll(() => {
    mkdirSync('test/.tmp', { recursive: true });
    fresh = mkdtempSync(join(process.cwd(), 'test/.tmp/dist-check-'));
    execFileSync(process.execPath, ['esbuild.config.mjs', fresh], { stdio: 'inherit' });
  }, 300_000);
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  const bundles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).sort() : []);

  it('has the same bundles as a fresh build', () => {
    expect(bundles('dist'), 'run `npm run build` and commit dist/').toEqual(bundles(fresh));
  });

  it('each bundle is byte-for-byte a fresh build of the sources', () => {
    const stale = bundles(fresh).filter((file) => {
      const committed = join('dist', file);
      return !(existsSync(committed) && readFileSync(committed).equals(readFileSync(join(fresh, file))));
    });
    expect(stale, 'stale bundles in dist/: run `npm run build` and commit dist/').toEqual([]);
  });
});
