import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT, writeOut } from '../io.js';
import { addScanOptions, scanOptionsFrom } from './scan.js';
import { policyDiff } from '../../policy-diff/policy-diff.js';
import { DIFF_FORMATS, renderPolicyDiff, type DiffFormat } from '../../policy-diff/render-diff.js';

export function registerDiff(program: Command, ctx: CliContext): void {
  addScanOptions(program.command('diff').description('impact of a policy change: evaluate two versions of the policy on the same inputs and list the findings added, removed and changed'))
    .requiredOption('--policy-from <ref|path>', 'policy before the change: a git ref (its config, lock, policies/ and local packs) or a policy directory')
    .requiredOption('--policy-to <ref|path>', 'policy after the change: a git ref or a policy directory')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...DIFF_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--exit-code', 'exit 1 when the change adds findings')
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const options = await scanOptionsFrom(paths, opts, ctx);
      const diff = await policyDiff({ scan: options, from: opts.policyFrom as string, to: opts.policyTo as string, cwd: ctx.io.cwd });
      const out = renderPolicyDiff(diff, opts.format as DiffFormat);
      if (opts.output) writeOut(resolve(ctx.io.cwd, opts.output as string), out);
      else ctx.io.stdout(out);
      ctx.exit = opts.exitCode && diff.added.length ? EXIT.findings : EXIT.ok;
    });
}
