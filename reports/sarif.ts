import { pathToFileURL } from 'node:url';
import type { Finding } from '../engine/types.js';
import type { Reporter } from './reporter.js';
import { byText, compareByLocation, severityRank } from './model/order.js';
import { controlIndex } from './model/describe.js';
import { collectRules, ruleDescriptor } from './sarif/rules.js';
import { SRCROOT, artifactLocation, diagnosticNotification, errorFindingNotification, sarifResult } from './sarif/results.js';
import { GITHUB_LIMITS, fitToSize } from './sarif/limits.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** `bylaw/<pack>+<pack>/`: GitHub's category, so runs of different pack sets do not replace each other's alerts. */
export function automationId(packIds: readonly string[]): string {
  const ids = [...new Set(packIds)].sort(byText);
  return `bylaw/${ids.join('+')}${ids.length > 0 ? '/' : ''}`;
}

function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * SARIF 2.1.0 for code scanning: one run, rules with full help, one result per failing or waived finding
 * (waivers as suppressions), `security-severity`, `partialFingerprints`, URIs relative to `%SRCROOT%`, and
 * unreadable files or rules as tool execution notifications. Stays within GitHub's limits (results per run and
 * file size), keeping the most severe results and saying what was left out.
 */
export const sarif: Reporter = (result) => {
  const controls = controlIndex(result);
  const rules = collectRules(result).slice(0, GITHUB_LIMITS.rulesPerRun);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const inputs = [...result.inputs].sort((a, b) => byText(a.path, b.path));
  const artifacts = new Map(inputs.map((input, index) => [input.path, index]));
  const reported = result.findings.filter((finding) => finding.status === 'fail' || finding.status === 'waived');
  const ranked = [...reported].sort((a, b) => Number(a.status === 'waived') - Number(b.status === 'waived') || severityRank(a.severity) - severityRank(b.severity) || compareByLocation(a, b));
  const limit = Math.min(ranked.length, GITHUB_LIMITS.resultsPerRun);
  const notifications = dedupe([
    ...result.errors.map((error) => diagnosticNotification(error, artifacts)),
    ...result.findings.filter((finding) => finding.status === 'error').map((finding) => errorFindingNotification(finding, ruleIndex, artifacts)),
  ]);
  const root = result.run.root && result.run.root.startsWith('/') ? pathToFileURL(result.run.root.endsWith('/') ? result.run.root : result.run.root + '/').href : undefined;
  const descriptors = rules.map((rule) => ruleDescriptor(rule, controls));
  const sarifResults = reported.map((finding) => sarifResult(finding, ruleIndex, artifacts));

  const build = (kept: number) => {
    const keptSet = new Set<Finding>(ranked.slice(0, kept));
    const results = sarifResults.filter((_, index) => keptSet.has(reported[index]));
    const omitted = reported.length - kept;
    const truncation = omitted > 0
      ? [{ level: 'warning', descriptor: { id: 'results-truncated' }, message: { text: `${omitted} of ${reported.length} results were left out to stay within GitHub's limits (${GITHUB_LIMITS.resultsPerRun} results per run, ${GITHUB_LIMITS.gzipBytes} gzip-compressed bytes per file); the least severe were dropped first. The JSON report has every finding.` } }]
      : [];
    const allNotifications = [...truncation, ...notifications];
    return {
      $schema: SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'bylaw', version: result.tool.version, semanticVersion: result.tool.version, rules: descriptors } },
          automationDetails: { id: automationId(result.packs.map((pack) => pack.id)) },
          invocations: [
            {
              executionSuccessful: !result.errors.some((error) => error.code === 'internal'),
              startTimeUtc: result.run.startedAt,
              ...(allNotifications.length > 0 ? { toolExecutionNotifications: allNotifications } : {}),
            },
          ],
          ...(root ? { originalUriBaseIds: { [SRCROOT]: { uri: root } } } : {}),
          artifacts: inputs.map((input) => ({ location: artifactLocation(input.path, new Map()), hashes: { 'sha-256': input.sha256 }, properties: { type: input.type } })),
          results,
          columnKind: 'utf16CodeUnits',
          properties: {
            ...(result.run.commit ? { commit: result.run.commit } : {}),
            ...(result.run.ref ? { ref: result.run.ref } : {}),
            packs: result.packs.map((pack) => ({ id: pack.id, version: pack.version, digest: pack.digest })),
            verdict: result.summary.verdict,
            failOn: result.summary.failOn,
            ...(omitted > 0 ? { truncated: { kept, total: reported.length } } : {}),
          },
        },
      ],
    };
  };
  return fitToSize(limit, GITHUB_LIMITS.gzipBytes, build).text;
};
