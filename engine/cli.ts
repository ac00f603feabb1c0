import { run } from './cli/run.js';

/** The `bylaw` command. Everything lives in engine/cli/; this file only hands over argv and the exit status. */
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 3;
  },
);
