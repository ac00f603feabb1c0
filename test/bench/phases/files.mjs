/** Shared by the phase scripts: list a corpus and report a phase's own measurements to the runner. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name matches `pattern`, as absolute paths in sorted order. */
export function listFiles(dir, pattern = /\.(ya?ml|json|tf)$/) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Print the phase's result as the last stdout line (JSON), with the process's own peak RSS. */
export function report(fields) {
  const u = process.resourceUsage();
  process.stdout.write(JSON.stringify({ ...fields, maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }) + '\n');
}
