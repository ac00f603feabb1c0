import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The harness end to end on a tiny corpus (nothing timed is asserted): every phase runs and checks its output.
const cache = mkdtempSync(join(tmpdir(), 'bylaw-bench-run-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('measures every phase on a small k8s corpus and writes the JSON and Markdown reports', () => {
    const json = join(cache, 'out.json');
    const md = join(cache, 'out.md');
    const stdout = execFileSync(
      process.execPath,
      ['test/bench/run.mjs', '--files', '40', '--rounds', '1', '--spectral-files', '4', '--cache', cache, '--json', json, '--markdown', md],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 },
    );
    const out = JSON.parse(readFileSync(json, 'utf8'));
    const byId = Object.fromEntries(out.phases.map((p: { id: string }) => [p.id, p]));
    expect(Object.keys(byId)).toEqual(['read', 'js-yaml', 'bylaw-parse', 'scan-1', 'scan', 'rules-1x', 'rules-10x', 'rules-10x-idle', 'spectral']);
    for (const p of out.phases) {
      expect(p.runs, p.id).toBe(1);
      expect(p.wallMs, p.id).toBeGreaterThan(0);
      // Peak RSS of the CLI phases needs GNU time; the phase scripts report their own.
      if (existsSync('/usr/bin/time') || !/^(scan|rules)/.test(p.id)) expect(p.rssMb, p.id).toBeGreaterThan(0);
    }
    expect(byId.read.files).toBe(40);
    expect(byId['scan-1'].findings).toBeGreaterThan(0);
    expect(byId.scan.findings).toBe(byId['scan-1'].findings);
    expect(byId['rules-10x'].findings).toBeGreaterThan(byId['rules-1x'].findings);
    expect(byId['rules-10x-idle'].findings).toBe(byId['rules-1x'].findings);
    expect(byId.spectral.subsetFiles).toBe(4);
    expect(out.startup.versionMs).toBeGreaterThan(0);
    expect(out.targets.map((t: { id: string }) => t.id)).toContain('vs-spectral');
    expect(out.notes).toContain('scan results with 1 thread and with worker threads are identical (apart from `run`)');
    expect(out.notes.filter((n: string) => / round \d+: /.test(n))).toEqual([]);
    expect(stdout).toMatch(/^target\s+measured\s+result$/m);
    expect(readFileSync(md, 'utf8')).toMatch(/^\| phase \| files \| findings \|/m);
  }, 300_000);
});
