import type { EngineErrors } from '../engine/index.js';
import { mdText } from '../reports/escape/markdown.js';
import type { ActionCore } from './deps.js';
import { writeJobSummary } from './summary.js';

/** A broken config or policy: one error annotation per problem at its file and line, a summary table, a failed step. */
export async function reportPolicyErrors(core: ActionCore, error: EngineErrors, env: NodeJS.ProcessEnv): Promise<void> {
  for (const d of error.diagnostics) {
    core.error(`${d.code}: ${d.message}`, { title: `bylaw ${d.code}`, file: d.path, startLine: d.line, startColumn: d.column });
  }
  const rows = error.diagnostics.map((d) => `| \`${mdText(`${d.path}:${d.line}:${d.column}`)}\` | ${mdText(d.code)} | ${mdText(d.message)} |`);
  await writeJobSummary(`## bylaw: configuration or policy error\n\nNothing was evaluated.\n\n| Where | Code | Problem |\n|---|---|---|\n${rows.join('\n')}\n`, env);
  core.setFailed(`bylaw: ${error.diagnostics.length} configuration or policy error(s); nothing was evaluated`);
}
