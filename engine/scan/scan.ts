import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic, Result, Severity } from '../types.js';
import type { ScanOptions } from './options.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { EngineErrors, sortDiagnostics } from '../errors.js';
import { loadConfig } from '../config/load-config.js';
import { loadPolicies } from '../policy/load-policies.js';
import { discover } from './discover.js';
import { scanBytes, scanFile, type FileResult } from './scan-file.js';
import { collect, summarize } from './result.js';
import { postStages, type Draft } from './post-process.js';
import { parseShard, inShard } from './shard.js';
import { gitInfo } from './git-info.js';
import { VERSION } from '../version.js';
import { runInWorkers, shouldUseWorkers, type WorkerInit } from './workers.js';
import type { PolicySet } from '../policy/policy-set.js';
import { scanRepository } from '../loaders/repository-scan.js';
import { prepareForRun } from '../policy/remote/prepare.js';

/**
 * Evaluate the discovered files: in worker threads when the input is large enough to pay, else in this thread.
 * Either way the per-file results are the same plain data.
 */
async function evaluateFiles(files: string[], policy: PolicySet, ctx: WorkerInit & { options: ScanOptions; session: Map<string, unknown> }): Promise<FileResult[]> {
  const inputBytes = (): number =>
    files.reduce((n, f) => {
      try {
        return n + statSync(join(ctx.root, f)).size;
      } catch {
        return n;
      }
    }, 0);
  if (shouldUseWorkers(files.length, ctx.options.workers, inputBytes)) return runInWorkers(files, ctx, ctx.options.workers, ctx.options.onProgress);
  const results: FileResult[] = [];
  const fileOptions = { root: ctx.root, limits: ctx.limits, session: ctx.session };
  files.forEach((path, i) => {
    results.push(scanFile(path, policy, fileOptions));
    ctx.options.onProgress?.(i + 1, files.length);
  });
  return results;
}

/**
 * One run: config → packs → discovery → per-file evaluation → post-processing (waivers, suppressions, baseline,
 * changed lines) → Result. Policy and configuration problems throw EngineErrors (exit 2); input problems are
 * entries in `result.errors` and never stop the other files.
 */
export async function scan(options: ScanOptions = {}): Promise<Result> {
  const now = options.now?.() ?? new Date();
  const root = resolve(options.root ?? process.cwd());
  const policyRoot = resolve(options.policyRoot ?? root);
  const config = loadConfig(policyRoot, options.config);
  const diagnostics: Diagnostic[] = [...config.diagnostics];
  if (diagnostics.length) throw new EngineErrors(sortDiagnostics(diagnostics));
  const limits: Limits = { ...DEFAULT_LIMITS, ...(config.config.limits ?? {}), ...(options.limits ?? {}) };
  const failOn: Severity | 'none' = options.failOn ?? config.config.failOn ?? 'high';
  const remote = await prepareForRun({ options, config, policyRoot });
  const policy = loadPolicies({ options, config, policyRoot });

  let shard: { index: number; count: number } | undefined;
  if (options.shard) {
    shard = parseShard(options.shard);
    if (!shard) throw new EngineErrors([{ path: '<command line>', line: 1, column: 1, code: 'usage', message: `--shard must be I/N with 1 ≤ I ≤ N, got "${options.shard}"` }]);
  }
  const found = options.stdin && (options.paths ?? []).length === 0 ? { files: [], notes: [] } : discover({ root, paths: options.paths ?? ['.'], include: config.config.include, exclude: config.config.exclude });
  const files = shard ? found.files.filter((f) => inShard(f, shard!)) : found.files;

  const fileOptions = { root, limits, session: new Map<string, unknown>() };
  const results = await evaluateFiles(files, policy, { options, policyRoot, root, limits, remote, session: fileOptions.session });
  if (options.stdin) results.push(scanBytes(options.stdin.path, options.stdin.bytes, policy, fileOptions));
  if (policy.types.has('repository') && (!shard || inShard('.', shard))) results.push(await scanRepository({ root, policy, github: options.github }));
  const collected = collect(results);
  const draft: Draft = { findings: collected.findings, errors: collected.errors, inputs: collected.inputs, notes: [...found.notes, ...collected.notes] };
  for (const stage of postStages) await stage(draft, { options, config, root, policyRoot, files: results, now });

  const git = options.commit ? { commit: options.commit, ref: options.ref } : gitInfo(root);
  const ruleControls = new Map(policy.bound.map((b) => [b.key, b.controls]));
  const result: Result = {
    schemaVersion: '1',
    tool: { name: 'bylaw', version: VERSION },
    run: {
      startedAt: now.toISOString(),
      ...(git.commit ? { commit: git.commit } : {}),
      ...(options.ref ?? git.ref ? { ref: options.ref ?? git.ref } : {}),
      ...(options.changedSince ? { changedSince: options.changedSince } : {}),
      ...(options.shard ? { shard: options.shard } : {}),
    },
    packs: policy.packRefs,
    inputs: draft.inputs,
    findings: draft.findings,
    errors: draft.errors,
    summary: { ...summarize(draft, policy, collected.tally, ruleControls, collected, failOn), ...draft.summary },
    rules: policy.rules,
    controls: policy.controls,
  };
  if (draft.notes.length) result.notes = draft.notes;
  return result;
}
