import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT, writeOut } from '../io.js';
import { buildCatalog, yamlFilesUnder } from '../../policy/catalog.js';
import { runCasesFile, type CaseResult } from '../../policy/run-cases.js';
import { formatDiagnostic } from '../../errors.js';
import { casesJUnit } from '../../policy/cases-junit.js';
import { terminalSafe } from '../../../reports/escape/terminal.js';
import { prepareRemotePacks } from '../../policy/remote/prepare.js';

export function registerTest(program: Command, ctx: CliContext): void {
  program
    .command('test')
    .description('run policy unit tests: *.cases.yaml files (valid and invalid inputs with expected findings)')
    .argument('[paths...]', 'cases files or directories (default: .)')
    .option('-p, --policy <pack>', 'also load this pack (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .option('--junit <file>', 'write the results as JUnit XML')
    .action(async (paths: string[], opts: { policy: string[]; junit?: string }) => {
      const root = ctx.io.cwd;
      await prepareRemotePacks({ refs: opts.policy, policyRoot: root, env: ctx.io.env });
      const where = paths.length ? paths : ['.'];
      const catalog = buildCatalog(root, opts.policy, where);
      const files = yamlFilesUnder(root, where, (f) => /\.cases\.ya?ml$/i.test(f));
      const results: CaseResult[] = [];
      const problems = [...catalog.diagnostics];
      for (const f of files) {
        const out = runCasesFile(f, relative(root, f).split(sep).join('/'), catalog, root);
        results.push(...out.results);
        problems.push(...out.diagnostics);
      }
      let current = '';
      for (const r of results) {
        if (r.file !== current) ctx.io.stdout(`${(current = r.file)}\n`);
        const mark = r.ok ? '✓' : '✗';
        ctx.io.stdout(`  ${mark} ${r.rule} ${r.kind}: ${terminalSafe(r.name)}${r.ok ? '' : `\n      ${r.file}:${r.line}: ${terminalSafe(r.problem ?? '')}`}\n`);
      }
      for (const d of problems) ctx.io.stderr(formatDiagnostic(d) + '\n');
      const failed = results.filter((r) => !r.ok).length;
      ctx.io.stdout(`\n${results.length - failed} passed, ${failed} failed\n`);
      if (opts.junit) writeOut(resolve(root, opts.junit), casesJUnit(results));
      ctx.exit = problems.length ? EXIT.usage : failed ? EXIT.findings : results.length === 0 ? EXIT.usage : EXIT.ok;
      if (results.length === 0 && !problems.length) ctx.io.stderr('no test cases found (*.cases.yaml)\n');
    });
}
