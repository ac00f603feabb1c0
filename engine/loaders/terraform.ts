import type { Document, Target } from '../types.js';
import type { Loader } from './loader.js';
import { readHcl } from '../source/hcl-source.js';
import { joinPointer } from '../source/pointer.js';
import { exprReferences, referencedBy, type ResourceEntry } from './terraform-references.js';

/**
 * Terraform configuration (`.tf`, HCL native syntax), read by bylaw's own HCL parser (engine/source/hcl-*.ts)
 * into the shape of `terraform show -json` (see hcl-source.ts). One target per `resource` block
 * (kind = resource type, name = resource name, address = `TYPE.NAME`) and per `data` block
 * (kind = `data.TYPE`, address = `data.TYPE.NAME`), the value being the block's body.
 * Facts: `mode` (`managed` | `data`) and `referencedBy` (terraform-references.ts).
 */

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Documents of the same module (directory) linked by `linkTerraformModule`. */
const modules = new WeakMap<Document, Document[]>();

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

function entries(doc: Document): ResourceEntry[] {
  return blocks(doc.data, 'resource').map((b) => ({ address: `${b.type}.${b.name}`, type: b.type, value: b.value, references: exprReferences(b.value) }));
}

export const terraform: Loader = {
  type: 'terraform',
  description: 'Terraform configuration (.tf files, HCL native syntax), with positions for every block and attribute',
  claims: (path) => /\.tf$/i.test(path),
  accepts: (path) => /\.tf$/i.test(path),
  parse: (file, limits) => readHcl(file, 'terraform', limits),
  targets(document) {
    const own = entries(document);
    const all = (modules.get(document) ?? [document]).flatMap((d) => (d === document ? own : entries(d)));
    const targets: Target[] = own.map((e) => {
      const [type, name] = [e.type, e.address.slice(e.type.length + 1)];
      return {
        document,
        pointer: joinPointer('/resource', type, name),
        resource: { type: 'terraform', kind: type, name, address: e.address },
        value: e.value,
        facts: { mode: 'managed', referencedBy: referencedBy(e, all) },
      };
    });
    for (const b of blocks(document.data, 'data')) {
      targets.push({
        document,
        pointer: joinPointer('/data', b.type, b.name),
        resource: { type: 'terraform', kind: `data.${b.type}`, name: b.name, address: `data.${b.type}.${b.name}` },
        value: b.value,
        facts: { mode: 'data', referencedBy: {} },
      });
    }
    return targets;
  },
};
