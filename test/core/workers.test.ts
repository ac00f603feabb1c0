import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshBundle } from '../helpers/bundle.js';
import { tempTree } from '../helpers/cli.js';

const PACK = join(import.meta.dirname, '..', 'fixtures', 'core', 'pack');

function corpus(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    files[`m/d${i % 7}/w${i}.yaml`] =
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app${i}, namespace: ns${i % 3}}\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: ${i % 2 ? 'docker.io/nginx:latest' : 'registry.example.com/a:1'}\n          securityContext: {privileged: ${i % 5 === 0}}\n` +
      (i % 11 === 0 ? '---\nbroken: [\n' : '');
  }
  return tempTree(files);
}

describe('worker threads', () => {
  let dist: string;
  beforeAll(() => {
    dist = freshBundle();
  }, 60_000);

  it('give the same result byte for byte as one thread', () => {
    const dir = corpus(400);
    const run = (workers: string, out: string) =>
      spawnSync(process.execPath, [join(dist, 'cli.js'), 'scan', 'm', '--policy', PACK, '--no-config', '--format', 'json', '--output', out, '--workers', workers], { cwd: dir, encoding: 'utf8' });
    const one = run('1', join(dir, 'one.json'));
    const two = run('2', join(dir, 'two.json'));
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    const strip = (f: string) => readFileSync(f, 'utf8').replace(/"startedAt": "[^"]+"/, '');
    const a = strip(join(dir, 'one.json'));
    expect(JSON.parse(a).findings.length).toBeGreaterThan(400);
    expect(JSON.parse(a).errors.length).toBe(37);
    expect(strip(join(dir, 'two.json'))).toBe(a);
  });

  it('really runs in worker threads when asked (a broken worker script makes that scan fail, one thread does not)', () => {
    const dir = corpus(40);
    const broken = join(dist, '..', '..', `broken-${process.pid}`, 'dist');
    cpSync(dist, broken, { recursive: true });
    writeFileSync(join(broken, 'worker.js'), "throw new Error('worker script ran');\n");
    const run = (workers: string) => spawnSync(process.execPath, [join(broken, 'cli.js'), 'scan', 'm', '--policy', PACK, '--no-config', '--format', 'json', '--output', 'x.json', '--workers', workers], { cwd: dir, encoding: 'utf8' });
    const threaded = run('2');
    expect(threaded.status).toBe(3);
    expect(threaded.stderr).toMatch(/worker script ran/);
    expect(run('1').status).toBe(1);
  });

  it('the bundled CLI answers --version', () => {
    expect(execFileSync(process.execPath, [join(dist, 'cli.js'), '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
