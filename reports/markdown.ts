import type { Finding } from '../engine/types.js';
import type { Reporter } from './reporter.js';
import { mdText } from './escape/markdown.js';
import { formatDiagnostic, formatLocation, ruleIndex } from './model/describe.js';
import { byText, compareByImportance } from './model/order.js';
import { POSTURE_STATES, controlPostures, countStates } from './model/posture.js';
import { Budget } from './markdown/budget.js';
import { linkBaseOf } from './markdown/format.js';
import {
  ERRORS_HEADER, FINDINGS_HEADER, WAIVERS_HEADER, context, counts, errorRow, findingRow, headline, remediationItem, ruleFallbacks, waiverRow,
  type RuleFallbacks,
} from './markdown/sections.js';

/** Hidden marker at the top of the PR comment, so the Action can find and update its own comment. */
export const COMMENT_MARKER = '<!-- bylaw:comment -->';
/** Default size limits: a PR comment stays under GitHub's 65,536 characters, a job summary under 1 MiB. */
export const DEFAULT_MAX = { comment: 65_000, summary: 1_000_000 } as const;
const TOP = { comment: 10, summary: 25 } as const;
/** Room kept for closing tags, the truncation note and the footer. */
const RESERVE = 600;

/** A section of rows inside `<details>`: adds what fits, counts what does not. */
interface Progress {
  stopped: boolean;
  /** Findings (failing, waived, not evaluated) left out. */
  findings: number;
  /** Other rows (remediation, file errors) left out. */
  other: number;
}

/** A table or list row, rendered only if the budget still has room, and whether it stands for a finding (for the "not shown" count). */
type Row = { render: () => string; kind: 'findings' | 'other' };

function section(budget: Budget, state: Progress, open: string, rows: Row[], close: string): void {
  if (rows.length === 0) return;
  if (state.stopped || !budget.add(open, RESERVE + close.length)) {
    state.stopped = true;
    rows.forEach((line) => state[line.kind]++);
    return;
  }
  for (const line of rows) {
    if (state.stopped || !budget.add(line.render(), RESERVE + close.length)) {
      state.stopped = true;
      state[line.kind]++;
    }
  }
  budget.force(close);
}

function lazyRows<T>(items: readonly T[], kind: Row['kind'], render: (item: T) => string): Row[] {
  return items.map((item) => ({ render: () => render(item), kind }));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function controlsLine(result: Parameters<Reporter>[0]): string {
  const postures = controlPostures(result);
  if (postures.length === 0) return '';
  const states = countStates(postures);
  const tally = POSTURE_STATES.map((state) => `${states[state]} ${state.replace('-', ' ')}`);
  return `**Controls:** ${tally.join(' · ')}\n\n`;
}

/**
 * Markdown for GitHub: `variant: 'summary'` (job summary) or `'comment'` (PR comment). Verdict, counts by
 * severity, the top failing findings linked to `linkBase/path#Lline`, the rest and the remediation, waivers and
 * errors in collapsible sections. Always under `maxLength` bytes: what does not fit is counted in a
 * "N more findings not shown" line. Every piece of finding, rule and waiver text is neutralised.
 */
export const markdown: Reporter = (result, options) => {
  const variant = options.variant === 'comment' ? 'comment' : 'summary';
  const budget = new Budget(options.maxLength ?? DEFAULT_MAX[variant]);
  const base = linkBaseOf(options.linkBase);
  const rules = ruleIndex(result);
  const state: Progress = { stopped: false, findings: 0, other: 0 };
  const footer = `\n<sub>bylaw ${mdText(result.tool.version)} · fails on ${mdText(result.summary.failOn)} or worse · run started ${mdText(result.run.startedAt)}</sub>\n`;

  budget.force((variant === 'comment' ? COMMENT_MARKER + '\n' : '') + headline(result) + context(result) + counts(result) + controlsLine(result));

  const failing = result.findings.filter((finding) => finding.status === 'fail').sort(compareByImportance);
  const top = failing.slice(0, TOP[variant]);
  const rest = failing.slice(TOP[variant]);
  if (top.length > 0) section(budget, state, '### Top findings\n\n' + FINDINGS_HEADER, lazyRows(top, 'findings', (f) => findingRow(f, rules, base)), '');
  section(budget, state, `\n<details><summary>${rest.length} more failing findings</summary>\n\n${FINDINGS_HEADER}`, lazyRows(rest, 'findings', (f) => findingRow(f, rules, base)), '\n</details>\n');

  const failingRules = [...new Set(failing.map((finding) => finding.ruleId))].sort(byText);
  let fallbacks: RuleFallbacks | undefined;
  const fallbacksOnce = () => (fallbacks ??= ruleFallbacks(result.findings));
  section(budget, state, `\n<details><summary>How to fix (${plural(failingRules.length, 'rule')})</summary>\n\n`, lazyRows(failingRules, 'other', (id) => remediationItem(id, rules, fallbacksOnce)), '\n</details>\n');

  const waived: Finding[] = result.findings.filter((finding) => finding.status === 'waived');
  section(budget, state, `\n<details><summary>Waived findings (${waived.length})</summary>\n\n${WAIVERS_HEADER}`, lazyRows(waived, 'findings', (f) => waiverRow(f, base)), '\n</details>\n');

  const errorFindings = result.findings.filter((finding) => finding.status === 'error');
  const errorCount = errorFindings.length + result.errors.length;
  const open = `\n<details><summary>Could not be evaluated (${errorCount})</summary>\n\n${ERRORS_HEADER}`;
  const errorRows = [
    ...lazyRows(errorFindings, 'findings', (f) => errorRow(formatLocation(f.location), f.ruleId, f.message)),
    ...lazyRows(result.errors, 'other', (error) => errorRow(formatDiagnostic(error), error.code, error.message)),
  ];
  section(budget, state, open, errorRows, '\n</details>\n');

  if (state.findings + state.other > 0) {
    const others = state.other > 0 ? ` (and ${plural(state.other, 'other row')})` : '';
    budget.force(`\n> [!WARNING]\n> ${state.findings} more findings not shown${others}: size limit reached. The HTML, SARIF and JSON reports list everything.\n`);
  }
  budget.force(footer);
  return budget.toString();
};
