import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHcl } from '../../engine/source/hcl-source.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';

/** Untrusted input: whatever the bytes, the HCL reader returns documents or positioned errors and never throws. */
const seeds = ['s3.tf', 'complex.tf', 'tricky.tf'].map((f) => readFileSync(`test/fixtures/terraform/${f}`, 'utf8'));
const lineCount = (t: string) => t.split(/\r\n|\r|\n/).length;

function check(text: string): void {
  const r = readHcl({ path: 'fuzz.tf', text }, 'terraform', DEFAULT_LIMITS);
  expect(r.documents.length + r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.line).toBeLessThanOrEqual(lineCount(text));
    expect(e.column).toBeGreaterThanOrEqual(1);
  }
  if (r.documents.length) r.documents[0].locate('/resource/x/y/z');
}

describe('HCL reader on hostile input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)), { numRuns: 2000 });
  });
  it('never throws on fixtures with a slice deleted or a character inserted', () => {
    const mutation = fc.record({ seed: fc.integer({ min: 0, max: seeds.length - 1 }), at: fc.nat(), len: fc.nat(40), insert: fc.constantFrom('', '{', '}', '"', '[', ']', '(', '$', '${', '%{', '<<EOF\n', '/*', '#', '\n', '=', '\\', '\u0000') });
    fc.assert(
      fc.property(mutation, ({ seed, at, len, insert }) => {
        const text = seeds[seed];
        const i = at % (text.length + 1);
        check(text.slice(0, i) + insert + text.slice(i + len));
      }),
      { numRuns: 3000 },
    );
  });
  it('bounds nesting depth and long inputs', () => {
    const deep = `a = ${'{ b = '.repeat(5000)}1${' }'.repeat(5000)}\n`;
    expect(readHcl({ path: 'deep.tf', text: deep }, 'terraform', DEFAULT_LIMITS).errors[0].code).toBe('limit-exceeded');
    const wide = `locals {\n${Array.from({ length: 20000 }, (_, i) => `  k${i} = [${i}, "v${i}"]`).join('\n')}\n}\n`;
    const t0 = performance.now();
    expect(readHcl({ path: 'wide.tf', text: wide }, 'terraform', DEFAULT_LIMITS).errors).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('HCL reader: nesting inside templates', () => {
  it('limits interpolations nested in strings', () => {
    const text = `a = ${'"${'.repeat(20000)}1${'}"'.repeat(20000)}\n`;
    const r = readHcl({ path: 'nest.tf', text }, 'terraform', DEFAULT_LIMITS);
    expect(r.errors[0]).toMatchObject({ line: 1, code: 'limit-exceeded' });
  });
});

describe('HCL reader: long operator chains', () => {
  it.each([
    ['unary minus', `a = ${'-'.repeat(100000)}1\n`],
    ['negation', `a = ${'!'.repeat(100000)}true\n`],
    ['parentheses', `a = ${'('.repeat(100000)}1${')'.repeat(100000)}\n`],
    ['tuples', `a = ${'['.repeat(100000)}${']'.repeat(100000)}\n`],
    ['blocks', `${'b {\n'.repeat(50000)}${'}\n'.repeat(50000)}`],
  ])('%s stop at the depth limit', (_n, text) => {
    expect(readHcl({ path: 'x.tf', text }, 'terraform', DEFAULT_LIMITS).errors[0]).toMatchObject({ code: 'limit-exceeded' });
  });
  it('a long flat chain of binary operators is fine', () => {
    const text = `a = ${Array.from({ length: 50000 }, (_, i) => `var.v${i}`).join(' + ')}\n`;
    expect(readHcl({ path: 'x.tf', text }, 'terraform', DEFAULT_LIMITS).errors).toEqual([]);
  });
});
