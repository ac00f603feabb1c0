import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as hcl2json } from '@cdktf/hcl2json';
import { terraform } from '../../engine/loaders/terraform.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';
import { corpusFile } from '../bench/corpus/index.mjs';

/**
 * Differential test against HashiCorp's own HCL implementation (hcl2json: the Go hclsyntax package compiled to
 * WebAssembly). For every attribute, bylaw's literal values must equal HCL's, and where bylaw keeps an expression
 * marker HCL must also have an expression (a `${...}` string). Block structure (names, labels, counts) must match.
 */

type J = unknown;
const isObj = (v: J): v is Record<string, J> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isExpr = (v: J) => isObj(v) && typeof v.$expr === 'string';
const FOLDED_CALL = /^\$\{(jsonencode|tolist|toset|tomap|tostring|tonumber|tobool)\(/;

function compare(ours: J, theirs: J, path: string, problems: string[]): void {
  if (problems.length > 20) return;
  if (isExpr(ours)) {
    if (typeof theirs !== 'string' || !/\$\{|%\{/.test(theirs)) problems.push(`${path}: bylaw sees an expression, HCL sees ${JSON.stringify(theirs)}`);
    return;
  }
  if (typeof theirs === 'string' && FOLDED_CALL.test(theirs)) return;
  if (Array.isArray(ours)) {
    if (!Array.isArray(theirs) || theirs.length !== ours.length) return void problems.push(`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
    ours.forEach((o, i) => compare(o, theirs[i], `${path}/${i}`, problems));
    return;
  }
  if (isObj(ours)) {
    if (!isObj(theirs)) return void problems.push(`${path}: object vs ${JSON.stringify(theirs)}`);
    body(ours, theirs, path, problems);
    return;
  }
  const t = typeof theirs === 'string' ? theirs.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') : theirs;
  if (ours !== t) problems.push(`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
}

/** A body: hcl2json lists dynamic blocks under `dynamic`, bylaw merges their content into the block list. */
function body(ours: Record<string, J>, theirs: Record<string, J>, path: string, problems: string[]): void {
  const mine: Record<string, J> = {};
  for (const [k, v] of Object.entries(ours)) {
    const kept = Array.isArray(v) ? v.filter((e) => !(isObj(e) && '$dynamic' in e)) : v;
    if (!(Array.isArray(v) && v.length > 0 && (kept as J[]).length === 0)) mine[k] = kept;
  }
  const theirsKeys = Object.keys(theirs).filter((k) => k !== 'dynamic').sort();
  const ourKeys = Object.keys(mine).sort();
  if (JSON.stringify(ourKeys) !== JSON.stringify(theirsKeys)) problems.push(`${path}: keys ${ourKeys} vs ${theirsKeys}`);
  for (const k of ourKeys) compare(mine[k], theirs[k], `${path}/${k}`, problems);
}

/** Top level: hcl2json wraps every labelled block body in a one-element array, and lists `locals` blocks. */
function compareFile(ours: Record<string, J>, theirs: Record<string, J>): string[] {
  const problems: string[] = [];
  const unwrap = (v: J) => (Array.isArray(v) && v.length === 1 ? v[0] : v);
  for (const [section, value] of Object.entries(ours)) {
    const t = theirs[section];
    if (section === 'resource' || section === 'data') {
      for (const [type, byName] of Object.entries(value as Record<string, Record<string, J>>)) {
        for (const [name, b] of Object.entries(byName)) compare(b, unwrap((t as any)?.[type]?.[name]), `/${section}/${type}/${name}`, problems);
      }
    } else if (['module', 'variable', 'output'].includes(section)) {
      for (const [name, b] of Object.entries(value as Record<string, J>)) compare(b, unwrap((t as any)?.[name]), `/${section}/${name}`, problems);
    } else if (section === 'locals') {
      compare(value, Object.assign({}, ...((t as J[]) ?? [])), '/locals', problems);
    } else compare(value, t, `/${section}`, problems);
  }
  return problems;
}

const fixtures = readdirSync('test/fixtures/terraform')
  .filter((f) => f.endsWith('.tf'))
  .map((f) => ({ path: `test/fixtures/terraform/${f}`, text: readFileSync(`test/fixtures/terraform/${f}`, 'utf8') }));
const generated = Array.from({ length: 60 }, (_, i) => corpusFile('terraform', 11, i) as { path: string; text: string });

describe('HCL parser agrees with HashiCorp HCL (hcl2json)', () => {
  it.each([...fixtures, ...generated].map((f) => [f.path, f.text]))('%s', async (path, text) => {
    const ours = terraform.parse({ path, text }, DEFAULT_LIMITS);
    expect(ours.errors).toEqual([]);
    const theirs = (await hcl2json(path, text)) as Record<string, J>;
    expect(compareFile(ours.documents[0].data as Record<string, J>, theirs)).toEqual([]);
  });

  it.each([
    ['a = "unterminated\n'],
    ['resource "a" "b" {\n'],
    ['a = [1, 2\n'],
    ['a = 1 b = 2\n'],
    ['x = <<EOT\nno end\n'],
    ['a = "%{ while x }y"\n'],
  ])('both reject %j', async (text) => {
    expect(terraform.parse({ path: 'bad.tf', text }, DEFAULT_LIMITS).errors.length).toBe(1);
    await expect(hcl2json('bad.tf', text)).rejects.toBeDefined();
  });
});
