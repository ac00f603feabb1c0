import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { EXAMPLE_REPOSITORY } from './events.js';

/**
 * Inputs as the runner passes them: every input declared in action.yml with its default (the `github.job` and
 * `github.token` expressions evaluated), then the workflow's `with:` values on top.
 */
function runnerInputs(withInputs: Record<string, string>, job: string, token: string): Record<string, string> {
  const action = load(readFileSync('action.yml', 'utf8'), { schema: CORE_SCHEMA }) as { inputs: Record<string, { default?: string }> };
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    inputs[name] = String(input.default ?? '')
      .replace(/\$\{\{\s*github\.job\s*\}\}/g, job)
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return { ...inputs, ...withInputs };
}

/** What one run of the bundled Action left behind. */
export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Parsed GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY contents. */
  summary: string;
  /** Workflow commands on stdout: `{ command, properties, message }` (properties and message unescaped as the runner does). */
  commands: { command: string; properties: Record<string, string>; message: string }[];
}

/** How to run it. */
export interface RunOptions {
  bundle: string;
  workspace: string;
  event: { name: string; payload: unknown };
  /** The workflow's `with:` (input name → value); passed with action.yml's defaults as INPUT_<NAME> (upper case, dashes kept). */
  inputs: Record<string, string>;
  /** `github.token`, the default of the github-token input. */
  token: string;
  apiUrl: string;
  sha: string;
  env?: Record<string, string>;
}

/** Spawn `node bundle/index.js` with a runner-like environment (nothing inherited but PATH and HOME). */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'bylaw-runner-'));
  const eventPath = join(runnerDir, 'event.json');
  const outputPath = join(runnerDir, 'output');
  const summaryPath = join(runnerDir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: EXAMPLE_REPOSITORY,
    GITHUB_SHA: options.sha,
    GITHUB_REF: 'refs/pull/2/merge',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'Policy check',
    GITHUB_JOB: 'bylaw',
    GITHUB_RUN_ID: '1658821493',
    RUNNER_TEMP: runnerDir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(runnerInputs(options.inputs, env.GITHUB_JOB, options.token))) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [join(options.bundle, 'index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => {
    stderr += '\n[harness] the Action did not finish in 240 s; killed\n';
    child.kill('SIGKILL');
  }, 240_000);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
    commands: parseCommands(stdout),
  };
}

/** `name<<DELIM\nvalue\nDELIM` entries, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]] = m[3];
  return outputs;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Lines the runner would treat as workflow commands: `::name k=v,k=v::message`. */
function parseCommands(stdout: string): ActionRun['commands'] {
  const commands: ActionRun['commands'] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return commands;
}
