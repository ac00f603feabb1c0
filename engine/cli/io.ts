import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where a command writes: injectable so tests can run commands in-process. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard input (for `scan -`); the process's own when absent. */
  readStdin?: () => Promise<Buffer>;
}

export const processIO = (): CliIO => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stderr.isTTY && !process.env.CI,
  cwd: process.cwd(),
  env: process.env,
});

/** Write a file, creating its directory. */
export function writeOut(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Exit statuses from DESIGN.md. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** A usage problem: exit 2 with this message. */
export class UsageError extends Error {
  override name = 'UsageError';
}
