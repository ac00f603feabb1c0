import type { Finding } from '../engine/types.js';
import type { Reporter } from './reporter.js';
import { formatDiagnostic, formatPack, ruleIndex } from './model/describe.js';
import { controlPostures } from './model/posture.js';
import { BYLAW_NAMESPACE, UuidFactory, uuidv5 } from './oscal/uuid.js';
import { dateTime, prop, text, token } from './oscal/values.js';
import { backMatter } from './oscal/back-matter.js';
import { observation, risk } from './oscal/observations.js';
import { oscalFindings } from './oscal/findings.js';

/** The OSCAL version the output conforms to (validated against that release's assessment-results schema). */
export const OSCAL_VERSION = '1.1.3';

/** Above this many findings the document is written without indentation (it halves the size of large runs). */
export const PRETTY_MAX_FINDINGS = 5_000;

/** Removes empty `props` arrays in place (OSCAL arrays need at least one item). */
function dropEmptyProps(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) dropEmptyProps(item);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.props) && record.props.length === 0) delete record.props;
    for (const key in record) if (typeof record[key] === 'object') dropEmptyProps(record[key]);
  }
}

/** Serialises (undefined values vanish), indented unless the document is large. */
function serialise(value: unknown, pretty: boolean): string {
  dropEmptyProps(value);
  return JSON.stringify(value, null, pretty ? 2 : undefined) + '\n';
}

/**
 * OSCAL 1.1.3 assessment results: one result with an observation per finding (location as relevant evidence),
 * a finding per control (or control-less rule) targeting its id with satisfied / not-satisfied, a risk per
 * failing (open) or waived (deviation approved) finding, diagnostics in the assessment log, and the evidence
 * (packs with digests and parameters, inputs with SHA-256, commit) in back-matter. Every UUID is a version-5
 * UUID derived from content, and every time comes from the run, so the same result gives the same document.
 */
export const oscal: Reporter = (result) => {
  const started = dateTime(result.run.startedAt) ?? '1970-01-01T00:00:00.000Z';
  const identity = JSON.stringify([result.tool.version, started, result.run.commit ?? '', result.run.ref ?? '', result.packs.map((p) => p.digest), result.inputs.map((i) => i.sha256)]);
  const root = uuidv5(identity, BYLAW_NAMESPACE);
  const ids = new UuidFactory(root);
  const rules = ruleIndex(result);
  const toolUuid = ids.id('tool', `${result.tool.name}@${result.tool.version}`);
  const { resources, refs } = backMatter(result, ids);

  const observationIds = new Map<Finding, string>();
  const riskIds = new Map<Finding, string>();
  const observations = result.findings.map((finding) => {
    const obs = observation(finding, started, rules, ids, toolUuid, refs.inputs);
    observationIds.set(finding, obs.uuid as string);
    return obs;
  });
  const risks = result.findings
    .filter((finding) => finding.status === 'fail' || finding.status === 'waived')
    .map((finding) => {
      const r = risk(finding, rules, ids, toolUuid, observationIds.get(finding)!, started);
      riskIds.set(finding, r.uuid as string);
      return r;
    });
  const controls = controlPostures(result);
  const findings = oscalFindings(result, controls, ids, toolUuid, observationIds, riskIds);
  const log = result.errors.map((error) => ({
    uuid: ids.id('log', `${formatDiagnostic(error)}:${error.code}:${error.message}`),
    title: text(error.code),
    description: text(`${formatDiagnostic(error)}: ${error.message}`),
    start: started,
    props: [...prop('path', error.path), ...prop('line', error.line), ...prop('column', error.column)],
  }));
  const packList = result.packs.map(formatPack).join(', ') || 'no packs';
  const { byStatus } = result.summary;

  const document = {
    'assessment-results': {
      uuid: root,
      metadata: {
        title: text(`bylaw assessment results: ${packList}`),
        'last-modified': started,
        version: text(result.tool.version),
        'oscal-version': OSCAL_VERSION,
        props: [...prop('tool', `${result.tool.name} ${result.tool.version}`), ...prop('commit', result.run.commit ?? ''), ...prop('ref', result.run.ref ?? '')],
      },
      'import-ap': { href: `#${refs.plan}`, remarks: 'The policy packs in back-matter are the assessment plan.' },
      results: [
        {
          uuid: ids.id('result', identity),
          title: text(`bylaw run started ${started}`),
          description: text(`Policy packs ${packList} evaluated on ${result.summary.files} files (${result.summary.resources} resources): ${byStatus?.fail ?? 0} failed, ${byStatus?.waived ?? 0} waived, ${byStatus?.pass ?? 0} passed, ${byStatus?.error ?? 0} not evaluated, ${byStatus?.skip ?? 0} not applicable. Verdict: ${result.summary.verdict} (fails on ${result.summary.failOn}).`),
          start: started,
          props: [...prop('verdict', result.summary.verdict), ...prop('fail-on', result.summary.failOn), ...prop('commit', result.run.commit ?? ''), ...prop('ref', result.run.ref ?? '')],
          'local-definitions': {
            components: [
              { uuid: toolUuid, type: 'software', title: text(`${result.tool.name} ${result.tool.version}`), description: 'Policy-as-code engine that produced these results.', status: { state: 'operational' } },
            ],
          },
          'reviewed-controls': {
            'control-selections': [controls.length > 0 ? { 'include-controls': controls.map((c) => ({ 'control-id': token(c.id) })) } : { 'include-all': {} }],
          },
          ...(log.length > 0 ? { 'assessment-log': { entries: log } } : {}),
          ...(observations.length > 0 ? { observations } : {}),
          ...(risks.length > 0 ? { risks } : {}),
          ...(findings.length > 0 ? { findings } : {}),
        },
      ],
      'back-matter': { resources },
    },
  };
  return serialise(document, result.findings.length <= PRETTY_MAX_FINDINGS);
};
