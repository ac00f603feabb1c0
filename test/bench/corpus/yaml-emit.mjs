/**
 * A small block-style YAML writer with the layout `kubectl`/Helm output uses (2-space indent, sequences
 * indented under their key), so the corpus reads like real manifests rather than one library's dump style.
 * Strings that YAML 1.1 would read as anything else are double-quoted; multi-line strings become `|` blocks.
 * The key `on` stays bare, as GitHub workflows write it (read with the core schema it is a string).
 */

const flowArrays = new WeakSet();

/** Mark a short array of scalars to be written in flow style: `args: ["--port", "8080"]`. */
export function flow(items) {
  flowArrays.add(items);
  return items;
}

const RESERVED = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|=|<<)$/;
const NUMBERISH = /^[-+]?(?:[0-9][0-9_:.,xXoObBeE+-]*|\.[0-9]+|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
const PLAIN = /^[A-Za-z0-9_/.$(][^\n]*$/;

function scalar(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  if (s === '' || RESERVED.test(s) || NUMBERISH.test(s) || !PLAIN.test(s) || /: | #|:$/.test(s) || /\s$|^\s|[\n"'\\{}[\],&*!|>%`]/.test(s)) {
    return JSON.stringify(s);
  }
  return s;
}

function isScalar(v) {
  return v === null || typeof v !== 'object';
}

function block(s, indent) {
  const pad = ' '.repeat(indent);
  const chomp = s.endsWith('\n') ? '' : '-';
  const body = s.replace(/\n$/, '').split('\n').map((l) => (l === '' ? '' : pad + l)).join('\n');
  return `|${chomp}\n${body}`;
}

function value(v, indent, out) {
  if (typeof v === 'string' && v.includes('\n') && !/^\s/.test(v)) return ' ' + block(v, indent + 2);
  if (isScalar(v)) return ' ' + scalar(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return ' []';
    if (flowArrays.has(v)) return ` [${v.map(scalar).join(', ')}]`;
    out.push('');
    seq(v, indent + 2, out);
    return null;
  }
  if (Object.keys(v).length === 0) return ' {}';
  out.push('');
  map(v, indent + 2, out);
  return null;
}

function map(obj, indent, out, first = '') {
  let lead = first;
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    const at = out.length;
    out.push('');
    const inline = value(v, indent, out);
    out[at] = (lead || ' '.repeat(indent)) + (k === 'on' ? k : scalar(k)) + ':' + (inline ?? '');
    if (inline === null) out.splice(at + 1, 1);
    lead = '';
  }
}

function seq(items, indent, out) {
  for (const item of items) {
    const pad = ' '.repeat(indent) + '- ';
    if (isScalar(item) || Array.isArray(item) || Object.keys(item).length === 0) {
      const at = out.length;
      out.push('');
      const inline = value(item, indent, out);
      out[at] = inline === null ? pad.trimEnd() : pad + inline.trimStart();
      if (inline === null) out.splice(at + 1, 1);
    } else {
      map(item, indent + 2, out, pad);
    }
  }
}

/** Write one document (a mapping) as block YAML, ending in a newline. */
export function emit(doc, headerComments = []) {
  const out = headerComments.map((c) => `# ${c}`);
  map(doc, 0, out);
  return out.join('\n') + '\n';
}
