import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reporters } from '../../reports/index.js';
import { MANIFEST, reportFileName, writeReports } from '../../reports/write.js';
import { loadResult } from './helpers/fixtures.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('writeReports', () => {
  it.each([
    ['json', 'bylaw.json'],
    ['sarif', 'bylaw.sarif'],
    ['html', 'bylaw.html'],
    ['markdown', 'bylaw.md'],
    ['junit', 'bylaw.junit.xml'],
    ['csv', 'bylaw.csv'],
    ['oscal', 'bylaw.oscal.json'],
  ] as const)('%s is written as %s', (format, file) => {
    expect(reportFileName(format)).toBe(file);
  });

  it('writes each format and a manifest with every file\'s sha256 and size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bylaw-reports-'));
    dirs.push(dir);
    const result = loadResult('mixed');
    const formats = ['sarif', 'html', 'markdown', 'json', 'junit', 'csv', 'oscal', 'sarif'] as const;
    const paths = await writeReports(result, formats, join(dir, 'out'), {});
    const out = join(dir, 'out');
    expect(readdirSync(out).sort()).toEqual(['bylaw.csv', 'bylaw.html', 'bylaw.json', 'bylaw.junit.xml', 'bylaw.md', 'bylaw.oscal.json', 'bylaw.sarif', MANIFEST]);
    expect(paths.at(-1)).toBe(join(out, MANIFEST));
    expect(paths).toHaveLength(8);
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: { file: string; format: string; sha256: string; size: number }[]; run: { commit: string } };
    expect(manifest.run.commit).toBe(result.run.commit);
    expect(manifest.files.map((f) => f.file)).toEqual(['bylaw.csv', 'bylaw.html', 'bylaw.json', 'bylaw.junit.xml', 'bylaw.md', 'bylaw.oscal.json', 'bylaw.sarif']);
    for (const entry of manifest.files) {
      const bytes = readFileSync(join(out, entry.file));
      expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry.size).toBe(bytes.length);
      expect(bytes.toString('utf8')).toBe(reporters[entry.format as keyof typeof reporters](result, {}));
    }
  });
});
