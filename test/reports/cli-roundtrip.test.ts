import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../helpers/bundle.js';
import { oscalValidator, sarifValidator } from './helpers/schemas.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FORMATS = ['json', 'sarif', 'junit', 'markdown', 'html', 'csv', 'oscal'] as const;
const FILES: Record<(typeof FORMATS)[number], string> = {
  json: 'bylaw.json', sarif: 'bylaw.sarif', junit: 'bylaw.junit.xml', markdown: 'bylaw.md', html: 'bylaw.html', csv: 'bylaw.csv', oscal: 'bylaw.oscal.json',
};

/** The bundled CLI on the example manifests: `scan --output-dir`, then `report` from the stored JSON. */
describe('scan --output-dir and report agree byte for byte (bundled CLI, real scan)', () => {
  let cli: string;
  let out: string;
  let scanStatus: number | null;

  beforeAll(() => {
    cli = join(freshBundle(), 'cli.js');
    out = mkdtempSync(join(tmpdir(), 'bylaw-roundtrip-'));
    const scan = spawnSync(process.execPath, [cli, 'scan', 'test/examples', '--policy', 'pss-restricted', '--policy', 'k8s-best-practices', '--format', FORMATS.join(','), '--output-dir', join(out, 'scan'), '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    scanStatus = scan.status;
    if (scan.status !== 0 && scan.status !== 1) throw new Error(`scan exited ${scan.status}: ${scan.stderr}`);
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the scan found something to report', () => {
    const result = JSON.parse(readFileSync(join(out, 'scan', 'bylaw.json'), 'utf8'));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(scanStatus).toBe(result.summary.verdict === 'fail' ? 1 : 0);
  });

  it.each(FORMATS)('report --format %s reproduces the scan\'s file', (format) => {
    const target = join(out, `report-${FILES[format]}`);
    const report = spawnSync(process.execPath, [cli, 'report', join(out, 'scan', 'bylaw.json'), '--format', format, '--output', target], { cwd: ROOT, encoding: 'utf8' });
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(target).equals(readFileSync(join(out, 'scan', FILES[format])))).toBe(true);
  });

  it('the manifest lists every file with its sha256', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'scan', 'manifest.json'), 'utf8')) as { files: { file: string; sha256: string }[] };
    expect(manifest.files.map((f) => f.file).sort()).toEqual(Object.values(FILES).sort());
    for (const entry of manifest.files) {
      expect(createHash('sha256').update(readFileSync(join(out, 'scan', entry.file))).digest('hex')).toBe(entry.sha256);
    }
  });

  it('the real SARIF and OSCAL validate against the official schemas', () => {
    const sarif = sarifValidator();
    expect(sarif(JSON.parse(readFileSync(join(out, 'scan', 'bylaw.sarif'), 'utf8'))), sarif.errors()).toBe(true);
    const oscal = oscalValidator();
    expect(oscal(JSON.parse(readFileSync(join(out, 'scan', 'bylaw.oscal.json'), 'utf8'))), oscal.errors()).toBe(true);
  });
});
