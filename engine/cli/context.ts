import type { CliIO } from './io.js';

/** Shared by every command: where to write, and the exit status the command decided on. */
export interface CliContext {
  io: CliIO;
  exit: number;
}
