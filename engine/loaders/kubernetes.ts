import { YAML11_SCHEMA, defineScalarTag } from 'js-yaml';
import type { Document, Target } from '../types.js';
import type { Loader } from './loader.js';
import { readYaml } from '../source/yaml-source.js';
import { joinPointer } from '../source/pointer.js';
import { helmFacts } from './helm.js';

/**
 * Kubernetes manifests. Read as YAML 1.1, as kubectl does (`privileged: yes` is true, merge keys apply), so the
 * scanner sees what the cluster sees. Every object is a target; `List` items are targets of their own.
 * Workloads expose their pod template as the roots `$podSpec` and `$podMeta`.
 */

/** Where each workload kind keeps its pod template, relative to the object. */
export const POD_TEMPLATE: Record<string, string> = {
  Pod: '',
  PodTemplate: '/template',
  Deployment: '/spec/template',
  ReplicaSet: '/spec/template',
  StatefulSet: '/spec/template',
  DaemonSet: '/spec/template',
  Job: '/spec/template',
  ReplicationController: '/spec/template',
  CronJob: '/spec/jobTemplate/spec/template',
};

/** `match.kinds` aliases. */
export const KIND_GROUPS: Record<string, string[]> = { workloads: Object.keys(POD_TEMPLATE) };

/** YAML 1.1 as go-yaml v2 reads into interface{} (kubectl): booleans yes/no/on/off/y/n, merge keys, but timestamps stay strings. */
export const KUBERNETES_SCHEMA = YAML11_SCHEMA.withTags(
  defineScalarTag('tag:yaml.org,2002:timestamp', { implicit: false, resolve: (s) => s, identify: () => false }),
);

const EXT = /\.(ya?ml|json)$/i;
const SNIFF_YAML = /^["']?apiVersion["']?\s*:\s*\S/m;
const SNIFF_KIND = /^["']?kind["']?\s*:\s*\S/m;
const SNIFF_JSON = /"apiVersion"\s*:\s*"[^"]+"[\s\S]*"kind"\s*:|"kind"\s*:\s*"[^"]+"[\s\S]*"apiVersion"\s*:/;

/** Documents of files that carry Helm `# Source:` comments (only those pay for looking the comment up). */
const helmRendered = new WeakSet<Document>();

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function target(document: Document, pointer: string, obj: Record<string, unknown>): Target {
  const kind = typeof obj.kind === 'string' ? obj.kind : undefined;
  const meta = isObject(obj.metadata) ? obj.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : undefined;
  const namespace = typeof meta.namespace === 'string' ? meta.namespace : undefined;
  const t: Target = {
    document,
    pointer,
    resource: { type: 'kubernetes', kind, name, namespace },
    value: obj,
  };
  const helm = helmRendered.has(document) ? helmFacts(document) : undefined;
  if (helm) {
    t.facts = { ...t.facts, ...helm };
    t.resource.source = helm.helmSource;
  }
  if (kind && kind in POD_TEMPLATE) {
    const tpl = POD_TEMPLATE[kind];
    t.roots = kind === 'Pod' ? { podSpec: '/spec', podMeta: '/metadata' } : { podSpec: `${tpl}/spec`, podMeta: `${tpl}/metadata` };
  }
  return t;
}

export const kubernetes: Loader = {
  type: 'kubernetes',
  roots: ['podSpec', 'podMeta'],
  defaultPath: 'case.yaml',
  description: 'Kubernetes manifests (YAML 1.1 as kubectl reads them, or JSON); Helm-rendered output included',
  accepts: (path) => EXT.test(path),
  sniff: (file) => (/\.json$/i.test(file.path) ? SNIFF_JSON.test(file.text) : SNIFF_YAML.test(file.text) && SNIFF_KIND.test(file.text)),
  parse(file, limits) {
    const parsed = readYaml(file, { schema: KUBERNETES_SCHEMA, limits, type: 'kubernetes', json: /\.json$/i.test(file.path) });
    if (file.text.includes('# Source:')) for (const d of parsed.documents) helmRendered.add(d);
    return parsed;
  },
  targets(document) {
    const data = document.data;
    if (!isObject(data) || typeof data.kind !== 'string' || typeof data.apiVersion !== 'string') return [];
    if (/List$/.test(data.kind) && Array.isArray(data.items)) {
      return data.items.flatMap((item, i) => (isObject(item) && typeof item.kind === 'string' ? [target(document, joinPointer('/items', i), item)] : []));
    }
    return [target(document, '', data)];
  },
};
