import { Command, Argument } from 'commander';
import type { CliContext } from '../context.js';
import { buildCatalog } from '../../policy/catalog.js';
import { loaders } from '../../loaders/index.js';
import { formatDiagnostic } from '../../errors.js';
import { EXIT } from '../io.js';
import { resolvePackRef } from '../../policy/resolve.js';
import { prepareRemotePacks } from '../../policy/remote/prepare.js';

const pad = (s: string, n: number): string => (s.length >= n ? s + ' ' : s + ' '.repeat(n - s.length));

/** Rows of cells as aligned columns (two spaces apart; the last column is not padded). */
function table(rows: string[][]): string {
  const widths = rows.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] + 2))).join('').trimEnd() + '\n').join('');
}

export function registerList(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .description('what is installed: packs (versions, digests), rules, controls (framework mappings), inputs')
    .addArgument(new Argument('<what>', 'packs, rules, controls or inputs').choices(['packs', 'rules', 'controls', 'inputs']))
    .option('-p, --policy <pack>', 'list this pack too / only rules and controls of these packs (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .option('--json', 'machine-readable output')
    .action(async (what: string, opts: { policy: string[]; json?: boolean }) => {
      await prepareRemotePacks({ refs: opts.policy, policyRoot: ctx.io.cwd, env: ctx.io.env });
      const catalog = buildCatalog(ctx.io.cwd, opts.policy, []);
      for (const d of catalog.diagnostics) ctx.io.stderr(formatDiagnostic(d) + '\n');
      if (catalog.diagnostics.length) ctx.exit = EXIT.usage;
      const files = new Set(opts.policy.map((r) => resolvePackRef(r, ctx.io.cwd, ctx.io.cwd)).flatMap((l) => ('file' in l ? [l.file] : [])));
      const only = opts.policy.length ? new Set([...catalog.packs.values()].filter((p) => files.has(p.file) || opts.policy.some((r) => r.split('@')[0] === p.id)).map((p) => p.id)) : undefined;
      const packs = [...catalog.packs.values()].filter((p) => !only || only.has(p.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
      let rows: Record<string, unknown>[];
      if (what === 'packs') {
        rows = packs.map((p) => ({ id: p.id, version: p.version, rules: p.rules.size, controls: p.allControls.length, source: p.source, digest: p.digest, title: p.title, parameters: Object.keys(p.parameters), extends: p.extends, owner: p.owner }));
      } else if (what === 'rules') {
        const seen = new Map<string, Record<string, unknown>>();
        for (const p of packs) for (const [id, r] of p.rules) {
          const row = seen.get(id) ?? { id, severity: p.severity[id] ?? r.severity, input: r.types.join(','), packs: [] as string[], title: r.title, file: r.source.path };
          (row.packs as string[]).push(p.id);
          seen.set(id, row);
        }
        rows = [...seen.values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
      } else if (what === 'controls') {
        rows = packs.flatMap((p) => p.allControls.map((c) => ({ id: c.id, pack: p.id, title: c.title, rules: c.rules, frameworks: c.frameworks ?? {}, since: c.since, until: c.until })));
      } else {
        rows = Object.values(loaders).map((l) => ({ type: l.type, description: l.description }));
      }
      if (opts.json) {
        ctx.io.stdout(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      if (what === 'packs') {
        ctx.io.stdout(table([['PACK', 'VERSION', 'RULES', 'CONTROLS', 'SOURCE', 'DIGEST', 'TITLE'], ...rows.map((r) => [String(r.id), String(r.version), String(r.rules), String(r.controls), String(r.source), String(r.digest).slice(0, 19) + '…', String(r.title)])]));
      } else if (what === 'rules') {
        ctx.io.stdout(table([['RULE', 'SEVERITY', 'INPUT', 'PACKS', 'TITLE'], ...rows.map((r) => [String(r.id), String(r.severity), String(r.input), (r.packs as string[]).join(','), String(r.title)])]));
      } else if (what === 'controls') {
        for (const r of rows) {
          const fw = Object.entries(r.frameworks as Record<string, string[]>).map(([k, v]) => `${k}: ${v.join(' ')}`).join('; ');
          const ver = r.since || r.until ? ` [${r.since ?? ''}..${r.until ?? ''})` : '';
          ctx.io.stdout(`${pad(String(r.id), 36)}${pad(String(r.pack), 26)}${r.title}${ver}\n${' '.repeat(38)}rules: ${(r.rules as string[]).join(', ')}${fw ? `\n${' '.repeat(38)}${fw}` : ''}\n`);
        }
      } else ctx.io.stdout(table([['INPUT', 'DESCRIPTION'], ...rows.map((r) => [String(r.type), String(r.description)])]));
    });
}
