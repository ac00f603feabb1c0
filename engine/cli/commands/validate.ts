import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../io.js';
import { validateFiles } from '../../policy/validate-files.js';
import { formatDiagnostic } from '../../errors.js';
import { CONFIG_NAMES } from '../../config/load-config.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check policy, rule, control, config, cases and exception files against their schemas')
    .argument('[paths...]', 'files or directories (default: .bylaw.yaml, policies/, rules/)')
    .action((paths: string[]) => {
      const root = ctx.io.cwd;
      const where = paths.length ? paths : [...CONFIG_NAMES, 'policies', 'rules'].filter((p) => existsSync(join(root, p)));
      const results = validateFiles(root, where);
      let problems = 0;
      for (const r of results) {
        for (const d of r.diagnostics) ctx.io.stderr(formatDiagnostic(d) + '\n');
        problems += r.diagnostics.length;
      }
      ctx.io.stdout(`${results.length} file(s) checked, ${problems} problem(s)\n`);
      ctx.exit = problems ? EXIT.usage : EXIT.ok;
    });
}
