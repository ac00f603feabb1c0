/** Text of the files `bylaw init` writes, for an organisation slug (`acme` → pack `acme-baseline`). */
export interface InitTemplate {
  /** Path relative to the target directory, `/`-separated. */
  path: string;
  content: string;
}

const modeline = (schemaPath: string): string => `# yaml-language-server: $schema=${schemaPath}\n`;

/** The cases' Deployment, indented as the block scalar of `input: |`; `labels` is what follows `labels:`. */
const deployment = (labels: string): string => `      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels:${labels}
      spec:
        template:
          spec:
            containers: [{name: web, image: web:1.0}]`;

/** The starter files (config, exceptions, one pack with one rule and its cases). Schemas and the lock come separately. */
export function starterFiles(org: string): InitTemplate[] {
  const pack = `${org}-baseline`;
  const rule = `${org}-required-labels`;
  const dir = `policies/${pack}`;
  return [
    {
      path: '.bylaw.yaml',
      content: `${modeline('./.bylaw/schema/config.schema.json')}# bylaw configuration: which packs judge this repository, with which parameters, and what fails the run.
packs:
  - ./${dir}                 # your own pack (it extends the built-in pss-baseline)
parameters:
  ${pack}.requiredLabels: [app.kubernetes.io/name, team]
failOn: high                  # exit 1 when a finding of this severity or above fails (critical|high|medium|low|info|none)
exclude:
  - "policies/**"             # policy sources are not inputs
  - ".bylaw/**"
exceptions: bylaw-exceptions.yaml
`,
    },
    {
      path: 'bylaw-exceptions.yaml',
      content: `${modeline('./.bylaw/schema/exceptions.schema.json')}# Signed-off deviations. Each needs a reason, an approver and (by default) an expiry; expired ones no longer waive.
exceptions: []
#  - rule: ${rule}
#    paths: ["deploy/legacy/**"]
#    reason: Legacy chart, relabelled in SEC-123
#    ticket: SEC-123
#    approved_by: jane.doe@example.com
#    expires: 2027-03-31
`,
    },
    {
      path: `${dir}/pack.yaml`,
      content: `${modeline('../../.bylaw/schema/pack.schema.json')}id: ${pack}
version: 0.1.0
title: ${org} Kubernetes baseline
description: |
  The Kubernetes Pod Security Standards (baseline level) plus ${org}'s own requirements.
owner: security@${org}.example
changelog:
  - version: 0.1.0
    changes: [First version, written by bylaw init.]
extends:
  - pss-baseline              # built-in; or a path, or github:OWNER/REPO[/PATH]@TAG
parameters:
  requiredLabels:
    description: Labels every workload must carry.
    type: array
    items: {type: string, minLength: 1}
    default: [app.kubernetes.io/name]
rules:
  - ./rules/*.yaml
controls:
  - id: ${org.toUpperCase()}-K8S-1
    title: Workloads are labelled with the application and the team that owns them
    rules: [${rule}]
    frameworks:
      nist-800-53: [CM-8]
      iso-27001-2022: [A.5.9]
overrides:
  parameters:
    version: latest           # the Pod Security Standards as of this Kubernetes version (v1.0 … latest)
  # severity: {pss-host-ports: medium}
  # disabled: [pss-sysctls]
`,
    },
    {
      path: `${dir}/rules/${rule}.yaml`,
      content: `${modeline('../../../.bylaw/schema/rule.schema.json')}id: ${rule}
title: Workloads carry the required labels
severity: medium
description: |
  Every workload (Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob, ...) carries each label listed in the
  pack parameter \`requiredLabels\`.
rationale: Labels tie a running workload to its application and owning team, for inventory and incident response.
remediation: Add the missing labels under \`metadata.labels\`.
match:
  type: kubernetes
  kinds: [workloads]
assert:
  "===":
    - {"length": {"pick": [{"var": "resource.metadata.labels"}, {"var": "params.requiredLabels"}]}}
    - {"length": {"var": "params.requiredLabels"}}
message: '{{target.kind}} "{{target.name}}" must carry the labels {{params.requiredLabels}}'
location: [/metadata/labels, /metadata]
`,
    },
    {
      path: `${dir}/rules/${rule}.cases.yaml`,
      content: `${modeline('../../../.bylaw/schema/cases.schema.json')}# Run with \`bylaw test\`: valid inputs must pass, invalid ones must fail exactly at the given line and column.
rule: ${rule}
params: {requiredLabels: [app.kubernetes.io/name, team]}
valid:
  - name: both labels
    path: deploy.yaml
    input: |
${deployment(' {app.kubernetes.io/name: web, team: payments}')}
invalid:
  - name: team label missing
    path: deploy.yaml
    input: |
${deployment('\n          app.kubernetes.io/name: web')}
    findings: [{line: 5, column: 3, message: 'must carry the labels'}]
  - name: no labels at all
    path: pod.yaml
    input: |
      apiVersion: v1
      kind: Pod
      metadata:
        name: tool
      spec:
        containers: [{name: tool, image: tool:1.0}]
    findings: [{line: 3, column: 1}]
`,
    },
  ];
}
