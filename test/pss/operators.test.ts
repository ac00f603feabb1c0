import { describe, expect, it } from 'vitest';
import { k8sVersionGte, k8sVersionLt } from '../../engine/evaluate/operators/k8s-version.js';
import { entries, pick } from '../../engine/evaluate/operators/entries.js';
import { imageRef, parseImageRef } from '../../engine/evaluate/operators/image-ref.js';
import { compileLogic } from '../../engine/evaluate/logic.js';

describe('k8s_version_gte / k8s_version_lt', () => {
  it.each([
    ['v1.22', 'v1.22', true],
    ['v1.21', 'v1.22', false],
    ['v1.100', 'v1.22', true],
    ['latest', 'v1.37', true],
    ['latest', 'v1.999', true],
    [undefined, 'v1.35', true], // no parameter: newest behaviour, like PSA's fallback
    ['v1.022', 'v1.22', true], // not a valid PSA version: read as latest
    ['v2.0', 'v1.22', true],
    ['v1.5', 'latest', false], // the bound must be a real version
    ['v1.5', 'v1.x', false],
  ])('%s >= %s is %s', (version, bound, want) => {
    expect(k8sVersionGte.fn([version, bound])).toBe(want);
  });
  it.each([
    ['v1.18', 'v1.19', true],
    ['v1.19', 'v1.19', false],
    ['latest', 'v1.19', false],
    ['v1.0', 'latest', false],
  ])('%s < %s is %s', (version, bound, want) => {
    expect(k8sVersionLt.fn([version, bound])).toBe(want);
  });
  it('is registered on the engine', () => {
    expect(compileLogic({ k8s_version_gte: [{ var: 'params.version' }, 'v1.25'] })({ params: { version: 'v1.30' } })).toBe(true);
  });
});

describe('entries / pick', () => {
  it('lists own entries sorted by key', () => {
    expect(entries.fn([{ b: 1, a: null }])).toEqual([{ key: 'a', value: null }, { key: 'b', value: 1 }]);
    expect(entries.fn([['x']])).toEqual([]);
    expect(entries.fn([null])).toEqual([]);
  });
  it('picks present own keys in the order asked, once', () => {
    const o = JSON.parse('{"a": 1, "b": "", "__proto__": {"polluted": true}}');
    expect(pick.fn([o, ['b', 'missing', 'a', 'b', 'toString', 'polluted']])).toEqual([{ key: 'b', value: '' }, { key: 'a', value: 1 }]);
    expect(pick.fn([o, 'a'])).toEqual([]);
  });
});

describe('image_ref', () => {
  it.each([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx', name: 'docker.io/library/nginx', tag: null, digest: null }],
    ['nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', name: 'docker.io/library/nginx', tag: '1.27', digest: null }],
    ['bitnami/redis:7', { registry: 'docker.io', repository: 'bitnami/redis', name: 'docker.io/bitnami/redis', tag: '7', digest: null }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app', name: 'localhost:5000/app', tag: null, digest: null }],
    ['localhost/app:1', { registry: 'localhost', repository: 'app', name: 'localhost/app', tag: '1', digest: null }],
    ['ghcr.io/acme/api:2.1@sha256:abc', { registry: 'ghcr.io', repository: 'acme/api', name: 'ghcr.io/acme/api', tag: '2.1', digest: 'sha256:abc' }],
    ['registry.example.com:443/team/app@sha256:def', { registry: 'registry.example.com:443', repository: 'team/app', name: 'registry.example.com:443/team/app', tag: null, digest: 'sha256:def' }],
  ])('%s', (image, want) => {
    expect(parseImageRef(image)).toEqual(want);
  });
  it('rejects non-references and reads single fields', () => {
    expect(parseImageRef('')).toBeUndefined();
    expect(parseImageRef('a b')).toBeUndefined();
    expect(parseImageRef(42)).toBeUndefined();
    expect(imageRef.fn(['nginx:1', 'tag'])).toBe('1');
    expect(imageRef.fn(['nginx:1', 'constructor'])).toBeNull();
    expect(imageRef.fn([undefined, 'tag'])).toBeNull();
  });
});
