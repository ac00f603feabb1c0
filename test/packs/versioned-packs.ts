/** Fixture: a base pack whose controls apply to versions of a standard, and a child that extends and overrides it. */
const rule = (id: string, severity = 'high', kinds = '[Pod]', assert = '{"==": [1, 2]}') =>
  `id: ${id}\ntitle: ${id}\nseverity: ${severity}\nmatch: {type: kubernetes, kinds: ${kinds}}\nassert: ${assert}\nmessage: ${id} failed\n`;

export const files = {
  'base/pack.yaml': `id: base
version: 1.0.0
title: Base
parameters:
  maxReplicas: {type: integer, minimum: 1, default: 3}
  std: {type: string, default: latest}
versionParam: std
rules: [./rules/*.yaml]
controls:
  - {id: C-OLD, title: Before v2, rules: [r-old], until: v2}
  - {id: C-NEW, title: From v2, rules: [r-new], since: v2}
  - {id: C-MID, title: v1.5 up to v3, rules: [r-mid], since: v1.5, until: v3}
  - {id: C-ALL, title: Always, rules: [r-all, r-replicas], frameworks: {nist-800-53: [CM-2]}}
`,
  'base/rules/old.yaml': rule('r-old'),
  'base/rules/new.yaml': rule('r-new'),
  'base/rules/mid.yaml': rule('r-mid'),
  'base/rules/all.yaml': rule('r-all', 'critical'),
  'base/rules/replicas.yaml': rule('r-replicas', 'medium', '[Deployment]', '{"<=": [{"var": "resource.spec.replicas"}, {"var": "params.maxReplicas"}]}'),
  'child/pack.yaml': `id: child
version: 2.0.0
title: Child
extends: [../base]
overrides:
  severity: {r-all: low}
  disabled: [r-old]
  parameters: {maxReplicas: 5}
`,
  'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: c:1}]}\n',
  'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 4\n  template: {spec: {containers: [{name: c, image: c:1}]}}\n',
};

