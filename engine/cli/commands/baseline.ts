import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT, writeOut } from '../io.js';
import { addScanOptions, scanOptionsFrom } from './scan.js';
import { scan } from '../../scan/scan.js';
import { baselineText } from '../../baseline/baseline-file.js';

export function registerBaseline(program: Command, ctx: CliContext): void {
  const baseline = program.command('baseline').description('accept the findings failing today, so `scan --baseline FILE` fails only on new ones');
  addScanOptions(baseline.command('create').description('scan and write the failing findings\' fingerprints (exceptions and inline suppressions apply first)'))
    .requiredOption('-o, --output <file>', 'baseline file to write (JSON, one finding per line, sorted)')
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const options = await scanOptionsFrom(paths, opts, ctx);
      delete options.baseline;
      options.failOn = 'none';
      const result = await scan(options);
      const text = baselineText(result.findings);
      const out = resolve(ctx.io.cwd, opts.output as string);
      writeOut(out, text);
      const n = result.findings.filter((f) => f.status === 'fail').length;
      const files = new Set(result.findings.filter((f) => f.status === 'fail').map((f) => f.location.path)).size;
      ctx.io.stderr(`baseline: ${n} failing finding(s) in ${files} file(s) written to ${opts.output as string}\n`);
      if (result.errors.length) ctx.io.stderr(`baseline: ${result.errors.length} input error(s) (e.g. files that do not parse) are not baselined and still fail\n`);
      ctx.exit = EXIT.ok;
    });
}
