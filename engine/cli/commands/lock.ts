import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT, writeOut } from '../io.js';
import { splitList } from '../params.js';
import { loadConfig } from '../../config/load-config.js';
import { buildLock } from '../../policy/lock-build.js';
import { LOCK_NAME } from '../../policy/lock.js';
import { loadPolicies } from '../../policy/load-policies.js';
import { prepareForRun } from '../../policy/remote/prepare.js';

interface LockOptions {
  policy: string[];
  config?: string | false;
  root?: string;
  update?: boolean;
  check?: boolean;
}

/** `bylaw lock [--update | --check]`: write, update or verify bylaw.lock in the policy root. */
export function registerLock(program: Command, ctx: CliContext): void {
  program
    .command('lock')
    .description('pin the packs in use (versions, sources, commits, sha256 digests) in bylaw.lock; every run verifies it')
    .option('-p, --policy <pack>', 'pack NAME[@RANGE|@PATH], a path or github:OWNER/REPO[/PATH]@REF (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .option('-c, --config <file>', 'config file (default: .bylaw.yaml when present)')
    .option('--no-config', 'ignore any .bylaw.yaml')
    .option('--root <dir>', 'policy root: where .bylaw.yaml, policies/ and bylaw.lock are (default: current directory)')
    .option('--update', 're-resolve locked tags and version ranges of remote packs to what they name now')
    .option('--check', 'only verify that bylaw.lock matches the packs (exit 2 when not); write nothing')
    .action(async (opts: LockOptions) => {
      const policyRoot = resolve(ctx.io.cwd, opts.root ?? '.');
      const config = loadConfig(policyRoot, opts.config === false ? false : opts.config);
      const options = { policies: splitList(opts.policy), config: opts.config === false ? (false as const) : opts.config };
      const file = join(policyRoot, LOCK_NAME);
      if (opts.check) {
        if (!existsSync(file)) {
          ctx.io.stderr(`${LOCK_NAME}:1:1: lock-mismatch: there is no ${LOCK_NAME}; run \`bylaw lock\` to write one\n`);
          ctx.exit = EXIT.usage;
          return;
        }
        await prepareForRun({ options: { ...options, env: ctx.io.env }, config, policyRoot });
        const policy = loadPolicies({ options, config, policyRoot });
        ctx.io.stdout(`${LOCK_NAME}: ${policy.packs.length} selected pack(s) match\n`);
        return;
      }
      const built = await buildLock({ policyRoot, options, config, update: opts.update, env: ctx.io.env });
      const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (old === built.text) {
        ctx.io.stdout(`${LOCK_NAME} is up to date (${built.entries.length} pack(s))\n`);
        return;
      }
      writeOut(file, built.text);
      for (const line of built.changes) ctx.io.stdout(line + '\n');
      ctx.io.stdout(`${LOCK_NAME}: wrote ${built.entries.length} pack(s)\n`);
    });
}
