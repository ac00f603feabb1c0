import type { Document, Target } from '../types.js';
import type { Loader } from './loader.js';
import { readYaml } from '../source/yaml-source.js';
import { joinPointer } from '../source/pointer.js';
import { CFN_SCHEMA } from '../source/cfn-schema.js';
import { referenceIndex, type ResourceEntry } from './terraform-references.js';
import { isRecord as isObject } from './is-record.js';

/**
 * AWS CloudFormation templates, YAML (YAML 1.1 with the intrinsic short forms turned into their long form,
 * see cfn-schema.ts) or JSON. Recognised by `AWSTemplateFormatVersion`, or a `Resources` section with an
 * `AWS::` type. One target per resource: kind = `Type` (`AWS::S3::Bucket`), name and address = logical id,
 * value = the resource (`Type`, `Properties`, ...). `facts.referencedBy` lists, by type, the resources that
 * point at it with `Ref`, `Fn::GetAtt` or `${Id}` in `Fn::Sub` (e.g. an `AWS::S3::BucketPolicy`).
 */

const EXT = /\.(ya?ml|json|template)$/i;
const YAML_VERSION = /^["']?AWSTemplateFormatVersion["']?\s*:/m;
const YAML_RESOURCES = /^["']?Resources["']?\s*:/m;
const YAML_TYPE = /^\s+["']?Type["']?\s*:\s*["']?(AWS|Alexa|Custom)::[A-Za-z0-9]+/m;
const YAML_K8S = /^["']?apiVersion["']?\s*:[\s\S]*^["']?kind["']?\s*:|^["']?kind["']?\s*:[\s\S]*^["']?apiVersion["']?\s*:/m;
const JSON_VERSION = /"AWSTemplateFormatVersion"\s*:/;
const JSON_RESOURCES = /"Resources"\s*:\s*\{[\s\S]*"Type"\s*:\s*"(AWS|Alexa|Custom)::/;

/** A template: the format version at the top level, or a top-level `Resources` with an AWS type (never a Kubernetes object). */
function sniff(path: string, text: string): boolean {
  if (/\.json$/i.test(path)) return JSON_VERSION.test(text) || JSON_RESOURCES.test(text);
  if (YAML_K8S.test(text)) return false;
  return YAML_VERSION.test(text) || (YAML_RESOURCES.test(text) && YAML_TYPE.test(text));
}

/** Logical ids a value refers to through intrinsic functions. */
function cfnReferences(v: unknown, out: Set<string>, depth = 0): Set<string> {
  if (depth > 64 || v === null || typeof v !== 'object') return out;
  if (Array.isArray(v)) {
    for (const x of v) cfnReferences(x, out, depth + 1);
    return out;
  }
  const rec = v as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    const x = rec[k];
    if (k === 'Ref' && typeof x === 'string') out.add(x);
    else if (k === 'Fn::GetAtt' && Array.isArray(x) && typeof x[0] === 'string') out.add(x[0]);
    else if (k === 'Fn::GetAtt' && typeof x === 'string') out.add(x.split('.')[0]);
    else if (k === 'Fn::Sub') {
      const tpl = Array.isArray(x) ? x[0] : x;
      if (typeof tpl === 'string') for (const m of tpl.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g)) out.add(m[1]);
    }
    cfnReferences(x, out, depth + 1);
  }
  return out;
}

function cfnTargets(document: Document): Target[] {
  const data = document.data;
  if (!isObject(data) || !isObject(data.Resources)) return [];
  const resources = data.Resources;
  const entries: ResourceEntry[] = Object.keys(resources)
    .filter((id) => isObject(resources[id]))
    .map((id) => {
      const r = resources[id] as Record<string, unknown>;
      return { address: id, type: typeof r.Type === 'string' ? r.Type : '', value: r, references: cfnReferences(r, new Set()) };
    });
  const referencedBy = referenceIndex(entries);
  return entries.map((e) => ({
    document,
    pointer: joinPointer('/Resources', e.address),
    resource: { type: 'cloudformation', kind: e.type || undefined, name: e.address, address: e.address },
    value: e.value,
    roots: { props: '/Properties' },
    facts: { referencedBy: referencedBy(e) },
  }));
}

export const cloudformation: Loader = {
  type: 'cloudformation',
  roots: ['props'],
  description: 'AWS CloudFormation templates (YAML with intrinsic function tags, or JSON)',
  accepts: (path) => EXT.test(path),
  sniff: (file) => sniff(file.path, file.text),
  parse: (file, limits) => readYaml(file, { schema: CFN_SCHEMA, limits, type: 'cloudformation', json: /\.json$/i.test(file.path) }),
  targets: cfnTargets,
};
