import { describe, expect, it } from 'vitest';
import { loaders } from '../../engine/loaders/index.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';

const k8s = (text: string, path = 'm.yaml') => loaders.kubernetes.parse({ path, text }, DEFAULT_LIMITS);

const MULTI = `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
    - name: c
      securityContext:
        privileged: yes
---
# second document
apiVersion: v1
kind: Pod
metadata:
  name: b
  labels: {"app": 'web', tier: "front"}
spec:
  containers:
  - name: d
    args: [a, "b c", {k: v}]
    command:
      - |
        echo one
        echo two
    env: &env
      - name: X
        value: "1"
  - name: e
    env: *env
    securityContext:
      <<: {privileged: true}
      runAsUser: 0
`;

const JSON_TEXT = `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "j"},
  "spec": {"containers": [{"name": "c", "securityContext": {"privileged": true}}]}
}`;

/** [description, text, document index, pointer, [startLine, startColumn, endLine, endColumn]] */
const table: [string, string, number, string, [number, number, number, number]][] = [
  ['block scalar value in doc 0', MULTI, 0, '/spec/containers/0/securityContext/privileged', [8, 9, 8, 24]],
  ['flow mapping member', MULTI, 0, '/metadata/name', [3, 12, 3, 19]],
  ['second document key', MULTI, 1, '/metadata/name', [14, 3, 14, 10]],
  ['quoted key in flow mapping', MULTI, 1, '/metadata/labels/app', [15, 12, 15, 24]],
  ['double-quoted flow value', MULTI, 1, '/metadata/labels/tier', [15, 26, 15, 39]],
  ['flow sequence item', MULTI, 1, '/spec/containers/0/args/1', [19, 15, 19, 20]],
  ['flow mapping inside flow sequence', MULTI, 1, '/spec/containers/0/args/2/k', [19, 23, 19, 27]],
  ['literal block scalar item', MULTI, 1, '/spec/containers/0/command/0', [21, 9, 23, 17]],
  ['value through an alias resolves to the anchor', MULTI, 1, '/spec/containers/1/env/0/value', [26, 9, 26, 19]],
  ['merge key member', MULTI, 1, '/spec/containers/1/securityContext/privileged', [30, 12, 30, 28]],
  ['explicit key next to merge', MULTI, 1, '/spec/containers/1/securityContext/runAsUser', [31, 7, 31, 19]],
  ['missing path falls back to closest parent', MULTI, 0, '/spec/containers/0/securityContext/runAsNonRoot', [7, 7, 8, 24]],
  ['missing index falls back to the list', MULTI, 0, '/spec/containers/5', [5, 3, 8, 24]],
  ['document root', MULTI, 1, '', [11, 1, 31, 19]],
];

describe('positions (YAML, multi-document)', () => {
  const parsed = k8s(MULTI);
  it('parses both documents', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents.map((d) => (d.data as { metadata: { name: string } }).metadata.name)).toEqual(['a', 'b']);
  });
  it.each(table)('%s', (_name, _text, index, pointer, [sl, sc, el, ec]) => {
    const loc = parsed.documents[index].locate(pointer);
    expect([loc.startLine, loc.startColumn, loc.endLine, loc.endColumn]).toEqual([sl, sc, el, ec]);
    expect(loc.path).toBe('m.yaml');
    expect(loc.document).toBe(index);
    expect(loc.pointer).toBe(pointer);
  });
});

describe('positions (JSON)', () => {
  const parsed = k8s(JSON_TEXT, 'pod.json');
  it.each([
    ['/metadata/name', [4, 16, 4, 27]],
    ['/spec/containers/0/securityContext/privileged', [5, 61, 5, 79]],
    ['/spec/containers/0/name', [5, 28, 5, 39]],
  ] as [string, number[]][])('%s', (pointer, expected) => {
    const loc = parsed.documents[0].locate(pointer);
    expect([loc.startLine, loc.startColumn, loc.endLine, loc.endColumn]).toEqual(expected);
    expect(loc.document).toBeUndefined();
  });
});

describe('reading as the consumer reads', () => {
  it('Kubernetes manifests are YAML 1.1: yes/on are booleans, merge keys apply', () => {
    const d = k8s('apiVersion: v1\nkind: Pod\nspec:\n  hostNetwork: on\n  hostPID: yes\n  x: &a {k: 1}\n  z:\n    <<: *a\n  y: 1\n  date: 2024-01-02\n').documents[0].data as { spec: Record<string, unknown> };
    expect(d.spec.hostNetwork).toBe(true);
    expect(d.spec.hostPID).toBe(true);
    expect(d.spec.z).toEqual({ k: 1 });
    // go-yaml v2 (kubectl) reads the key `y` as the boolean true, and keeps timestamps as strings.
    expect(d.spec.true).toBe(1);
    expect(d.spec.date).toBe('2024-01-02');
  });
  it('generic YAML is YAML 1.2: `on` is a string key', () => {
    const d = loaders.yaml.parse({ path: 'x.yaml', text: 'on: push\nflag: yes\n' }, DEFAULT_LIMITS).documents[0].data as Record<string, unknown>;
    expect(d).toEqual({ on: 'push', flag: 'yes' });
  });
  it('CRLF line ends keep exact positions', () => {
    const p = k8s('apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: x\r\n');
    const loc = p.documents[0].locate('/metadata/name');
    expect([loc.startLine, loc.startColumn, loc.endLine, loc.endColumn]).toEqual([4, 3, 4, 10]);
  });
  it('a broken document does not lose the others; the error has its line', () => {
    const p = k8s('apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\nbad: [\n---\napiVersion: v1\nkind: C\n');
    expect(p.documents.map((d) => (d.data as { kind: string }).kind)).toEqual(['A', 'C']);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0].line).toBeGreaterThanOrEqual(6);
  });
  it('alias and depth limits are errors, not crashes', () => {
    const limits = { ...DEFAULT_LIMITS, maxAliases: 3, maxDepth: 10 };
    const bomb = 'a: &a [x]\nb: [*a, *a]\nc: [*a, *a]\n';
    expect(loaders.yaml.parse({ path: 'b.yaml', text: bomb }, limits).errors.length).toBe(1);
    const deep = 'a: ' + '['.repeat(50) + ']'.repeat(50) + '\n';
    const r = loaders.yaml.parse({ path: 'd.yaml', text: deep }, limits);
    expect(r.errors.length).toBe(1);
    expect(r.errors[0].line).toBe(1);
  });
});
