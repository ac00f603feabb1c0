/**
 * A small HCL (Terraform) writer: blocks with labels, attributes aligned as `terraform fmt` leaves them,
 * lists, objects, heredocs, and raw expressions (`ref('aws_s3_bucket.logs.id')`).
 */

const RAW = Symbol('hcl-expression');

/** A Terraform expression written verbatim (a reference, a function call). */
export function ref(expression) {
  return { [RAW]: expression };
}

/** A nested block: `block('ingress', [], {...})`; repeated blocks are separate entries. */
export function block(type, labels, body) {
  return { type, labels, body };
}

function value(v, indent) {
  if (v && typeof v === 'object' && RAW in v) return v[RAW];
  if (typeof v === 'string') {
    if (v.includes('\n')) return `<<-EOT\n${v.replace(/\n$/, '').split('\n').map((l) => ' '.repeat(indent + 2) + l).join('\n')}\n${' '.repeat(indent)}EOT`;
    return JSON.stringify(v).replace(/\$\{/g, '$${');
  }
  if (typeof v !== 'object' || v === null) return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => value(x, indent)).join(', ')}]`;
  const pad = ' '.repeat(indent + 2);
  const keys = Object.keys(v);
  if (!keys.length) return '{}';
  const width = Math.max(...keys.map((k) => k.length));
  return `{\n${keys.map((k) => `${pad}${k.padEnd(width)} = ${value(v[k], indent + 2)}`).join('\n')}\n${' '.repeat(indent)}}`;
}

function body(items, indent, out) {
  const pad = ' '.repeat(indent);
  const attrs = items.filter((i) => !('type' in i && 'body' in i));
  const width = Math.max(0, ...attrs.map((a) => a.key.length));
  for (const item of items) {
    if ('body' in item) {
      out.push(`${pad}${[item.type, ...item.labels.map((l) => JSON.stringify(l))].join(' ')} {`);
      body(item.body, indent + 2, out);
      out.push(`${pad}}`);
    } else {
      out.push(`${pad}${item.key.padEnd(width)} = ${value(item.value, indent)}`);
    }
  }
}

/** `attrs({a: 1, b: 'x'})` → attribute items for a block body. */
export function attrs(obj) {
  return Object.entries(obj).filter(([, v]) => v !== undefined).map(([key, value]) => ({ key, value }));
}

/** Write top-level blocks separated by blank lines. */
export function emitHcl(blocks) {
  const out = [];
  blocks.forEach((b, i) => {
    if (i) out.push('');
    body([b], 0, out);
  });
  return out.join('\n') + '\n';
}
