import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_SCHEMA, YAML11_SCHEMA, load, loadAll } from 'js-yaml';
import { Ajv } from 'ajv';
import { corpusFile, writeCorpus, type CorpusKind } from './corpus/index.mjs';
import { PRIMARY_KINDS } from './corpus/k8s.mjs';
import { loaderFor } from '../../engine/loaders/detect.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';

const tmp = mkdtempSync(join(tmpdir(), 'bylaw-bench-gen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** sha256 over every (path, bytes) under dir, read back from disk, in sorted path order. */
function treeDigest(dir: string): { digest: string; files: number } {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
  const h = createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
  return { digest: h.digest('hex'), files: files.length };
}

function generate(corpus: CorpusKind, seed: string, out: string, files = 60): { sha256: string; files: number } {
  const stdout = execFileSync(process.execPath, ['test/bench/generate.mjs', '--corpus', corpus, '--files', String(files), '--seed', seed, '--out', out], { encoding: 'utf8' });
  return JSON.parse(stdout);
}

const KINDS: CorpusKind[] = ['k8s', 'terraform', 'workflows'];

describe.each(KINDS)('%s corpus generator', (kind) => {
  it('writes the same bytes for the same seed and different bytes for another seed', () => {
    const a = generate(kind, 'same', join(tmp, `${kind}-a`));
    const b = generate(kind, 'same', join(tmp, `${kind}-b`));
    const c = generate(kind, 'other', join(tmp, `${kind}-c`));
    const da = treeDigest(join(tmp, `${kind}-a`));
    expect(da.files).toBe(60);
    expect(treeDigest(join(tmp, `${kind}-b`)).digest).toBe(da.digest);
    expect(b.sha256).toBe(a.sha256);
    expect(treeDigest(join(tmp, `${kind}-c`)).digest).not.toBe(da.digest);
    expect(c.sha256).not.toBe(a.sha256);
  });

  it('makes a small corpus a prefix of a larger one with the same seed', () => {
    const small = writeCorpus(kind, 10, 7, join(tmp, `${kind}-small`));
    expect(small.files).toBe(10);
    for (let i = 0; i < 10; i++) {
      const f = corpusFile(kind, 7, i);
      expect(readFileSync(join(tmp, `${kind}-small`, f.path), 'utf8')).toBe(f.text);
    }
  });
});

describe.each([
  ['k8s', 'kubernetes'],
  ['terraform', 'terraform'],
  ['workflows', 'github-workflow'],
] as const)('%s corpus read by bylaw', (kind, type) => {
  it('is detected as %s and parses without errors, every document giving targets', () => {
    for (let i = 0; i < 150; i++) {
      const f = corpusFile(kind, 11, i);
      const loader = loaderFor({ path: f.path, text: f.text });
      expect(loader?.type, f.path).toBe(type);
      const parsed = loader!.parse({ path: f.path, text: f.text }, DEFAULT_LIMITS);
      expect(parsed.errors, f.path).toEqual([]);
      expect(parsed.documents.length).toBe(f.docs?.length ?? 1);
      for (const d of parsed.documents) expect(loader!.targets(d).length, f.path).toBeGreaterThan(0);
    }
  });
});

describe('k8s corpus content', () => {
  const files = Array.from({ length: 500 }, (_, i) => corpusFile('k8s', 3, i));
  const docs = files.flatMap((f) => loadAll(f.text, { schema: YAML11_SCHEMA }) as Record<string, any>[]);

  it('parses as YAML 1.1 (as kubectl reads it) back to exactly the generated documents', () => {
    for (const f of files) {
      expect(loadAll(f.text, { schema: YAML11_SCHEMA })).toEqual(JSON.parse(JSON.stringify(f.docs)));
    }
  });

  it('has 1 to 4 documents per file, each with apiVersion, kind and metadata.name', () => {
    const counts = new Set(files.map((f) => f.docs!.length));
    expect([...counts].sort()).toEqual([1, 2, 3, 4]);
    for (const d of docs) {
      expect(typeof d.apiVersion).toBe('string');
      expect(typeof d.kind).toBe('string');
      expect(typeof d.metadata.name).toBe('string');
    }
  });

  it('mixes every primary kind and both good and bad security settings', () => {
    const kinds = new Set(docs.map((d) => d.kind));
    for (const k of Object.keys(PRIMARY_KINDS)) expect(kinds).toContain(k);
    const pods = docs.map((d) => d.spec?.jobTemplate?.spec?.template?.spec ?? d.spec?.template?.spec ?? (d.kind === 'Pod' ? d.spec : undefined)).filter(Boolean);
    const containers = pods.flatMap((p) => p.containers);
    const count = (pred: (x: any) => boolean, xs: any[]) => xs.filter(pred).length;
    expect(count((c) => c.securityContext?.privileged === true, containers)).toBeGreaterThan(5);
    expect(count((c) => /:latest$/.test(c.image) || !/[:@]/.test(c.image.split('/').pop()), containers)).toBeGreaterThan(5);
    expect(count((c) => !c.resources?.limits, containers)).toBeGreaterThan(5);
    expect(count((p) => p.volumes?.some((v: any) => v.hostPath), pods)).toBeGreaterThan(2);
    expect(count((p) => p.hostNetwork === true, pods)).toBeGreaterThan(0);
    const hardened = (p: any) => p.securityContext?.runAsNonRoot === true && p.securityContext?.seccompProfile?.type === 'RuntimeDefault' &&
      p.containers.every((c: any) => c.securityContext?.allowPrivilegeEscalation === false && c.securityContext?.capabilities?.drop?.includes('ALL') && c.resources?.limits);
    expect(count(hardened, pods)).toBeGreaterThan(20);
  });
});

describe('workflow corpus content', () => {
  const schema = JSON.parse(readFileSync('test/fixtures/github-workflow/schemastore/github-workflow.json', 'utf8'));
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it.each(Array.from({ length: 200 }, (_, i) => i))('file %i is a valid GitHub workflow under .github/workflows/', (i) => {
    const f = corpusFile('workflows', 5, i);
    expect(f.path).toMatch(/^repo-\d{4}\/\.github\/workflows\/[a-z]+-\d{5}\.yml$/);
    const data = load(f.text, { schema: CORE_SCHEMA });
    expect(data).toEqual(JSON.parse(JSON.stringify(f.docs![0])));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('terraform corpus content', () => {
  const HEADER = /^(?:resource|data) "[a-z0-9_]+" "[A-Za-z0-9_]+" \{$|^(?:terraform|locals) \{$|^(?:provider|variable|output) "[A-Za-z0-9_]+" \{$/;
  it.each(Array.from({ length: 200 }, (_, i) => i))('file %i has well-formed blocks, balanced braces and closed heredocs', (i) => {
    const f = corpusFile('terraform', 5, i);
    expect(f.path).toMatch(/\.tf$/);
    let depth = 0;
    let heredoc = false;
    for (const line of f.text.split('\n')) {
      if (heredoc) {
        if (line.trim() === 'EOT') heredoc = false;
        continue;
      }
      if (depth === 0 && line !== '') expect(line).toMatch(HEADER);
      const code = line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
      if (/<<-EOT$/.test(code)) heredoc = true;
      for (const ch of code) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(heredoc).toBe(false);
    expect(f.text).toMatch(/^resource "aws_/m);
  });
});
