import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { parseParams, splitList } from '../params.js';
import { UsageError, writeChunks, writeOut } from '../io.js';
import { scan } from '../../scan/scan.js';
import { exitCode } from '../../exit-code.js';
import { isReportFormat, reporters } from '../../../reports/index.js';
import { render } from '../../render.js';
import { writeReports } from '../../../reports/write.js';
import { verdictLine } from '../../../reports/text.js';
import { jsonChunks } from '../../../reports/json.js';
import type { ScanOptions } from '../../scan/options.js';
import type { Result } from '../../types.js';
import { changedLines } from '../../git/changed-lines.js';
import { clockFromEnv } from '../../waivers/clock.js';

const FAIL_ON = ['critical', 'high', 'medium', 'low', 'info', 'none'];

/** Options shared by `scan` and the commands that scan (`baseline create`, `diff`). */
export function addScanOptions(cmd: Command): Command {
  return cmd
    .argument('[paths...]', 'files, directories or globs to scan (default: .)')
    .option('-p, --policy <pack>', 'pack NAME[@RANGE|@PATH] or path (repeatable)', collect, [])
    .option('--param <key=value>', 'pack parameter, KEY or PACK.KEY (repeatable)', collect, [])
    .option('-c, --config <file>', 'config file (default: .bylaw.yaml when present)')
    .option('--no-config', 'ignore any .bylaw.yaml')
    .option('--exceptions <file>', 'exceptions (waivers) file')
    .option('--baseline <file>', 'report only findings not in this baseline')
    .option('--changed-since <ref>', 'only findings on files/lines changed since this git ref')
    .addOption(new Option('--changed-mode <mode>', 'with --changed-since: files or lines').choices(['files', 'lines']).default('lines'))
    .option('--shard <i/n>', 'scan only shard I of N (deterministic partition by path)')
    .option('--workers <n>', 'worker threads (1 = none; default: by input size)', (v) => Number.parseInt(v, 10))
    .option('--root <dir>', 'scan root: finding paths are relative to it (default: current directory)')
    .option('--stdin-filename <name>', 'with the path `-`: the name standard input is scanned as (drives input detection)', 'stdin.yaml');
}

/** All of standard input, as bytes. */
async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Command-line options → ScanOptions (shared by every command that scans). */
export async function scanOptionsFrom(paths: string[], opts: Record<string, unknown>, ctx: CliContext): Promise<ScanOptions> {
  const root = resolve(ctx.io.cwd, (opts.root as string) ?? '.');
  const fromStdin = paths.includes('-');
  const rest = paths.filter((p) => p !== '-');
  const options: ScanOptions = {
    root,
    paths: fromStdin ? rest : paths.length ? paths : ['.'],
    stdin: fromStdin ? { path: String(opts.stdinFilename ?? 'stdin.yaml'), bytes: await (ctx.io.readStdin ?? readProcessStdin)() } : undefined,
    policies: splitList(opts.policy as string[]),
    params: parseParams(opts.param as string[]),
    config: opts.config === false ? false : (opts.config as string | undefined),
    exceptions: opts.exceptions ? resolve(ctx.io.cwd, opts.exceptions as string) : undefined,
    baseline: opts.baseline ? resolve(ctx.io.cwd, opts.baseline as string) : undefined,
    shard: opts.shard as string | undefined,
    workers: opts.workers as number | undefined,
    // Repository settings rules read the GitHub API only when the environment gives a token and a repository.
    github: ctx.io.env.GITHUB_REPOSITORY && (ctx.io.env.BYLAW_GITHUB_TOKEN || ctx.io.env.GITHUB_TOKEN) ? (await import('../../loaders/repository-github-client.js')).githubClientFromEnv(ctx.io.env) : undefined,
    env: ctx.io.env,
  };
  const now = clockFromEnv(ctx.io.env);
  if (now) options.now = now;
  if (opts.changedSince) {
    options.changedSince = opts.changedSince as string;
    options.changedMode = opts.changedMode as 'files' | 'lines';
    options.changed = await changedLines({ cwd: root, base: opts.changedSince as string, mode: options.changedMode, relative: true });
  }
  return options;
}

export function registerScan(program: Command, ctx: CliContext): void {
  addScanOptions(program.command('scan').description('evaluate policy packs against files and report findings'))
    .option('-f, --format <formats>', `output format(s), comma-separated: ${Object.keys(reporters).join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the (single) format to this file instead of stdout')
    .option('--output-dir <dir>', 'write every format to this directory, with a sha256 manifest')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity fails').choices(FAIL_ON))
    .option('--no-progress', 'no progress indicator')
    .option('-q, --quiet', 'print nothing but errors (exit status still tells)')
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const formats = splitList([opts.format as string]);
      for (const f of formats) if (!isReportFormat(f)) throw new UsageError(`unknown format "${f}" (one of: ${Object.keys(reporters).join(', ')})`);
      if (opts.output && formats.length > 1) throw new UsageError('--output takes one format; use --output-dir for several');
      const options = await scanOptionsFrom(paths, opts, ctx);
      options.failOn = opts.failOn as ScanOptions['failOn'];
      const showProgress = opts.progress !== false && !opts.quiet && ctx.io.isTTY;
      if (showProgress) {
        let last = 0;
        options.onProgress = (done, total) => {
          const now = Date.now();
          if (total < 50 || (now - last < 100 && done < total)) return;
          last = now;
          ctx.io.stderr(`\r\x1b[2Kscanning ${done}/${total} files${done === total ? '\n' : ''}`);
        };
      }
      const result = await scan(options);
      await emit(result, formats, opts, ctx, options.root!);
      ctx.exit = exitCode(result);
    });
}

/** Write a result in the requested formats: stdout, --output or --output-dir. */
export async function emit(result: Result, formats: string[], opts: Record<string, unknown>, ctx: CliContext, root: string): Promise<void> {
  const color = ctx.io.isTTY && !ctx.io.env.NO_COLOR;
  const source = (p: string): string | undefined => {
    try {
      return readFileSync(join(root, p), 'utf8');
    } catch {
      return undefined;
    }
  };
  if (opts.outputDir) {
    const written = await writeReports(result, formats as never[], resolve(ctx.io.cwd, opts.outputDir as string), {});
    if (!opts.quiet) ctx.io.stderr(verdictLine(result, color) + `reports: ${written.length} file(s) in ${opts.outputDir}\n`);
    return;
  }
  for (const format of formats) {
    if (format === 'json' && opts.output) {
      writeChunks(resolve(ctx.io.cwd, opts.output as string), jsonChunks(result));
      continue;
    }
    const out = render(result, format, { color: format === 'text' && color && !opts.output, source });
    if (opts.output) writeOut(resolve(ctx.io.cwd, opts.output as string), out);
    else if (!opts.quiet || format !== 'text') ctx.io.stdout(out);
  }
  if (opts.output && !opts.quiet) ctx.io.stderr(verdictLine(result, color));
}
