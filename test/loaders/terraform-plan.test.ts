import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { terraformPlan } from '../../engine/loaders/terraform-plan.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';

const path = 'test/fixtures/terraform/plan.json';
const text = readFileSync(path, 'utf8');
const parsed = terraformPlan.parse({ path, text }, DEFAULT_LIMITS);
const doc = parsed.documents[0];
const targets = terraformPlan.targets(doc);
const byAddress = (a: string) => targets.find((t) => t.resource.address === a)!;

describe('terraform-plan loader', () => {
  it('is detected by content only', () => {
    expect(terraformPlan.sniff!({ path, text })).toBe(true);
    expect(terraformPlan.sniff!({ path: 'x.json', text: '{"format_version": "1.0", "values": {}}' })).toBe(false);
    expect(terraformPlan.sniff!({ path: 'x.json', text: '{"planned_values": {}}' })).toBe(false);
  });

  it('gives one target per planned resource (child modules too) and per data source of the prior state', () => {
    expect(targets.map((t) => [t.resource.type, t.resource.kind, t.resource.name, t.resource.address, t.pointer])).toEqual([
      ['terraform-plan', 'aws_s3_bucket', 'logs', 'aws_s3_bucket.logs', '/planned_values/root_module/resources/0/values'],
      ['terraform-plan', 'aws_s3_bucket_public_access_block', 'logs', 'aws_s3_bucket_public_access_block.logs', '/planned_values/root_module/resources/1/values'],
      ['terraform-plan', 'aws_db_instance', 'main', 'aws_db_instance.main', '/planned_values/root_module/resources/2/values'],
      ['terraform-plan', 'aws_security_group', 'ssh', 'module.network.aws_security_group.ssh[0]', '/planned_values/root_module/child_modules/0/resources/0/values'],
      ['terraform-plan', 'data.aws_iam_policy_document', 'admin', 'data.aws_iam_policy_document.admin', '/prior_state/values/root_module/resources/0/values'],
    ]);
  });

  it.each([
    ['/planned_values/root_module/resources/0/values', 14, 11],
    ['/planned_values/root_module/resources/1/values/restrict_public_buckets', 33, 13],
    ['/planned_values/root_module/resources/2/values/publicly_accessible', 48, 13],
    ['/planned_values/root_module/child_modules/0/resources/0/values/ingress/0/from_port', 73, 21],
    ['/prior_state/values/root_module/resources/0/values/json', 138, 15],
    ['/planned_values/root_module/resources/2/values/kms_key_id', 44, 11],
  ])('%s → %i:%i', (pointer, line, column) => {
    const loc = doc.locate(pointer);
    expect([loc.startLine, loc.startColumn]).toEqual([line, column]);
  });

  it('marks values known only after apply like references in .tf', () => {
    const db = byAddress('aws_db_instance.main').value as Record<string, unknown>;
    expect(db.kms_key_id).toEqual({ $expr: '(known after apply)' });
    expect(db.storage_encrypted).toBe(false);
    const bucket = byAddress('aws_s3_bucket.logs').value as Record<string, unknown>;
    expect(bucket.server_side_encryption_configuration).toEqual({ $expr: '(known after apply)' });
    expect(bucket.tags).toEqual({ Team: 'platform' });
    // The parsed document itself is not changed.
    expect((doc.data as any).planned_values.root_module.resources[2].values.kms_key_id).toBeUndefined();
  });

  it('derives referencedBy from configuration references, per module', () => {
    expect(byAddress('aws_s3_bucket.logs').facts!.referencedBy).toEqual({
      aws_s3_bucket_public_access_block: [
        { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: false },
      ],
    });
    expect(byAddress('module.network.aws_security_group.ssh[0]').facts).toMatchObject({ module: 'module.network', referencedBy: {} });
  });

  it.each([
    ['truncated JSON', '{\n  "format_version": "1.2",\n  "planned_values": {\n', 4, 1],
    ['unclosed array', '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {"a": 1}\n}\n', 5, 1],
  ])('malformed: %s → error at %s:%s', (_n, bad, line, column) => {
    const r = terraformPlan.parse({ path: 'bad.json', text: bad }, DEFAULT_LIMITS);
    expect(r.documents).toEqual([]);
    expect(r.errors[0]).toMatchObject({ line, column });
  });

  it('keeps a __proto__ key as plain data when it marks unknown values', () => {
    const text = [
      '{"format_version": "1.2",',
      ' "planned_values": {"root_module": {"resources": [{"address": "a.b", "mode": "managed", "type": "a", "name": "b", "values": {"tags": {"__proto__": "x"}}}]}},',
      ' "resource_changes": [{"address": "a.b", "change": {"after_unknown": {"tags": {"__proto__": false, "Name": true}}}}]}',
    ].join('\n');
    const r = terraformPlan.parse({ path: 'p.json', text }, DEFAULT_LIMITS);
    const tags = (terraformPlan.targets(r.documents[0])[0].value as Record<string, Record<string, unknown>>).tags;
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect(Object.keys(tags)).toEqual(['__proto__', 'Name']);
    expect(Object.getOwnPropertyDescriptor(tags, '__proto__')?.value).toBe('x');
    expect(tags.Name).toEqual({ $expr: '(known after apply)' });
  });

  it('ignores documents that are not plans', () => {
    const r = terraformPlan.parse({ path: 'x.json', text: '[1, 2]' }, DEFAULT_LIMITS);
    expect(terraformPlan.targets(r.documents[0])).toEqual([]);
  });
});
