import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { UsageError, writeOut } from '../io.js';
import { existing, initFiles } from '../../init/init.js';
import { loadConfig } from '../../config/load-config.js';
import { buildLock } from '../../policy/lock-build.js';
import { LOCK_NAME } from '../../policy/lock.js';

/** `bylaw init [DIR] [--org NAME] [--force]`: a starter that validate, test and scan accept as written. */
export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('write a starter .bylaw.yaml, a custom pack with one rule and its test cases, editor schemas and bylaw.lock')
    .argument('[dir]', 'directory to initialise (default: .)')
    .option('--org <name>', 'organisation name for the pack (<org>-baseline); default: the directory name')
    .option('--force', 'overwrite files that already exist')
    .action(async (dirArg: string | undefined, opts: { org?: string; force?: boolean }) => {
      const dir = resolve(ctx.io.cwd, dirArg ?? '.');
      const files = initFiles(dir, opts.org);
      const clash = [...existing(dir, files), ...(existsSync(join(dir, LOCK_NAME)) ? [LOCK_NAME] : [])];
      if (clash.length && !opts.force) throw new UsageError(`init: would overwrite ${clash.join(', ')} (use --force to overwrite)`);
      for (const f of files) writeOut(join(dir, f.path), f.content);
      const lock = await buildLock({ policyRoot: dir, options: {}, config: loadConfig(dir), env: ctx.io.env });
      writeOut(join(dir, LOCK_NAME), lock.text);
      for (const f of [...files.map((x) => x.path), LOCK_NAME].sort()) ctx.io.stdout(`created ${f}\n`);
      ctx.io.stdout(`\nNext: bylaw validate && bylaw test && bylaw scan\nAfter changing a pack: review, then \`bylaw lock\` and commit bylaw.lock.\n`);
    });
}
