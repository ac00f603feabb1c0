/**
 * Cross-resource facts for Terraform and CloudFormation: which other resources point at a resource.
 *
 * AWS provider v4+ split many settings into their own resources (`aws_s3_bucket_versioning`,
 * `aws_s3_bucket_server_side_encryption_configuration`, `aws_s3_bucket_public_access_block`, ...). A rule on
 * `aws_s3_bucket` reads them from `facts.referencedBy.<type>`: the bodies of every resource in the same
 * module (file, or set of files linked by `linkTerraformModule`) whose expressions reference the bucket
 * (`aws_s3_bucket.logs.id`, `${aws_s3_bucket.logs.bucket}`), or whose `bucket` attribute is the same literal
 * name as the bucket's own `bucket`.
 */

import { hasOwn, setOwn } from './is-record.js';

/** One resource as the reference index sees it. */
export interface ResourceEntry {
  /** `TYPE.NAME` (module-relative, no index). */
  address: string;
  type: string;
  value: Record<string, unknown>;
  /** `TYPE.NAME` addresses this resource's expressions mention. */
  references: Set<string>;
}

/**
 * Index a module's resources once; the returned function gives, for one of them, `{ [type]: [value, ...] }` of the
 * resources referencing it, sorted by address (linear in the module, however many targets ask).
 */
export function referenceIndex(all: ResourceEntry[]): (target: ResourceEntry) => Record<string, unknown[]> {
  const byAddress = new Map<string, ResourceEntry[]>();
  const byBucket = new Map<string, ResourceEntry[]>();
  const add = (map: Map<string, ResourceEntry[]>, key: string, r: ResourceEntry) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of all) {
    for (const ref of r.references) add(byAddress, ref, r);
    if (typeof r.value.bucket === 'string') add(byBucket, r.value.bucket, r);
  }
  return (target) => {
    const name = typeof target.value.bucket === 'string' && target.type === 'aws_s3_bucket' ? target.value.bucket : undefined;
    const hits = new Set<ResourceEntry>([...(byAddress.get(target.address) ?? []), ...(name !== undefined ? byBucket.get(name) ?? [] : [])]);
    hits.delete(target);
    const sorted = [...hits].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    const out: Record<string, unknown[]> = {};
    for (const r of sorted) {
      if (!hasOwn(out, r.type)) setOwn(out, r.type, []);
      out[r.type].push(r.value);
    }
    return out;
  };
}

const REF = /(?<![\w.-])(?:data\.)?([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/g;

/** Every `TYPE.NAME` mentioned in the `$expr` markers (HCL) of a value, at any depth. */
export function exprReferences(value: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 64 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) exprReferences(v, out, depth + 1);
    return out;
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec.$expr === 'string') {
    for (const m of rec.$expr.matchAll(REF)) out.add(`${m[1]}.${m[2]}`);
    return out;
  }
  for (const k of Object.keys(rec)) exprReferences(rec[k], out, depth + 1);
  return out;
}
