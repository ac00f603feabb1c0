import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Document, Target } from '../types.js';
import type { Limits } from '../limits.js';
import type { Loader, Parsed, SourceFile } from './loader.js';
import { readHcl } from '../source/hcl-source.js';
import { joinPointer } from '../source/pointer.js';
import { exprReferences, referenceIndex, type ResourceEntry } from './terraform-references.js';
import { variableResolver } from './terraform-variables.js';
import { isRecord as isObject } from './is-record.js';

/**
 * Terraform configuration (`.tf`, HCL native syntax), read by bylaw's own HCL parser (engine/source/hcl-*.ts)
 * into the shape of `terraform show -json` (see hcl-source.ts). One target per `resource` block
 * (kind = resource type, name = resource name, address = `TYPE.NAME`) and per `data` block
 * (kind = `data.TYPE`, address = `data.TYPE.NAME`), the value being the block's body.
 * Facts: `mode` (`managed` | `data`) and `referencedBy` (terraform-references.ts). Override files of the module
 * (`override.tf`, `*_override.tf`) are merged into the values, as Terraform merges them, and give no targets.
 * Whole-value `var.x` / `local.x` references take the module's tfvars, defaults and literal locals
 * (terraform-variables.ts).
 */

/** Documents of the same module (directory) linked by `linkTerraformModule`, or read from disk beside it. */
const modules = new WeakMap<Document, Document[]>();
/** `terraform.tfvars` and `*.auto.tfvars` read beside a module, in Terraform's load order. */
const tfvarsOf = new WeakMap<Document, Document[]>();
/** Sibling files parsed from disk, by absolute path, with the mtime and size they were read at and their text. */
const siblingCache = new Map<string, { mtimeMs: number; size: number; text: string; parsed: Parsed }>();
const MAX_SIBLINGS = 500;

const TF = /\.tf$/i;
/** Terraform loads `terraform.tfvars` first, then `*.auto.tfvars` in lexical order. */
const TFVARS = /^(terraform\.tfvars|.+\.auto\.tfvars)$/;

/**
 * The other `.tf` files of the module directory and its tfvars files (in Terraform's load order), parsed (cached
 * per process while a file's mtime and size hold), from one listing of the directory per scan (the scan's
 * `session`). Used when the scan passes the root with the file, so a bucket in `s3.tf` sees the
 * `aws_s3_bucket_versioning` in `versioning.tf`.
 */
function siblings(root: string, path: string, limits: Limits, session?: Map<string, unknown>): { tf: Document[]; tfvars: Document[] } {
  const rel = dirname(path);
  const key = `terraform:module:${rel}`;
  let module = session?.get(key) as { tf: Document[]; tfvars: Document[] } | undefined;
  if (!module) {
    module = moduleFiles(root, rel, limits);
    session?.set(key, module);
  }
  return { tf: module.tf.filter((d) => d.path !== path), tfvars: module.tfvars };
}

/** Every `.tf` and tfvars file of one directory, parsed. */
function moduleFiles(root: string, rel: string, limits: Limits): { tf: Document[]; tfvars: Document[] } {
  const dir = join(root, rel);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return { tf: [], tfvars: [] };
  }
  const read = (pattern: RegExp): Document[] => {
    const out: Document[] = [];
    for (const name of names.filter((n) => pattern.test(n)).slice(0, MAX_SIBLINGS)) {
      const doc = sibling(join(dir, name), rel === '.' ? name : `${rel}/${name}`, limits);
      if (doc) out.push(doc);
    }
    return out;
  };
  const rank = (d: Document) => (/(^|\/)terraform\.tfvars$/.test(d.path) ? 0 : 1);
  return { tf: read(TF), tfvars: read(TFVARS).sort((a, b) => rank(a) - rank(b)) };
}

/** One sibling file parsed, from the cache while its mtime and size are unchanged; undefined when unreadable or too large. */
function sibling(abs: string, relPath: string, limits: Limits): Document | undefined {
  try {
    const st = statSync(abs);
    if (!st.isFile() || st.size > limits.maxFileBytes) return undefined;
    let hit = siblingCache.get(abs);
    if (!hit || hit.mtimeMs !== st.mtimeMs || hit.size !== st.size) {
      const text = readFileSync(abs, 'utf8');
      hit = { mtimeMs: st.mtimeMs, size: st.size, text, parsed: readHcl({ path: relPath, text }, 'terraform', limits) };
      siblingCache.set(abs, hit);
    }
    return hit.parsed.documents[0];
  } catch {
    return undefined;
  }
}

/** The parse of a file already read as a sibling of an earlier one, when the scanned text is the text read then. */
function parsedAsSibling(abs: string, file: SourceFile): Parsed | undefined {
  const hit = siblingCache.get(abs);
  if (!hit || hit.text !== file.text || hit.parsed.documents[0]?.path !== file.path) return undefined;
  return { documents: [...hit.parsed.documents], errors: [...hit.parsed.errors] };
}

/**
 * Let cross-resource facts see every `.tf` file of a module: call once with all Terraform documents of a
 * scan before asking for targets. Without it each file is its own module.
 */
export function linkTerraformModule(documents: Document[]): void {
  const byDir = new Map<string, Document[]>();
  for (const d of documents) {
    if (d.type !== 'terraform') continue;
    const dir = d.path.includes('/') ? d.path.slice(0, d.path.lastIndexOf('/')) : '';
    byDir.set(dir, [...(byDir.get(dir) ?? []), d]);
  }
  for (const docs of byDir.values()) for (const d of docs) modules.set(d, docs);
}

function blocks(data: unknown, mode: 'resource' | 'data'): { type: string; name: string; value: Record<string, unknown> }[] {
  const out: { type: string; name: string; value: Record<string, unknown> }[] = [];
  const section = isObject(data) ? data[mode] : undefined;
  if (!isObject(section)) return out;
  for (const type of Object.keys(section)) {
    const byName = section[type];
    if (!isObject(byName)) continue;
    for (const name of Object.keys(byName)) if (isObject(byName[name])) out.push({ type, name, value: byName[name] as Record<string, unknown> });
  }
  return out;
}

const entryCache = new WeakMap<Document, ResourceEntry[]>();

/** The managed resources of a document with the addresses their expressions mention (computed once per document). */
function entries(doc: Document): ResourceEntry[] {
  let out = entryCache.get(doc);
  if (!out) {
    out = blocks(doc.data, 'resource').map((b) => ({ address: `${b.type}.${b.name}`, type: b.type, value: b.value, references: exprReferences(b.value) }));
    entryCache.set(doc, out);
  }
  return out;
}

/** Terraform override files (`override.tf`, `*_override.tf`): merged into the resources they name, not resources themselves. */
const isOverride = (path: string): boolean => /(^|\/)(override|[^/]*_override)\.tf$/i.test(path);

/**
 * A resource body with the module's override files applied, as Terraform does: each top-level argument of an
 * override replaces the original, and a nested block type in an override replaces all blocks of that type.
 */
function withOverrides(value: Record<string, unknown>, mode: 'resource' | 'data', type: string, name: string, module: Document[]): Record<string, unknown> {
  let merged = value;
  for (const d of module) {
    if (!isOverride(d.path)) continue;
    const o = (blocks(d.data, mode).find((b) => b.type === type && b.name === name))?.value;
    if (o) merged = { ...merged, ...o };
  }
  return merged;
}

export const terraform: Loader = {
  type: 'terraform',
  description: 'Terraform configuration (.tf files, HCL native syntax), with positions for every block and attribute',
  claims: (path) => TF.test(path),
  accepts: (path) => TF.test(path),
  parse(file, limits) {
    const root = file.root;
    const parsed = (root && parsedAsSibling(join(root, file.path), file)) || readHcl(file, 'terraform', limits);
    const doc = parsed.documents[0];
    if (root && doc) {
      const { tf, tfvars } = siblings(root, file.path, limits, file.session);
      modules.set(doc, [doc, ...tf]);
      tfvarsOf.set(doc, tfvars);
    }
    return parsed;
  },
  targets(document) {
    if (isOverride(document.path)) return [];
    const module = modules.get(document) ?? [document];
    const resolve = variableResolver(module, tfvarsOf.get(document) ?? []);
    const own = entries(document).map((e) => ({ ...e, value: withOverrides(e.value, 'resource', e.type, e.address.slice(e.type.length + 1), module) }));
    const all = module.filter((d) => !isOverride(d.path)).flatMap((d) => (d === document ? own : entries(d)));
    const index = referenceIndex(all);
    const referencedBy = (e: ResourceEntry) => {
      const refs = index(e);
      for (const type of Object.keys(refs)) refs[type] = refs[type].map(resolve);
      return refs;
    };
    const targets: Target[] = own.map((e) => {
      const [type, name] = [e.type, e.address.slice(e.type.length + 1)];
      return {
        document,
        pointer: joinPointer('/resource', type, name),
        resource: { type: 'terraform', kind: type, name, address: e.address },
        value: resolve(e.value),
        facts: { mode: 'managed', referencedBy: referencedBy(e) },
      };
    });
    for (const b of blocks(document.data, 'data')) {
      targets.push({
        document,
        pointer: joinPointer('/data', b.type, b.name),
        resource: { type: 'terraform', kind: `data.${b.type}`, name: b.name, address: `data.${b.type}.${b.name}` },
        value: resolve(withOverrides(b.value, 'data', b.type, b.name, module)),
        facts: { mode: 'data', referencedBy: {} },
      });
    }
    return targets;
  },
};
