#!/usr/bin/env node
import { VERSION } from './version.js';

/**
 * The `bylaw` command. Everything lives in engine/cli/; this file hands over argv and the exit status.
 * `--version` answers before the engine is loaded, so it costs no more than starting Node.
 */
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(VERSION + '\n');
} else {
  try {
    const { run } = await import('./cli/run.js');
    process.exitCode = await run(argv);
  } catch (err) {
    process.stderr.write(`internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 3;
  }
}
