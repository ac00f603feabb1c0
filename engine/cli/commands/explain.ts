import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { packageRoot } from '../../policy/builtin.js';
import type { CliContext } from '../context.js';
import { buildCatalog } from '../../policy/catalog.js';
import { EXIT, UsageError } from '../io.js';
import { prepareRemotePacks } from '../../policy/remote/prepare.js';
import { remoteFile } from '../../policy/remote/registry.js';
import type { Rule } from '../../policy/rule.js';

export function registerExplain(program: Command, ctx: CliContext): void {
  program
    .command('explain')
    .description("print a rule's text, rationale, remediation, controls and examples")
    .argument('<rule-id>', 'rule id (see `bylaw list rules`)')
    .option('-p, --policy <pack>', 'look in this pack too (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .action(async (id: string, opts: { policy: string[] }) => {
      await prepareRemotePacks({ refs: opts.policy, policyRoot: ctx.io.cwd, env: ctx.io.env });
      const catalog = buildCatalog(ctx.io.cwd, opts.policy, []);
      const entry = catalog.rules.get(id);
      if (!entry) throw new UsageError(`unknown rule "${id}" (see \`bylaw list rules\`)`);
      const { rule } = entry;
      const controls = [...catalog.packs.values()].flatMap((p) => p.allControls.filter((c) => c.rules.includes(id)).map((c) => ({ pack: p.id, c })));
      const out: string[] = [`${rule.id}: ${rule.title}`, `severity: ${rule.severity}   input: ${rule.types.join(', ')}${rule.kinds ? `   kinds: ${[...rule.kinds].join(', ')}` : ''}`, `defined in: ${rule.source.path}:${rule.source.line}`, ''];
      if (rule.description) out.push(rule.description.trim(), '');
      if (rule.rationale) out.push('Why:', rule.rationale.trim(), '');
      if (rule.remediation) out.push('How to fix:', rule.remediation.trim(), '');
      if (controls.length) {
        out.push('Controls:');
        for (const { pack, c } of controls) {
          const fw = Object.entries(c.frameworks ?? {}).map(([k, v]) => `${k} ${v.join(', ')}`).join('; ');
          out.push(`  ${c.id} (${pack}): ${c.title}${fw ? ` — ${fw}` : ''}`);
        }
        out.push('');
      }
      if (rule.references.length) out.push('References:', ...rule.references.map((r) => `  ${r}`), '');
      const examples = findExamples(rule, ctx.io.cwd);
      if (examples) out.push('Examples:', examples, '');
      ctx.io.stdout(out.join('\n'));
      ctx.exit = EXIT.ok;
    });
}

/** The start of the rule's cases file: beside the rule file (`<id>.cases.yaml`, `<name>.cases.yaml`), or bylaw's test/rules/. */
function findExamples(rule: Rule, cwd: string): string | undefined {
  const src = rule.source.path;
  const ruleFile = remoteFile(src) ?? (src.startsWith('rules/') ? join(packageRoot(), src) : isAbsolute(src) ? src : join(cwd, src));
  const candidates = [
    join(dirname(ruleFile), `${rule.id}.cases.yaml`),
    join(dirname(ruleFile), basename(ruleFile).replace(/\.ya?ml$/i, '.cases.yaml')),
    join(packageRoot(), 'test', 'rules', `${rule.id}.cases.yaml`),
  ];
  for (const file of candidates) {
    try {
      const text = readFileSync(file, 'utf8');
      return text.split('\n').filter((l) => !l.startsWith('# yaml-language-server:')).slice(0, 40).map((l) => '  ' + l).join('\n');
    } catch {
      /* next */
    }
  }
  return undefined;
}
