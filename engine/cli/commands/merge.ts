import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { readResult } from './report.js';
import { mergeResults } from '../../merge/merge-results.js';
import { emit } from './scan.js';
import { exitCode } from '../../exit-code.js';
import { splitList } from '../params.js';
import { isReportFormat, reporters } from '../../../reports/index.js';
import { UsageError } from '../io.js';

export function registerMerge(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .description('combine shard results (scan --shard I/N --format json) into one result, in any format')
    .argument('<results...>', 'result JSON files')
    .option('-f, --format <formats>', `output format(s): ${Object.keys(reporters).join(', ')}`, 'json')
    .option('-o, --output <file>', 'write the (single) format to this file')
    .option('--output-dir <dir>', 'write every format to this directory, with a sha256 manifest')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const formats = splitList([opts.format as string]);
      for (const f of formats) if (!isReportFormat(f)) throw new UsageError(`unknown format "${f}"`);
      const merged = mergeResults(files.map((f) => readResult(resolve(ctx.io.cwd, f))));
      await emit(merged, formats, opts, ctx, ctx.io.cwd);
      ctx.exit = exitCode(merged);
    });
}
