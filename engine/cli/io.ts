import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
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

/** Write pieces of text to a file as they come, in buffered writes (for results too large for one string). */
export function writeChunks(path: string, chunks: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    for (const c of chunks) {
      pending.push(c);
      size += c.length;
      if (size > 1 << 20) {
        writeSync(fd, pending.join(''));
        pending = [];
        size = 0;
      }
    }
    if (pending.length) writeSync(fd, pending.join(''));
  } finally {
    closeSync(fd);
  }
}

/** Exit statuses from DESIGN.md. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** A usage problem: exit 2 with this message. */
export class UsageError extends Error {
  override name = 'UsageError';
}
