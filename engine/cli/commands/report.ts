import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { UsageError, writeOut } from '../io.js';
import { render } from '../../render.js';
import { isReportFormat, reporters } from '../../../reports/index.js';
import type { Result } from '../../types.js';

/** Read a stored result (`scan --format json`) and check it is one. */
export function readResult(path: string): Result {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`${path}: cannot read result JSON: ${(err as Error).message}`);
  }
  const r = data as Partial<Result>;
  if (!r || r.schemaVersion !== '1' || r.tool?.name !== 'bylaw' || !Array.isArray(r.findings)) throw new UsageError(`${path}: not a bylaw result (schemaVersion "1")`);
  return data as Result;
}

export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('re-render a stored result (scan --format json) in another format, byte for byte as scan writes it')
    .argument('<result>', 'result JSON file')
    .requiredOption('-f, --format <format>', `one of: ${Object.keys(reporters).join(', ')}`)
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action((file: string, opts: { format: string; output?: string }) => {
      if (!isReportFormat(opts.format)) throw new UsageError(`unknown format "${opts.format}" (one of: ${Object.keys(reporters).join(', ')})`);
      const result = readResult(resolve(ctx.io.cwd, file));
      const out = render(result, opts.format, {});
      if (opts.output) writeOut(resolve(ctx.io.cwd, opts.output), out);
      else ctx.io.stdout(out);
    });
}
