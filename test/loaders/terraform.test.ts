import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { terraform, linkTerraformModule } from '../../engine/loaders/terraform.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';
import type { Document } from '../../engine/types.js';

const load = (path: string, text = readFileSync(path, 'utf8')) => terraform.parse({ path, text }, DEFAULT_LIMITS);
const s3 = load('test/fixtures/terraform/s3.tf');
const complex = load('test/fixtures/terraform/complex.tf');

describe('terraform loader: positions', () => {
  it.each([
    ['s3', '/resource/aws_s3_bucket/logs', 26, 1, 29, 2],
    ['s3', '/resource/aws_s3_bucket/logs/bucket', 27, 3, 27, 32],
    ['s3', '/resource/aws_s3_bucket_server_side_encryption_configuration/logs/rule/0', 33, 3, 38, 4],
    ['s3', '/resource/aws_s3_bucket_server_side_encryption_configuration/logs/rule/0/apply_server_side_encryption_by_default/0/sse_algorithm', 35, 7, 35, 36],
    ['s3', '/resource/aws_s3_bucket/legacy/versioning', 53, 3, 55, 4],
    ['s3', '/resource/aws_s3_bucket/legacy/versioning/0', 53, 3, 55, 4],
    ['s3', '/resource/aws_s3_bucket/legacy/versioning/0/enabled', 54, 5, 54, 20],
    ['s3', '/resource/aws_s3_bucket/legacy/not_set', 49, 1, 56, 2],
    ['s3', '/locals/tags/cost-center', 23, 31, 23, 49],
    ['s3', '/variable/region/default', 18, 3, 18, 24],
    ['s3', '/nothing/here', 1, 1, 1, 1],
    ['complex', '/data/aws_iam_policy_document/admin/statement/0/actions/0', 7, 18, 7, 21],
    ['complex', '/resource/aws_security_group/web/ingress/0/cidr_blocks/0', 24, 20, 24, 31],
    ['complex', '/resource/aws_security_group/web/ingress/1', 27, 3, 35, 4],
    ['complex', '/resource/aws_security_group/web/ingress/1/protocol', 32, 7, 32, 26],
    ['complex', '/resource/aws_security_group/web/description', 14, 3, 17, 6],
    ['complex', '/resource/aws_iam_role_policy/p/policy', 57, 3, 62, 4],
    ['complex', '/provider/aws/0/region', 93, 3, 93, 23],
  ])('%s %s → %i:%i-%i:%i', (file, pointer, line, column, endLine, endColumn) => {
    const doc = (file === 's3' ? s3 : complex).documents[0];
    const loc = doc.locate(pointer);
    expect([loc.startLine, loc.startColumn, loc.endLine, loc.endColumn]).toEqual([line, column, endLine, endColumn]);
  });
});

describe('terraform loader: values', () => {
  it.each([
    ['/resource/aws_s3_bucket/legacy/acl', 'public-read'],
    ['/resource/aws_s3_bucket/logs/bucket', { $expr: '"${local.name}-logs"' }],
    ['/resource/aws_s3_bucket_public_access_block/logs/bucket', { $expr: 'aws_s3_bucket.logs.id' }],
    ['/resource/aws_s3_bucket/legacy/versioning', [{ enabled: false }]],
    ['/locals/tags', { Team: 'platform', 'cost-center': 42 }],
    ['/resource/aws_kms_key/logs/policy', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}'],
  ])('s3.tf %s', (pointer, expected) => {
    expect(get(s3.documents[0].data, pointer)).toEqual(expected);
  });
  it.each([
    ['/resource/aws_security_group/web/description', 'Web tier.\n  Indented line.\n'],
    ['/resource/aws_security_group/web/ingress/1/$dynamic', { for_each: { $expr: 'var.extra_ports' } }],
    ['/resource/aws_security_group/web/ingress/1/from_port', { $expr: 'ingress.value' }],
    ['/resource/aws_security_group/web/egress/0/ipv6_cidr_blocks', ['::/0']],
    ['/resource/aws_security_group/web/provisioner/local-exec/0/command', { $expr: '"echo ${self.id} > id.txt"' }],
    ['/resource/aws_iam_role_policy/p/policy', '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]\n}\n'],
    ['/locals/neg', -150],
    ['/locals/mixed', [1, 'two', true, null, { a: [] }]],
    ['/locals/escaped', 'a "quoted" ${not_interp} é'],
    ['/locals/by_name', { $expr: '{ for k, v in var.m : k => v.x... if v.enabled }' }],
    ['/locals/arn', { $expr: 'provider::aws::arn_parse("arn:aws:iam::444455556666:role/example")' }],
    ['/locals/obj_commas', { a: 1, b: 2 }],
    ['/module/vpc/version', '5.1.0'],
    ['/provider/aws/0/alias', 'us'],
  ])('complex.tf %s', (pointer, expected) => {
    expect(get(complex.documents[0].data, pointer)).toEqual(expected);
  });
  it('parses both fixtures without errors', () => {
    expect([s3.errors, complex.errors]).toEqual([[], []]);
  });
});

describe('terraform loader: targets and facts', () => {
  it('gives one target per resource and data block, with addresses', () => {
    const ts = terraform.targets(complex.documents[0]);
    expect(ts.map((t) => [t.resource.kind, t.resource.address, t.pointer])).toEqual([
      ['aws_security_group', 'aws_security_group.web', '/resource/aws_security_group/web'],
      ['aws_iam_role_policy', 'aws_iam_role_policy.p', '/resource/aws_iam_role_policy/p'],
      ['data.aws_iam_policy_document', 'data.aws_iam_policy_document.admin', '/data/aws_iam_policy_document/admin'],
    ]);
  });
  it('lists resources that reference a bucket (split v4 resources)', () => {
    const logs = terraform.targets(s3.documents[0]).find((t) => t.resource.address === 'aws_s3_bucket.logs')!;
    const refs = logs.facts!.referencedBy as Record<string, unknown[]>;
    expect(Object.keys(refs).sort()).toEqual(['aws_s3_bucket_public_access_block', 'aws_s3_bucket_server_side_encryption_configuration']);
    const legacy = terraform.targets(s3.documents[0]).find((t) => t.resource.address === 'aws_s3_bucket.legacy')!;
    expect(legacy.facts!.referencedBy).toEqual({});
  });
  it('matches by literal bucket name and across files of one module once linked', () => {
    const a = load('mod/a.tf', 'resource "aws_s3_bucket" "b" {\n  bucket = "named"\n}\n').documents[0];
    const b = load('mod/b.tf', 'resource "aws_s3_bucket_versioning" "v" {\n  bucket = "named"\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n').documents[0];
    const other = load('other/c.tf', 'resource "aws_s3_bucket_logging" "l" {\n  bucket = "named"\n}\n').documents[0];
    expect(terraform.targets(a)[0].facts!.referencedBy).toEqual({});
    linkTerraformModule([a, b, other] as Document[]);
    expect(terraform.targets(a)[0].facts!.referencedBy).toEqual({
      aws_s3_bucket_versioning: [{ bucket: 'named', versioning_configuration: [{ status: 'Enabled' }] }],
    });
  });
});

describe('terraform loader: malformed input', () => {
  it.each([
    ['missing value', 'resource "a" "b" {\n  x =\n}\n', 2, 6, /expected an expression/],
    ['unclosed block', 'resource "a" "b" {\n  x = 1\n', 3, 1, /end of input/],
    ['unterminated string', 'a = "abc\nb = 1\n', 1, 9, /unterminated string/],
    ['unterminated heredoc', 'a = <<EOT\nhello\n', 1, 5, /not terminated/],
    ['unclosed tuple', 'a = [1, 2\n', 2, 1, /end of input/],
    ['bad character', 'a = 1 @\n', 1, 7, /unexpected character/],
    ['two attributes on a line', 'a = 1 b = 2\n', 1, 7, /newline/],
    ['interpolation', 'a = "${var.x +}"\n', 1, 15, /expected an expression/],
    ['unterminated comment', 'a = 1\n/* open\n', 2, 1, /comment/],
    ['unknown directive', 'a = "%{ while x }y"\n', 1, 9, /template directive/],
    ['for directive without in', 'a = "%{ for x y }z%{ endfor }"\n', 1, 15, /expected "in"/],
    ['duplicate resource', 'resource "a" "b" {}\nresource "a" "b" {}\n', 2, 1, /duplicate block "a.b"/],
  ])('%s → error at %s:%s', (_name, text, line, column, message) => {
    const r = load('bad.tf', text);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line, column, code: 'parse-error' });
    expect(r.errors[0].message).toMatch(message);
  });
  it('reports too-deep nesting as a limit, without throwing', () => {
    const r = load('deep.tf', `a = ${'['.repeat(500)}${']'.repeat(500)}\n`);
    expect(r.errors[0]).toMatchObject({ line: 1, code: 'limit-exceeded' });
  });
  it('keeps prototype keys as plain data', () => {
    const r = load('proto.tf', 'locals {\n  x = { "__proto__" = { polluted = true } }\n}\n');
    const x = get(r.documents[0].data, '/locals/x') as Record<string, unknown>;
    expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
    expect(Object.keys(x)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

function get(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((cur, seg) => (cur as Record<string, unknown> | undefined)?.[seg], data);
}

describe('terraform loader: a module spread over several files', () => {
  it('reads the sibling .tf files of the directory when the scan passes the root', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'bylaw-tf-'));
    mkdirSync(join(root, 'infra'));
    writeFileSync(join(root, 'infra/s3.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n');
    writeFileSync(join(root, 'infra/versioning.tf'), 'resource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n}\n');
    writeFileSync(join(root, 'infra/broken.tf'), 'resource "x" {\n');
    writeFileSync(join(root, 'other.tf'), 'resource "aws_s3_bucket_logging" "b" {\n  bucket = aws_s3_bucket.b.id\n}\n');
    try {
      const file = { path: 'infra/s3.tf', text: 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n', root };
      const doc = terraform.parse(file, DEFAULT_LIMITS).documents[0];
      expect(Object.keys(terraform.targets(doc)[0].facts!.referencedBy as object)).toEqual(['aws_s3_bucket_versioning']);
      const alone = terraform.parse({ path: 'infra/s3.tf', text: file.text }, DEFAULT_LIMITS).documents[0];
      expect(terraform.targets(alone)[0].facts!.referencedBy).toEqual({});
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('terraform loader: a file already read as a sibling', () => {
  it('parses to what a fresh parse gives, and never to the disk text when the scanned text differs', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'bylaw-tf-reuse-'));
    const a = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n';
    const b = 'resource "aws_s3_bucket_versioning" "v" {\n  bucket = aws_s3_bucket.b.id\n}\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = "dup"\n}\n';
    mkdirSync(join(root, 'infra'));
    writeFileSync(join(root, 'infra/a.tf'), a);
    writeFileSync(join(root, 'infra/b.tf'), b);
    try {
      terraform.parse({ path: 'infra/a.tf', text: a, root } as never, DEFAULT_LIMITS);
      const fresh = load('infra/b.tf', b);
      const again = terraform.parse({ path: 'infra/b.tf', text: b, root } as never, DEFAULT_LIMITS);
      expect(again.errors).toEqual(fresh.errors);
      expect(again.errors).toEqual([expect.objectContaining({ line: 4, column: 1, code: 'parse-error' })]);
      expect(again.documents[0].data).toEqual(fresh.documents[0].data);
      expect(terraform.targets(again.documents[0]).map((t) => t.facts!.referencedBy)).toEqual([{}]);
      const other = 'resource "aws_s3_bucket_logging" "l" {\n  bucket = aws_s3_bucket.b.id\n}\n';
      const given = terraform.parse({ path: 'infra/b.tf', text: other, root } as never, DEFAULT_LIMITS);
      expect(given.errors).toEqual([]);
      expect(Object.keys((given.documents[0].data as { resource: object }).resource)).toEqual(['aws_s3_bucket_logging']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('terraform loader: line endings', () => {
  it('reads CRLF files like LF files, with the same positions', () => {
    for (const f of ['s3.tf', 'complex.tf']) {
      const lf = readFileSync(`test/fixtures/terraform/${f}`, 'utf8');
      const a = load(f, lf).documents[0];
      const b = load(f, lf.replace(/\n/g, '\r\n')).documents[0];
      const heredocFree = JSON.stringify(b.data).replace(/\\r\\n/g, '\\n');
      expect(heredocFree).toEqual(JSON.stringify(a.data));
      for (const p of ['/resource/aws_s3_bucket/legacy/versioning/0/enabled', '/resource/aws_security_group/web/ingress/1/protocol', '/resource/aws_iam_role_policy/p/policy']) {
        const [x, y] = [a.locate(p), b.locate(p)];
        expect([y.startLine, y.startColumn, y.endLine]).toEqual([x.startLine, x.startColumn, x.endLine]);
      }
    }
  });
});

describe('terraform loader: override files', () => {
  it('merges override.tf into the resource it names and gives no targets of its own', () => {
    const base = load('m/main.tf', 'resource "aws_db_instance" "db" {\n  storage_encrypted = true\n  engine            = "postgres"\n  tags = {\n    a = 1\n  }\n}\n').documents[0];
    const over = load('m/db_override.tf', 'resource "aws_db_instance" "db" {\n  storage_encrypted = false\n}\n').documents[0];
    linkTerraformModule([base, over] as Document[]);
    expect(terraform.targets(over)).toEqual([]);
    const [t] = terraform.targets(base);
    expect(t.value).toEqual({ storage_encrypted: false, engine: 'postgres', tags: { a: 1 } });
    expect(base.locate('/resource/aws_db_instance/db/storage_encrypted').startLine).toBe(2);
  });
});

describe('terraform loader: variables and locals', () => {
  it('judges var.x and local.x by tfvars, defaults and literal locals of the module', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'bylaw-tfvars-'));
    const main = [
      'variable "encrypted" {\n  default = false\n}',
      'variable "public" {\n  default = true\n}',
      'variable "retention" {}',
      'variable "cidrs" {\n  default = ["10.0.0.0/8"]\n}',
      'locals {\n  tags = { Team = "data" }\n  enc  = var.encrypted\n  name = "db-${var.env}"\n}',
      'resource "aws_db_instance" "db" {\n  storage_encrypted       = local.enc\n  publicly_accessible     = "${var.public}"\n  backup_retention_period = var.retention\n  identifier              = local.name\n  tags                    = local.tags\n  vpc_security_group_ids  = [var.sg]\n}',
      'resource "aws_security_group" "sg" {\n  ingress {\n    cidr_blocks = var.cidrs\n  }\n}',
    ].join('\n\n') + '\n';
    writeFileSync(join(root, 'main.tf'), main);
    writeFileSync(join(root, 'terraform.tfvars'), 'encrypted = true\nretention = 3\n');
    writeFileSync(join(root, 'z.auto.tfvars'), 'retention = 14\n');
    try {
      const doc = terraform.parse({ path: 'main.tf', text: main, root } as never, DEFAULT_LIMITS).documents[0];
      const [db, sg] = terraform.targets(doc);
      expect(db.value).toEqual({
        storage_encrypted: true,
        publicly_accessible: true,
        backup_retention_period: 14,
        identifier: { $expr: 'local.name' },
        tags: { Team: 'data' },
        vpc_security_group_ids: [{ $expr: 'var.sg' }],
      });
      expect(sg.value).toEqual({ ingress: [{ cidr_blocks: ['10.0.0.0/8'] }] });
      // The parsed document keeps what the file says.
      expect(get(doc.data, '/resource/aws_db_instance/db/storage_encrypted')).toEqual({ $expr: 'local.enc' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('keeps a __proto__ key as plain data when it resolves variables inside an object', () => {
    const text = 'variable "v" {\n  default = 5\n}\nresource "a" "b" {\n  tags = { "__proto__" = { polluted = var.v }, a = var.v }\n}\n';
    const [t] = terraform.targets(load('proto/main.tf', text).documents[0]);
    const tags = (t.value as Record<string, Record<string, unknown>>).tags;
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect(Object.keys(tags)).toEqual(['__proto__', 'a']);
    expect(get(tags, '/__proto__')).toEqual({ polluted: 5 });
    expect(tags.a).toBe(5);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('loads terraform.tfvars before *.auto.tfvars even when an auto file sorts first by name', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'bylaw-tfvars-order-'));
    const main = 'variable "retention" {}\n\nresource "aws_db_instance" "db" {\n  backup_retention_period = var.retention\n}\n';
    mkdirSync(join(root, 'db'));
    writeFileSync(join(root, 'db/main.tf'), main);
    writeFileSync(join(root, 'db/a.auto.tfvars'), 'retention = 14\n');
    writeFileSync(join(root, 'db/terraform.tfvars'), 'retention = 3\n');
    writeFileSync(join(root, 'db/other.tfvars'), 'retention = 99\n');
    try {
      const doc = terraform.parse({ path: 'db/main.tf', text: main, root } as never, DEFAULT_LIMITS).documents[0];
      expect(terraform.targets(doc)[0].value).toEqual({ backup_retention_period: 14 });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
