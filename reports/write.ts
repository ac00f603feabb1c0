import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../engine/types.js';
import type { ReportOptions } from './reporter.js';
import { extensions, reporters, type ReportFormat } from './index.js';
import { byText } from './model/order.js';

/** Name of the integrity manifest written beside the reports. */
export const MANIFEST = 'manifest.json';

/** One written report as listed in the manifest. */
export interface ManifestEntry {
  file: string;
  format: ReportFormat;
  sha256: string;
  size: number;
}

/** `bylaw.<extension>` for a format (`bylaw.sarif`, `bylaw.junit.xml`, `bylaw.oscal.json`, ...). */
export function reportFileName(format: ReportFormat): string {
  return `bylaw.${extensions[format]}`;
}

async function writeAtomic(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, path);
}

/**
 * Renders each format (once, in a stable order) to `dir/bylaw.<ext>`, then writes `dir/manifest.json` listing
 * every file with its SHA-256 and size, so an auditor can check nothing changed after the run. Returns the paths
 * written, the manifest last. Files are written to a temporary name and renamed, so a reader never sees half a file.
 */
export async function writeReports(result: Result, formats: readonly ReportFormat[], dir: string, options: ReportOptions = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const unique = [...new Set(formats)].sort();
  const entries: ManifestEntry[] = [];
  const paths: string[] = [];
  for (const format of unique) {
    const content = reporters[format](result, options);
    const file = reportFileName(format);
    await writeAtomic(join(dir, file), content);
    const bytes = Buffer.from(content, 'utf8');
    entries.push({ file, format, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
    paths.push(join(dir, file));
  }
  const manifest = {
    schemaVersion: '1',
    tool: result.tool,
    run: { startedAt: result.run.startedAt, ...(result.run.commit ? { commit: result.run.commit } : {}) },
    files: entries.sort((a, b) => byText(a.file, b.file)),
  };
  await writeAtomic(join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  paths.push(join(dir, MANIFEST));
  return paths;
}
