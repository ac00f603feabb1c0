import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../io.js';
import { validateFiles } from '../../policy/validate-files.js';
import { clockFromEnv } from '../../waivers/clock.js';
import { formatDiagnostic } from '../../errors.js';
import { CONFIG_NAMES, loadConfig } from '../../config/load-config.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { yamlFilesUnder } from '../../policy/catalog.js';
import { githubRefsOf } from '../../policy/remote/extends-scan.js';
import { prepareRemotePacks } from '../../policy/remote/prepare.js';

/** With no paths: the config, the exceptions file it names, `policies/` and `rules/`, where they exist. */
function defaultTargets(root: string): string[] {
  const config = loadConfig(root);
  const exceptions = typeof config.config.exceptions === 'string' ? [config.config.exceptions] : [];
  return [...new Set([...CONFIG_NAMES, ...exceptions, 'policies', 'rules'])].filter((p) => existsSync(join(root, p)));
}

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check policy, rule, control, config, cases and exception files against their schemas')
    .argument('[paths...]', 'files or directories (default: .bylaw.yaml, the exceptions file it names, policies/, rules/)')
    .action(async (paths: string[]) => {
      const root = ctx.io.cwd;
      const where = paths.length ? paths : defaultTargets(root);
      const remote = yamlFilesUnder(root, where, (f) => /\.ya?ml$/i.test(f) && !/\.cases\.ya?ml$/i.test(f)).flatMap((f) => githubRefsOf(f));
      await prepareRemotePacks({ refs: remote, policyRoot: root, env: ctx.io.env, resolveMissing: true });
      const results = validateFiles(root, where, (clockFromEnv(ctx.io.env) ?? (() => new Date()))());
      let problems = 0;
      for (const r of results) {
        for (const d of r.diagnostics) ctx.io.stderr(formatDiagnostic(d) + '\n');
        problems += r.diagnostics.length;
      }
      ctx.io.stdout(`${results.length} file(s) checked, ${problems} problem(s)\n`);
      ctx.exit = problems ? EXIT.usage : EXIT.ok;
    });
}
