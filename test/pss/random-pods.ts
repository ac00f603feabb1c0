import fc from 'fast-check';
import type { Pod } from './pod-fixtures.js';

/**
 * Random pods over exactly the fields the Pod Security Standards inspect, with the awkward values a manifest can
 * hold: explicit nulls (Go's nil), empty objects, wrong-case names, values allowed only at some versions.
 */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: arb });
const bool = maybe(fc.boolean());
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(r: T) => fc.record(r, { requiredKeys: [] });

const seccomp = maybe(record({ type: maybe(pick('RuntimeDefault', 'Localhost', 'Unconfined', 'runtimedefault')), localhostProfile: pick('p.json') }));
const selinux = maybe(record({ type: maybe(pick('', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t', 'spc_t')), user: maybe(pick('', 'system_u')), role: maybe(pick('', 'system_r')), level: pick('s0:c1,c2') }));
const apparmor = maybe(record({ type: maybe(pick('RuntimeDefault', 'Localhost', 'Unconfined')), localhostProfile: pick('k8s') }));
const windows = maybe(record({ hostProcess: bool }));
const capName = pick('ALL', 'all', 'NET_BIND_SERVICE', 'CHOWN', 'SYS_ADMIN', 'NET_RAW', 'SYS_CHROOT', 'CAP_CHOWN');
const caps = maybe(record({ drop: maybe(fc.array(capName, { maxLength: 3 })), add: maybe(fc.array(capName, { maxLength: 3 })) }));

const containerSc = maybe(record({
  privileged: bool, allowPrivilegeEscalation: bool, runAsNonRoot: bool, runAsUser: maybe(pick(0, 1000)),
  capabilities: caps, procMount: maybe(pick('Default', 'Unmasked')), seccompProfile: seccomp, seLinuxOptions: selinux,
  appArmorProfile: apparmor, windowsOptions: windows, readOnlyRootFilesystem: bool,
  ulimits: maybe(fc.oneof(fc.constant([]), fc.constant([{ name: 'nofile', soft: 1, hard: 2 }]), fc.constant({ core: { soft: 1, hard: 1 } }))),
  cgroupOptions: maybe(record({ mountMode: maybe(pick('ReadOnly', 'Writable')) })),
}));
const host = maybe(pick('', '127.0.0.1', '::1', 'localhost', 'evil.example'));
const handler = maybe(fc.oneof(record({ httpGet: maybe(record({ host, port: fc.constant(80) })) }), record({ tcpSocket: maybe(record({ host, port: fc.constant(80) })) })));
const container = (name: string) => record({
  securityContext: containerSc,
  ports: maybe(fc.array(record({ containerPort: fc.constant(80), hostPort: maybe(pick(0, 8080)) }), { maxLength: 2 })),
  livenessProbe: handler, readinessProbe: handler, startupProbe: handler,
  lifecycle: maybe(record({ postStart: handler, preStop: handler })),
}).map((c) => ({ name, image: 'registry.k8s.io/pause', ...c }));

const SYSCTLS = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_notsent_lowat', 'kernel.msgmax'];
const volume = fc.oneof(
  pick({ emptyDir: {} }, { emptyDir: null }, { configMap: { name: 'c' } }, { secret: { secretName: 's' } }, { projected: { sources: [] } },
    { persistentVolumeClaim: { claimName: 'p' } }, { image: { reference: 'x' } }, { hostPath: { path: '/' } }, { hostPath: null }, { nfs: { server: 'n', path: '/' } }, {}),
);
const annotationKey = pick('seccomp.security.alpha.kubernetes.io/pod', 'container.seccomp.security.alpha.kubernetes.io/c0', 'container.seccomp.security.alpha.kubernetes.io/i0',
  'container.seccomp.security.alpha.kubernetes.io/ghost', 'container.apparmor.security.beta.kubernetes.io/c0', 'container.apparmor.security.beta.kubernetes.io/ghost', 'example.com/other');
const annotationValue = pick('', 'runtime/default', 'docker/default', 'localhost/p', 'unconfined', 'foo');

export const randomPod: fc.Arbitrary<Pod> = fc.record({
  annotations: maybe(fc.dictionary(annotationKey, annotationValue, { maxKeys: 3 })),
  spec: record({
    hostNetwork: bool, hostPID: bool, hostIPC: bool, hostUsers: bool,
    os: maybe(record({ name: pick('windows', 'linux', 'Windows') })),
    securityContext: maybe(record({
      runAsNonRoot: bool, runAsUser: maybe(pick(0, 1000)), seccompProfile: seccomp, seLinuxOptions: selinux, appArmorProfile: apparmor,
      windowsOptions: windows, sysctls: maybe(fc.array(fc.constantFrom(...SYSCTLS).map((name) => ({ name, value: '1' })), { maxLength: 2 })),
    })),
    volumes: maybe(fc.array(volume, { maxLength: 2 }).map((vs) => vs.map((v, i) => ({ name: `v${i}`, ...v })))),
    initContainers: maybe(fc.array(container('i0'), { maxLength: 1 })),
    ephemeralContainers: maybe(fc.array(container('e0'), { maxLength: 1 })),
  }),
  containers: fc.array(container('c0'), { minLength: 1, maxLength: 1 }),
}).map(({ annotations, spec, containers }) => JSON.parse(JSON.stringify({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', annotations }, spec: { ...spec, containers },
})) as Pod);

const SC = ['privileged', 'allowPrivilegeEscalation', 'runAsNonRoot', 'runAsUser', 'capabilities', 'procMount', 'seccompProfile', 'seLinuxOptions', 'appArmorProfile', 'windowsOptions', 'ulimits', 'cgroupOptions'];
/** Paths a near-compliant pod may take from a random one (absent there = removed, null stays null). */
const MUTABLE: string[][] = [
  ['metadata', 'annotations'],
  ...['hostNetwork', 'hostPID', 'hostIPC', 'hostUsers', 'os', 'volumes', 'initContainers', 'ephemeralContainers'].map((k) => ['spec', k]),
  ...['runAsNonRoot', 'runAsUser', 'seccompProfile', 'seLinuxOptions', 'appArmorProfile', 'windowsOptions', 'sysctls'].map((k) => ['spec', 'securityContext', k]),
  ...SC.map((k) => ['spec', 'containers', '0', 'securityContext', k]),
  ...['ports', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'].map((k) => ['spec', 'containers', '0', k]),
];
const getPath = (o: any, path: string[]) => path.reduce((x, k) => (x === null || typeof x !== 'object' ? undefined : x[k]), o);
function setPath(o: any, path: string[], value: unknown): void {
  let x = o;
  for (const k of path.slice(0, -1)) {
    if (x[k] === null || typeof x[k] !== 'object') x[k] = {};
    x = x[k];
  }
  if (value === undefined) delete x[path[path.length - 1]];
  else x[path[path.length - 1]] = value;
}

/** A pod that passes restricted at every version, with each field replaced by a random one with probability 1/8. */
export const nearlyCompliantPod: fc.Arbitrary<Pod> = fc
  .tuple(randomPod, fc.array(fc.integer({ min: 0, max: 7 }), { minLength: MUTABLE.length, maxLength: MUTABLE.length }))
  .map(([r, dice]) => {
    const sc = { allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } };
    const base: Pod = {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' },
      spec: {
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        initContainers: [{ name: 'i0', image: 'registry.k8s.io/pause', securityContext: { ...sc } }],
        containers: [{ name: 'c0', image: 'registry.k8s.io/pause', securityContext: JSON.parse(JSON.stringify(sc)) }],
      },
    };
    MUTABLE.forEach((path, i) => {
      if (dice[i] === 0) setPath(base, path, JSON.parse(JSON.stringify(getPath(r, path) ?? null)) ?? (getPath(r, path) === null ? null : undefined));
    });
    return JSON.parse(JSON.stringify(base)) as Pod;
  });
