import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EngineError, EngineErrors } from '../errors.js';
import { processIO, UsageError, EXIT, type CliIO } from './io.js';
import type { CliContext } from './context.js';
import { commands } from './commands/index.js';

/** Parse argv, run the command, and return the DESIGN exit status (0, 1, 2 or 3). Never calls process.exit. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const ctx: CliContext = { io, exit: EXIT.ok };
  const program = new Command('bylaw')
    .description('Policy-as-code for repositories, infrastructure-as-code, manifests and workflows.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');
  for (const register of Object.values(commands)) register(program, ctx);
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof EngineErrors) {
      io.stderr(err.message + '\n');
      return EXIT.usage;
    }
    if (err instanceof EngineError || err instanceof UsageError) {
      io.stderr(`${err.toString().replace(/^UsageError: /, 'usage: ')}\n`);
      return EXIT.usage;
    }
    io.stderr(`internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}
