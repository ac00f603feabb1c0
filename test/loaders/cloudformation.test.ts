import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloudformation } from '../../engine/loaders/cloudformation.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';
import { getAt } from '../../engine/source/pointer.js';

const load = (path: string, text = readFileSync(path, 'utf8')) => cloudformation.parse({ path, text }, DEFAULT_LIMITS);
const yaml = load('test/fixtures/cloudformation/stack.yaml');
const json = load('test/fixtures/cloudformation/queue.json');
const ydoc = yaml.documents[0];

describe('cloudformation loader: intrinsic functions in long form', () => {
  it.each([
    ['/Conditions/IsProd', { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }],
    ['/Resources/LogsBucket/Properties/BucketName', { 'Fn::Sub': 'acme-logs-${Env}' }],
    ['/Resources/LogsBucket/Properties/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/KMSMasterKeyID', { 'Fn::GetAtt': ['LogsKey', 'Arn'] }],
    ['/Resources/LogsBucket/Properties/VersioningConfiguration/Status', { 'Fn::If': ['IsProd', 'Enabled', 'Suspended'] }],
    ['/Resources/LogsBucketPolicy/Properties/PolicyDocument/Statement/0/Resource', { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['LogsBucket', 'Arn'] }, '/*']] }],
    ['/Resources/LogsKey/Properties/EnableKeyRotation', true],
    ['/Resources/Database/Properties/UserData', { 'Fn::Base64': { 'Fn::Sub': '#!/bin/sh\necho ${Env}\n' } }],
    ['/Resources/Database/Properties/AvailabilityZone', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['/Resources/Database/Properties/Subnets', { 'Fn::Split': [',', { 'Fn::ImportValue': 'shared-subnets' }] }],
    ['/Resources/Database/Properties/Cidr', { 'Fn::Cidr': [{ 'Fn::FindInMap': ['Net', { Ref: 'AWS::Region' }, 'Cidr'] }, 6, 8] }],
    ['/Resources/Database/Properties/Flag', { 'Fn::And': [{ 'Fn::Not': [{ Condition: 'IsProd' }] }, { 'Fn::Or': [{ 'Fn::Equals': ['a', 'b'] }, true] }] }],
    ['/Resources/Database/Properties/Extra', { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://bucket/snippet.yaml' } } }],
    ['/Outputs/BucketArn/Value', { 'Fn::GetAtt': ['LogsBucket', 'Arn'] }],
  ])('%s', (pointer, expected) => {
    expect(getAt(ydoc.data, pointer)).toEqual(expected);
  });
  it('reads !Transform on a mapping and a tag on a mapping', () => {
    const r = load('t.yaml', 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: !Transform { Name: X, Parameters: { a: 1 } }\n');
    expect(getAt(r.documents[0].data, '/Resources/A/Properties')).toEqual({ 'Fn::Transform': { Name: 'X', Parameters: { a: 1 } } });
  });
  it('keeps a __proto__ key of a tagged mapping as plain data', () => {
    const r = load('t.yaml', 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: !Transform { __proto__: { polluted: true } }\n');
    const inner = getAt(r.documents[0].data, '/Resources/A/Properties/Fn::Transform') as Record<string, unknown>;
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(Object.keys(inner)).toEqual(['__proto__']);
    expect(getAt(inner, '/__proto__')).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('cloudformation loader: positions', () => {
  it.each([
    [ydoc, '/Resources/LogsBucket', 10, 3],
    [ydoc, '/Resources/LogsBucket/Properties/BucketEncryption', 14, 7],
    [ydoc, '/Resources/LogsBucket/Properties/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/KMSMasterKeyID', 18, 15],
    [ydoc, '/Resources/LogsBucket/Properties/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/KMSMasterKeyID/Fn::GetAtt/0', 18, 15],
    [ydoc, '/Resources/LogsBucketPolicy/Properties/Bucket', 29, 7],
    [ydoc, '/Resources/LogsKey/Properties/EnableKeyRotation', 42, 7],
    [ydoc, '/Resources/Database/Properties/StorageEncrypted', 58, 7],
    [ydoc, '/Resources/Database/Properties/KmsKeyId', 53, 5],
    [json.documents[0], '/Resources/Volume/Properties/Encrypted', 9, 9],
    [json.documents[0], '/Resources/Trail/Properties/S3BucketName/Ref', 16, 27],
  ])('position %#', (doc, pointer, line, column) => {
    const loc = doc.locate(pointer);
    expect([loc.startLine, loc.startColumn]).toEqual([line, column]);
  });
});

describe('cloudformation loader: detection, targets, facts', () => {
  it.each([
    ['t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n', true],
    ['t.yml', 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n', true],
    ['t.json', '{"Resources": {"A": {"Type": "AWS::SNS::Topic"}}}', true],
    ['k.yaml', 'apiVersion: v1\nkind: ConfigMap\n', false],
    ['cm.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  template.yaml: |\n    AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  X:\n    Type: AWS::S3::Bucket\n', false],
    ['serverless.yml', 'service: app\nresources:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n', false],
    ['quoted.yaml', '"AWSTemplateFormatVersion": "2010-09-09"\n', true],
    ['t.template', 'Resources:\n  R:\n    Type: Custom::Thing\n', true],
  ])('sniff %s', (path, text, expected) => {
    expect(cloudformation.accepts(path) && cloudformation.sniff!({ path, text })).toBe(expected);
  });
  it('gives one target per resource', () => {
    expect(cloudformation.targets(ydoc).map((t) => [t.resource.kind, t.resource.name, t.pointer])).toEqual([
      ['AWS::S3::Bucket', 'LogsBucket', '/Resources/LogsBucket'],
      ['AWS::S3::BucketPolicy', 'LogsBucketPolicy', '/Resources/LogsBucketPolicy'],
      ['AWS::KMS::Key', 'LogsKey', '/Resources/LogsKey'],
      ['AWS::RDS::DBInstance', 'Database', '/Resources/Database'],
      ['AWS::EC2::SecurityGroup', 'SshGroup', '/Resources/SshGroup'],
    ]);
  });
  it('lists resources referencing another through Ref, GetAtt and Sub', () => {
    const [bucket, , key] = cloudformation.targets(ydoc);
    expect(Object.keys(bucket.facts!.referencedBy as object)).toEqual(['AWS::S3::BucketPolicy']);
    expect(Object.keys(key.facts!.referencedBy as object)).toEqual(['AWS::S3::Bucket']);
  });
  it.each([
    ['bad indentation', 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n   Properties: {}\n', 4, 4],
    ['unclosed flow', 'Resources:\n  A: !GetAtt [B, Arn\n', 3, 1],
    ['unknown tag', 'Resources:\n  A: !NoSuchFunction x\n', 2, 6],
  ])('malformed: %s → error on line %i', (_n, text, line, column) => {
    const r = load('bad.yaml', text);
    expect(r.documents).toEqual([]);
    expect(r.errors[0].line).toBe(line);
    expect(r.errors[0].column).toBeGreaterThan(0);
    expect(r.errors).toEqual([expect.objectContaining({ line, column, code: 'parse-error' })]);
  });
});
