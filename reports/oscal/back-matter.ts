import type { Result } from '../../engine/types.js';
import { encodePath } from '../escape/url.js';
import { formatPack } from '../model/describe.js';
import type { UuidFactory } from './uuid.js';
import { prop, text } from './values.js';

/** UUIDs of back-matter resources other parts of the document point at. */
export interface BackMatterRefs {
  plan: string;
  inputs: Map<string, string>;
}

function digestValue(digest: string): { algorithm: string; value: string } | undefined {
  const match = /^sha256:([0-9a-fA-F]{64})$/.exec(digest);
  return match ? { algorithm: 'SHA-256', value: match[1].toLowerCase() } : undefined;
}

/**
 * The evidence, as back-matter resources: the assessment plan (the policy packs), each pack with version, digest,
 * source and parameters, the source revision, and every input file with its SHA-256.
 */
export function backMatter(result: Result, ids: UuidFactory): { resources: Record<string, unknown>[]; refs: BackMatterRefs } {
  const plan = ids.id('plan', result.packs.map((p) => `${formatPack(p)}#${p.digest}`).join(','));
  const packs = result.packs.map((pack) => {
    const hash = digestValue(pack.digest);
    const source = pack.source && pack.source !== 'builtin' ? pack.source : undefined;
    return {
      uuid: ids.id('pack', `${formatPack(pack)}#${pack.digest}`),
      title: text(`Policy pack ${formatPack(pack)}`),
      ...(pack.title ? { description: text(pack.title) } : {}),
      props: [
        ...prop('pack-id', pack.id),
        ...prop('pack-version', pack.version),
        ...prop('pack-digest', pack.digest),
        ...prop('pack-source', pack.source ?? ''),
        ...Object.keys(pack.params ?? {}).sort().flatMap((name) => prop('parameter', `${name}=${JSON.stringify(pack.params[name])}`)),
      ],
      ...(source ? { rlinks: [{ href: encodePath(source), ...(hash ? { hashes: [hash] } : {}) }] } : {}),
    };
  });
  const inputs = new Map<string, string>();
  const files = result.inputs.map((input) => {
    const uuid = ids.id('input', input.path);
    inputs.set(input.path, uuid);
    const hash = /^[0-9a-fA-F]{64}$/.test(input.sha256) ? [{ algorithm: 'SHA-256', value: input.sha256.toLowerCase() }] : undefined;
    return {
      uuid,
      title: text(input.path),
      props: [...prop('input-type', input.type), ...prop('sha256', input.sha256)],
      rlinks: [{ href: encodePath(input.path), ...(hash ? { hashes: hash } : {}) }],
    };
  });
  const revision = result.run.commit || result.run.ref
    ? [{ uuid: ids.id('revision', `${result.run.commit ?? ''}@${result.run.ref ?? ''}`), title: 'Source revision evaluated', props: [...prop('commit', result.run.commit ?? ''), ...prop('ref', result.run.ref ?? '')] }]
    : [];
  const planResource = {
    uuid: plan,
    title: 'Assessment plan: bylaw policy packs',
    description: text(`The policy packs evaluated in this run: ${result.packs.map(formatPack).join(', ') || 'none'}. bylaw runs without a separate OSCAL assessment plan; the packs (with their digests) are the plan.`),
    props: result.packs.flatMap((p) => prop('pack', `${formatPack(p)} ${p.digest}`)),
  };
  return { resources: [planResource, ...packs, ...revision, ...files], refs: { plan, inputs } };
}
