/**
 * Terraform corpus: `.tf` files of 1–6 AWS resources (S3, security groups, EC2, RDS, IAM, KMS, CloudTrail)
 * with a mix of good and bad settings (public buckets, 0.0.0.0/0 ingress, unencrypted storage, IMDSv1,
 * wildcard IAM), plus variables, locals and provider blocks.
 */
import { attrs, block, emitHcl, ref } from './hcl-emit.mjs';

const NAMES = ['logs', 'assets', 'backups', 'web', 'api', 'db', 'cache', 'bastion', 'etl', 'audit', 'reports', 'lake'];

function tags(r, name) {
  return r.chance(0.7) ? { Name: name, Team: r.pick(['platform', 'data', 'payments']), Environment: r.pick(['prod', 'staging']) } : undefined;
}

const RESOURCES = {
  s3(r, name, good) {
    const out = [block('resource', ['aws_s3_bucket', name], attrs({ bucket: `acme-${name}-${r.hex(6)}`, force_destroy: !good && r.chance(0.3) ? true : undefined, tags: tags(r, name) }))];
    if (good || r.chance(0.4)) {
      out.push(block('resource', ['aws_s3_bucket_server_side_encryption_configuration', name], [...attrs({ bucket: ref(`aws_s3_bucket.${name}.id`) }),
        block('rule', [], [block('apply_server_side_encryption_by_default', [], attrs({ sse_algorithm: good ? 'aws:kms' : 'AES256' }))])]));
    }
    if (good || r.chance(0.5)) {
      out.push(block('resource', ['aws_s3_bucket_public_access_block', name], attrs({ bucket: ref(`aws_s3_bucket.${name}.id`),
        block_public_acls: good || r.chance(0.5), block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: good || r.chance(0.5) })));
    } else if (r.chance(0.3)) {
      out.push(block('resource', ['aws_s3_bucket_acl', name], attrs({ bucket: ref(`aws_s3_bucket.${name}.id`), acl: 'public-read' })));
    }
    return out;
  },
  sg(r, name, good) {
    const port = r.pick([22, 443, 80, 3389, 5432]);
    const cidr = good ? ['10.0.0.0/8'] : ['0.0.0.0/0'];
    return [block('resource', ['aws_security_group', name], [...attrs({ name: `${name}-sg`, description: good ? `Access to ${name}` : undefined, vpc_id: ref('var.vpc_id') }),
      block('ingress', [], attrs({ description: 'inbound', from_port: port, to_port: port, protocol: 'tcp', cidr_blocks: cidr })),
      block('egress', [], attrs({ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] })),
      ...(tags(r, name) ? attrs({ tags: tags(r, name) }) : [])])];
  },
  ec2(r, name, good) {
    return [block('resource', ['aws_instance', name], [...attrs({ ami: `ami-${r.hex(17)}`, instance_type: r.pick(['t3.micro', 't3.large', 'm5.xlarge']),
      subnet_id: ref('var.subnet_id'), associate_public_ip_address: !good && r.chance(0.5) ? true : undefined, monitoring: good || undefined,
      user_data: r.chance(0.3) ? '#!/bin/bash\nyum install -y httpd\nsystemctl enable --now httpd\n' : undefined }),
      block('metadata_options', [], attrs({ http_tokens: good ? 'required' : 'optional', http_endpoint: 'enabled' })),
      block('root_block_device', [], attrs({ volume_size: r.pick([8, 20, 100]), encrypted: good || r.chance(0.3) })),
      ...attrs({ tags: tags(r, name) })])];
  },
  rds(r, name, good) {
    return [block('resource', ['aws_db_instance', name], attrs({ identifier: name, engine: r.pick(['postgres', 'mysql']), instance_class: 'db.t3.medium',
      allocated_storage: r.pick([20, 100]), username: 'admin', password: ref('var.db_password'), storage_encrypted: good || r.chance(0.4),
      publicly_accessible: !good && r.chance(0.4), backup_retention_period: good ? 7 : r.int(0, 7), deletion_protection: good, skip_final_snapshot: !good,
      iam_database_authentication_enabled: good || undefined, tags: tags(r, name) }))];
  },
  iam(r, name, good) {
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: good ? ['s3:GetObject'] : ['*'], Resource: good ? [`arn:aws:s3:::acme-${name}/*`] : ['*'] }] };
    return [block('resource', ['aws_iam_policy', name], attrs({ name: `${name}-policy`, policy: ref(`jsonencode(${JSON.stringify(policy).replace(/"(\w+)":/g, '$1 = ').replace(/,(?=\w+ =)/g, ', ')})`) }))];
  },
  kms(r, name, good) {
    return [block('resource', ['aws_kms_key', name], attrs({ description: `${name} key`, enable_key_rotation: good || r.chance(0.3), deletion_window_in_days: 30 }))];
  },
  trail(r, name, good) {
    return [block('resource', ['aws_cloudtrail', name], attrs({ name, s3_bucket_name: ref('aws_s3_bucket.logs.id'), is_multi_region_trail: good,
      enable_log_file_validation: good || r.chance(0.5), kms_key_id: good ? ref('aws_kms_key.audit.arn') : undefined }))];
  },
};

/** Corpus file `index`: path and HCL text. */
export function terraformText(r, index) {
  const blocks = [];
  const kinds = Object.keys(RESOURCES);
  if (r.chance(0.15)) {
    blocks.push(block('terraform', [], [block('required_providers', [], attrs({ aws: { source: 'hashicorp/aws', version: '~> 5.0' } }))]));
    blocks.push(block('provider', ['aws'], attrs({ region: r.pick(['eu-west-1', 'us-east-1']) })));
  }
  if (r.chance(0.3)) blocks.push(block('variable', ['vpc_id'], attrs({ type: ref('string'), description: 'VPC to deploy into' })));
  if (r.chance(0.2)) blocks.push(block('locals', [], attrs({ common_tags: { Owner: 'platform', CostCenter: String(r.int(100, 999)) } })));
  const used = new Set();
  for (let n = r.int(1, 6); n > 0; n--) {
    let name = `${r.pick(NAMES)}${r.chance(0.5) ? `_${r.int(1, 9)}` : ''}`;
    while (used.has(name)) name += 'x';
    used.add(name);
    blocks.push(...RESOURCES[r.pick(kinds)](r, name, r.chance(0.4)));
  }
  if (r.chance(0.2)) blocks.push(block('output', ['id'], attrs({ value: ref(`${blocks[blocks.length - 1].labels.join('.')}.id`) })));
  const dir = `${r.pick(['modules', 'live'])}/${r.pick(['network', 'storage', 'compute', 'data', 'security'])}-${index % 200}`;
  return { path: `${dir}/${r.pick(['main', 'storage', 'network', 'iam', 'compute'])}-${String(index).padStart(5, '0')}.tf`, text: emitHcl(blocks) };
}
