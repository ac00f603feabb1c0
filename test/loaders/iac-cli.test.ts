import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';

/** Terraform (a module over two files), a plan, a CloudFormation template and the repository, through the CLI as a user runs it. */
const tree = tempTree({
  'infra/s3.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_db_instance" "db" {\n  engine              = "postgres"\n  storage_encrypted   = true\n  publicly_accessible = true\n}\n',
  'infra/controls.tf':
    'resource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_public_access_block" "logs" {\n  bucket                  = aws_s3_bucket.logs.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
  'infra/broken.tf': 'resource "aws_kms_key" "k" {\n  description = "unterminated\n}\n',
  'plan/plan.json': readFileSync('test/fixtures/terraform/plan.json', 'utf8'),
  'cfn/stack.yaml': readFileSync('test/fixtures/cloudformation/stack.yaml', 'utf8'),
  'package.json': '{}\n',
  'README.md': '# demo\n',
});
execFileSync('git', ['init', '-q'], { cwd: tree });

describe('bylaw scan on infrastructure as code and the repository', () => {
  it('reports each input with exact positions, module-wide facts and parse errors', async () => {
    const { code, stdout } = await cli(['scan', '.', '--policy', 'terraform-aws', '--policy', 'repository-hygiene', '--format', 'json', '--no-progress'], tree, {});
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    const got = result.findings.map((f: any) => `${f.ruleId} ${f.location.path}:${f.location.startLine}:${f.location.startColumn}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'aws-rds-not-public cfn/stack.yaml:57:7',
        'aws-rds-not-public infra/s3.tf:8:3',
        'aws-rds-not-public plan/plan.json:48:13',
        'aws-s3-encryption infra/s3.tf:1:1',
        'aws-sg-admin-ports-open cfn/stack.yaml:79:11',
        'aws-sg-admin-ports-open plan/plan.json:71:21',
        'repo-lockfile package.json:1:1',
        'repo-license .:1:1',
      ]),
    );
    // The split versioning and public access block resources in controls.tf count for the bucket in s3.tf.
    expect(got.filter((g: string) => /aws-s3-(versioning|public-access-block) infra/.test(g))).toEqual([]);
    expect(result.errors).toEqual([{ path: 'infra/broken.tf', line: 2, column: 30, code: 'parse-error', message: 'unterminated string (newline in quoted string)' }]);
    const types = Object.fromEntries(result.inputs.map((i: any) => [i.path, i.type]));
    expect(types).toMatchObject({ '.': 'repository', 'infra/s3.tf': 'terraform', 'plan/plan.json': 'terraform-plan', 'cfn/stack.yaml': 'cloudformation' });
    expect(result.findings.find((f: any) => f.location.path === 'plan/plan.json' && f.ruleId === 'aws-sg-admin-ports-open').resource).toEqual({
      type: 'terraform-plan',
      kind: 'aws_security_group',
      name: 'ssh',
      address: 'module.network.aws_security_group.ssh[0]',
    });
  });
});
