import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../policy/builtin.js';
import type { CliContext } from '../context.js';
import { buildCatalog } from '../../policy/catalog.js';
import { EXIT, UsageError } from '../io.js';

export function registerExplain(program: Command, ctx: CliContext): void {
  program
    .command('explain')
    .description("print a rule's text, rationale, remediation, controls and examples")
    .argument('<rule-id>', 'rule id (see `bylaw list rules`)')
    .option('-p, --policy <pack>', 'look in this pack too (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .action((id: string, opts: { policy: string[] }) => {
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
      const examples = findExamples(id);
      if (examples) out.push('Examples:', examples, '');
      ctx.io.stdout(out.join('\n'));
      ctx.exit = EXIT.ok;
    });
}

/** The first invalid and valid inputs from the rule's cases file, when bylaw ships one. */
function findExamples(id: string): string | undefined {
  try {
    const text = readFileSync(join(packageRoot(), 'test', 'rules', `${id}.cases.yaml`), 'utf8');
    return text.split('\n').slice(0, 40).map((l) => '  ' + l).join('\n');
  } catch {
    return undefined;
  }
}
