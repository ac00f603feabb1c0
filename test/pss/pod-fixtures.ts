/**
 * Pass/fail pod fixtures per Pod Security Standards check, modelled on pod-security-admission's own
 * `test/fixtures_*.go` generators: each check registers generators at the policy version where its behaviour
 * changed; a generator transforms the minimal valid pod of a (level, version) into pods that must be allowed or
 * denied at that level and version. A generator registered at baseline also applies at restricted, as in PSA.
 */
export type Pod = { apiVersion: 'v1'; kind: 'Pod'; metadata: Record<string, any>; spec: Record<string, any> };
export type Level = 'baseline' | 'restricted';

/** Newest policy minor with its own behaviour (sysctls gained entries at v1.37). */
export const NEWEST_MINOR = 37;

export interface Generator {
  check: string;
  level: Level;
  /** Policy minor the generator is registered at; used from there until the next registration of the check. */
  minor: number;
  pass: (p: Pod) => Pod[];
  fail: (p: Pod) => Pod[];
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const tweak = (p: Pod, f: (p: Pod) => void): Pod => {
  const c = clone(p);
  f(c);
  return c;
};
const sc = (c: Record<string, any>): Record<string, any> => (c.securityContext ??= {});
const podSc = (p: Pod): Record<string, any> => (p.spec.securityContext ??= {});
const c0 = (p: Pod) => p.spec.containers[0];
const i0 = (p: Pod) => p.spec.initContainers[0];

/** Minimal valid pod for a level at a policy minor (PSA `getMinimalValidPod`). */
export function minimalValidPod(level: Level, minor: number): Pod {
  const p: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'base' },
    spec: {
      initContainers: [{ name: 'initcontainer1', image: 'registry.k8s.io/pause' }],
      containers: [{ name: 'container1', image: 'registry.k8s.io/pause' }],
    },
  };
  if (level === 'baseline') return p;
  p.spec.securityContext = { runAsNonRoot: true };
  if (minor >= 8) for (const c of [c0(p), i0(p)]) c.securityContext = { allowPrivilegeEscalation: false };
  if (minor >= 19) p.spec.securityContext.seccompProfile = { type: 'RuntimeDefault' };
  if (minor >= 22) for (const c of [c0(p), i0(p)]) c.securityContext.capabilities = { drop: ['ALL'] };
  return p;
}

const SYSCTLS: Record<number, string[]> = {
  0: ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'],
  27: ['net.ipv4.ip_local_reserved_ports'],
  29: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'],
  32: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'],
  37: ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'],
};
const sysctlsUpTo = (minor: number) => Object.entries(SYSCTLS).flatMap(([m, names]) => (Number(m) <= minor ? names : []));
const sysctlGen = (minor: number, newer: string[]): Generator => ({
  check: 'sysctls',
  level: 'baseline',
  minor,
  pass: (p) => [
    tweak(p, (p) => void (podSc(p).sysctls = undefined)),
    tweak(p, (p) => void (podSc(p).sysctls = sysctlsUpTo(minor).map((name) => ({ name, value: '1' })))),
  ],
  fail: (p) => [
    tweak(p, (p) => void (podSc(p).sysctls = [{ name: 'othersysctl', value: 'other' }])),
    tweak(p, (p) => void (podSc(p).sysctls = [{ name: 'kernel.msgmax', value: '1' }])),
    // sysctls that only become safe in later versions
    ...newer.map((name) => tweak(p, (p) => void (podSc(p).sysctls = [{ name, value: '1' }]))),
  ],
});

const CAPS_DEFAULT = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'];
const ALLOWED_VOLUMES: Record<string, unknown>[] = [
  {}, // implicit emptyDir: the API server defaults a volume without a source, as in PSA's fixtures
  { emptyDir: null },
  { configMap: { name: 'test' } },
  { csi: { driver: 'inline.storage.kubernetes.io' } },
  { downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
  { emptyDir: {} },
  { ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } } },
  { image: { reference: 'registry.k8s.io/pause' } },
  { persistentVolumeClaim: { claimName: 'test' } },
  { projected: { sources: [] } },
  { secret: { secretName: 'test' } },
];
const RESTRICTED_VOLUMES: Record<string, unknown>[] = [
  { hostPath: { path: '/a/b' } },
  { gcePersistentDisk: { pdName: 'test' } },
  { awsElasticBlockStore: { volumeID: 'test' } },
  { gitRepo: { repository: 'github.com/kubernetes/kubernetes' } },
  { nfs: { server: 'test', path: '/test' } },
  { iscsi: { targetPortal: 'test', iqn: 'iqn.2001-04.com.example:storage.kube.sys1.xyz', lun: 0 } },
  { glusterfs: { endpoints: 'test', path: 'test' } },
  { rbd: { monitors: ['test'], image: 'test' } },
  { flexVolume: { driver: 'test' } },
  { cinder: { volumeID: 'test' } },
  { cephfs: { monitors: ['test'] } },
  { flocker: { datasetName: 'test' } },
  { fc: { wwids: ['test'] } },
  { azureFile: { secretName: 'test', shareName: 'test' } },
  { vsphereVolume: { volumePath: 'test' } },
  { quobyte: { registry: 'localhost:1234', volume: 'test' } },
  { azureDisk: { diskName: 'test', diskURI: 'https://test.blob.core.windows.net/test/test.vhd' } },
  { portworxVolume: { volumeID: 'test' } },
  { scaleIO: { gateway: 'localhost', system: 'test', secretRef: { name: 'test' } } },
  { storageos: { volumeName: 'test' } },
  { photonPersistentDisk: { pdID: 'test' } },
  { emptyDir: null, hostPath: { path: '/' } },
];
const probeHost = (where: string, host: string) => (c: Record<string, any>) => {
  const [kind, action] = where.split('.');
  const handler = { [action]: action === 'httpGet' ? { host, port: 8080 } : { host, port: 8080 } };
  if (kind === 'postStart' || kind === 'preStop') c.lifecycle = { [kind]: handler };
  else c[kind] = handler;
};

/** Every registered generator. */
export const GENERATORS: Generator[] = [
  {
    check: 'hostNamespaces', level: 'baseline', minor: 0,
    pass: (p) => [tweak(p, (p) => Object.assign(p.spec, { hostNetwork: false, hostPID: false, hostIPC: false }))],
    fail: (p) => ['hostNetwork', 'hostPID', 'hostIPC'].map((f) => tweak(p, (p) => void (p.spec[f] = true))),
  },
  {
    check: 'privileged', level: 'baseline', minor: 0,
    pass: (p) => [tweak(p, (p) => { sc(c0(p)).privileged = false; sc(i0(p)).privileged = false; })],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).privileged = true)),
      tweak(p, (p) => void (sc(i0(p)).privileged = true)),
      tweak(p, (p) => void (p.spec.ephemeralContainers = [{ name: 'debugger', image: 'busybox', securityContext: { privileged: true } }])),
    ],
  },
  {
    check: 'capabilities_baseline', level: 'baseline', minor: 0,
    pass: (p) => [
      tweak(p, (p) => { for (const c of [c0(p), i0(p)]) sc(c).capabilities = { ...(sc(c).capabilities ?? {}), add: CAPS_DEFAULT }; }),
    ],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).capabilities = { ...(sc(c0(p)).capabilities ?? {}), add: ['NET_RAW'] })),
      tweak(p, (p) => void (sc(i0(p)).capabilities = { ...(sc(i0(p)).capabilities ?? {}), add: ['SYS_ADMIN'] })),
      tweak(p, (p) => void (sc(c0(p)).capabilities = { ...(sc(c0(p)).capabilities ?? {}), add: ['CAP_CHOWN'] })),
      tweak(p, (p) => void (sc(c0(p)).capabilities = { ...(sc(c0(p)).capabilities ?? {}), add: ['chown'] })),
    ],
  },
  {
    check: 'hostPathVolumes', level: 'baseline', minor: 0,
    pass: (p) => [tweak(p, (p) => void (p.spec.volumes = [{ name: 'a', emptyDir: {} }, { name: 'b', hostPath: null }]))],
    fail: (p) => [tweak(p, (p) => void (p.spec.volumes = [{ name: 'a', emptyDir: {} }, { name: 'b', hostPath: { path: '/a/b' } }]))],
  },
  {
    check: 'hostPorts', level: 'baseline', minor: 0,
    pass: (p) => [tweak(p, (p) => { c0(p).ports = [{ containerPort: 12345 }, { containerPort: 12346, hostPort: 0 }]; i0(p).ports = [{ containerPort: 12347 }]; })],
    fail: (p) => [
      tweak(p, (p) => void (c0(p).ports = [{ containerPort: 12345, hostPort: 12345 }])),
      tweak(p, (p) => void (i0(p).ports = [{ containerPort: 12346, hostPort: 12346 }])),
    ],
  },
  {
    check: 'appArmorProfile', level: 'baseline', minor: 0,
    pass: (p) => [
      tweak(p, (p) => void (p.metadata.annotations = {
        'container.apparmor.security.beta.kubernetes.io/initcontainer1': 'localhost/foo',
        'container.apparmor.security.beta.kubernetes.io/container1': 'runtime/default',
        'container.apparmor.security.beta.kubernetes.io/other': '',
      })),
      tweak(p, (p) => { podSc(p).appArmorProfile = { type: 'RuntimeDefault' }; sc(c0(p)).appArmorProfile = { type: 'Localhost', localhostProfile: 'foo' }; }),
    ],
    fail: (p) => [
      tweak(p, (p) => void (p.metadata.annotations = { 'container.apparmor.security.beta.kubernetes.io/container1': 'unconfined' })),
      tweak(p, (p) => void (p.metadata.annotations = { 'container.apparmor.security.beta.kubernetes.io/initcontainer1': 'foo' })),
      tweak(p, (p) => void (podSc(p).appArmorProfile = { type: 'Unconfined' })),
      tweak(p, (p) => void (sc(c0(p)).appArmorProfile = { type: 'Unconfined' })),
      tweak(p, (p) => void (sc(i0(p)).appArmorProfile = { type: 'Unconfined' })),
    ],
  },
  ...[0, 31].map((minor): Generator => ({
    check: 'seLinuxOptions', level: 'baseline', minor,
    pass: (p) => [
      tweak(p, (p) => { podSc(p).seLinuxOptions = {}; sc(c0(p)).seLinuxOptions = {}; sc(i0(p)).seLinuxOptions = {}; }),
      tweak(p, (p) => { podSc(p).seLinuxOptions = { type: 'container_t', level: 's0:c1,c2' }; sc(c0(p)).seLinuxOptions = { type: 'container_init_t' }; sc(i0(p)).seLinuxOptions = { type: 'container_kvm_t' }; }),
      ...(minor >= 31 ? [tweak(p, (p) => void (sc(c0(p)).seLinuxOptions = { type: 'container_engine_t' }))] : []),
    ],
    fail: (p) => [
      tweak(p, (p) => void (podSc(p).seLinuxOptions = { type: 'foo' })),
      tweak(p, (p) => void (sc(c0(p)).seLinuxOptions = { type: 'bar' })),
      tweak(p, (p) => void (sc(i0(p)).seLinuxOptions = { type: 'bar' })),
      tweak(p, (p) => void (podSc(p).seLinuxOptions = { user: 'foo' })),
      tweak(p, (p) => void (sc(c0(p)).seLinuxOptions = { role: 'bar' })),
      ...(minor < 31 ? [tweak(p, (p) => void (sc(c0(p)).seLinuxOptions = { type: 'container_engine_t' }))] : []),
    ],
  })),
  {
    check: 'procMount', level: 'baseline', minor: 0,
    pass: (p) => [tweak(p, (p) => { sc(c0(p)).procMount = 'Default'; sc(i0(p)).procMount = 'Default'; })],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).procMount = 'Unmasked')),
      tweak(p, (p) => void (sc(i0(p)).procMount = 'Unmasked')),
      // the user-namespace relaxation does not exist before v1.35
      tweak(p, (p) => { p.spec.hostUsers = false; sc(c0(p)).procMount = 'Unmasked'; }),
    ],
  },
  {
    check: 'procMount', level: 'baseline', minor: 35,
    pass: (p) => [
      tweak(p, (p) => { sc(c0(p)).procMount = 'Default'; sc(i0(p)).procMount = 'Default'; }),
      tweak(p, (p) => { p.spec.hostUsers = false; sc(c0(p)).procMount = 'Unmasked'; sc(i0(p)).procMount = 'Unmasked'; }),
    ],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).procMount = 'Unmasked')),
      tweak(p, (p) => { p.spec.hostUsers = true; sc(i0(p)).procMount = 'Unmasked'; }),
    ],
  },
  {
    check: 'seccompProfile_baseline', level: 'baseline', minor: 0,
    pass: (p) => [
      tweak(p, (p) => void (p.metadata.annotations = {
        'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default',
        'container.seccomp.security.alpha.kubernetes.io/container1': 'docker/default',
        'container.seccomp.security.alpha.kubernetes.io/initcontainer1': 'localhost/foo',
        'container.seccomp.security.alpha.kubernetes.io/not-a-container': 'unconfined',
      })),
      // fields are not checked before v1.19
      tweak(p, (p) => void (sc(c0(p)).seccompProfile = { type: 'Unconfined' })),
    ],
    fail: (p) => [
      tweak(p, (p) => void (p.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' })),
      tweak(p, (p) => void (p.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': '' })),
      tweak(p, (p) => void (p.metadata.annotations = { 'container.seccomp.security.alpha.kubernetes.io/container1': 'unconfined' })),
      tweak(p, (p) => void (p.metadata.annotations = { 'container.seccomp.security.alpha.kubernetes.io/initcontainer1': 'foo' })),
    ],
  },
  {
    check: 'seccompProfile_baseline', level: 'baseline', minor: 19,
    pass: (p) => [
      tweak(p, (p) => { podSc(p).seccompProfile = { type: 'RuntimeDefault' }; sc(c0(p)).seccompProfile = { type: 'Localhost', localhostProfile: 'foo' }; }),
      // annotations are not checked from v1.19
      tweak(p, (p) => void (p.metadata.annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' })),
    ],
    fail: (p) => [
      tweak(p, (p) => void (podSc(p).seccompProfile = { type: 'Unconfined' })),
      tweak(p, (p) => void (sc(c0(p)).seccompProfile = { type: 'Unconfined' })),
      tweak(p, (p) => void (sc(i0(p)).seccompProfile = { type: 'Unconfined' })),
    ],
  },
  sysctlGen(0, [...SYSCTLS[27], ...SYSCTLS[29], ...SYSCTLS[32], ...SYSCTLS[37]]),
  sysctlGen(27, [...SYSCTLS[29], ...SYSCTLS[32], ...SYSCTLS[37]]),
  sysctlGen(29, [...SYSCTLS[32], ...SYSCTLS[37]]),
  sysctlGen(32, [...SYSCTLS[37]]),
  sysctlGen(37, []),
  {
    check: 'windowsHostProcess', level: 'baseline', minor: 0,
    pass: (p) => [tweak(p, (p) => { podSc(p).windowsOptions = { hostProcess: false }; sc(c0(p)).windowsOptions = { hostProcess: false }; })],
    fail: (p) => [
      tweak(p, (p) => void (podSc(p).windowsOptions = { hostProcess: true })),
      tweak(p, (p) => void (sc(c0(p)).windowsOptions = { hostProcess: true })),
      tweak(p, (p) => void (sc(i0(p)).windowsOptions = { hostProcess: true })),
    ],
  },
  {
    check: 'hostProbesAndHostLifecycle', level: 'baseline', minor: 34,
    pass: (p) => [
      p,
      tweak(p, probeHostOn('container', 'livenessProbe.httpGet', '')),
      tweak(p, probeHostOn('container', 'readinessProbe.tcpSocket', '')),
      tweak(p, (p) => void (c0(p).startupProbe = { httpGet: { port: 8080 } })),
    ],
    fail: (p) => [
      // PSA's current fixtures deny loopback hosts as well
      tweak(p, probeHostOn('container', 'livenessProbe.httpGet', '127.0.0.1')),
      tweak(p, probeHostOn('container', 'readinessProbe.tcpSocket', '::1')),
      tweak(p, probeHostOn('container', 'livenessProbe.httpGet', 'bad.host')),
      tweak(p, probeHostOn('init', 'readinessProbe.tcpSocket', '8.8.8.8')),
      tweak(p, probeHostOn('container', 'startupProbe.httpGet', 'localhost')),
      tweak(p, probeHostOn('container', 'postStart.httpGet', 'bad.host')),
      tweak(p, probeHostOn('init', 'preStop.tcpSocket', '10.0.0.1')),
    ],
  },
  {
    check: 'ulimits', level: 'baseline', minor: 0,
    pass: (p) => [tweak(p, (p) => void (sc(c0(p)).ulimits = []))],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).ulimits = [{ name: 'nofile', soft: 1024, hard: 2048 }])),
      tweak(p, (p) => void (sc(i0(p)).ulimits = { core: { soft: 1, hard: 1 } })),
    ],
  },
  // ------------------------------------------------------------------ restricted
  {
    check: 'cgroupOptions', level: 'restricted', minor: 0,
    pass: (p) => [tweak(p, (p) => { sc(c0(p)).cgroupOptions = { mountMode: 'ReadOnly' }; sc(i0(p)).cgroupOptions = {}; })],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).cgroupOptions = { mountMode: 'Writable' })),
      tweak(p, (p) => void (sc(i0(p)).cgroupOptions = { mountMode: 'ReadWrite' })),
    ],
  },
  {
    check: 'restrictedVolumes', level: 'restricted', minor: 0,
    pass: (p) => [tweak(p, (p) => void (p.spec.volumes = ALLOWED_VOLUMES.map((v, i) => ({ name: `volume${i}`, ...v }))))],
    fail: (p) => RESTRICTED_VOLUMES.map((v) => tweak(p, (p) => void (p.spec.volumes = [{ name: 'volume0', ...v }]))),
  },
  {
    check: 'allowPrivilegeEscalation', level: 'restricted', minor: 8,
    pass: (p) => [tweak(p, (p) => { sc(c0(p)).allowPrivilegeEscalation = false; sc(i0(p)).allowPrivilegeEscalation = false; })],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).allowPrivilegeEscalation = true)),
      tweak(p, (p) => void (sc(i0(p)).allowPrivilegeEscalation = true)),
      tweak(p, (p) => void delete sc(c0(p)).allowPrivilegeEscalation),
      // Windows pods are exempt only from v1.25
      tweak(p, (p) => { p.spec.os = { name: 'windows' }; delete sc(c0(p)).allowPrivilegeEscalation; }),
    ],
  },
  {
    check: 'allowPrivilegeEscalation', level: 'restricted', minor: 25,
    pass: (p) => [
      tweak(p, (p) => { sc(c0(p)).allowPrivilegeEscalation = false; sc(i0(p)).allowPrivilegeEscalation = false; }),
      tweak(p, (p) => { p.spec.os = { name: 'windows' }; delete sc(c0(p)).allowPrivilegeEscalation; sc(i0(p)).allowPrivilegeEscalation = true; }),
    ],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).allowPrivilegeEscalation = true)),
      tweak(p, (p) => { p.spec.os = { name: 'linux' }; delete sc(i0(p)).allowPrivilegeEscalation; }),
    ],
  },
  ...[0, 35].map((minor): Generator => ({
    check: 'runAsNonRoot', level: 'restricted', minor,
    pass: (p) => [
      tweak(p, (p) => { podSc(p).runAsNonRoot = true; delete sc(c0(p)).runAsNonRoot; delete sc(i0(p)).runAsNonRoot; }),
      tweak(p, (p) => { delete podSc(p).runAsNonRoot; sc(c0(p)).runAsNonRoot = true; sc(i0(p)).runAsNonRoot = true; }),
      ...(minor >= 35 ? [tweak(p, (p) => { p.spec.hostUsers = false; podSc(p).runAsNonRoot = false; sc(c0(p)).runAsNonRoot = false; })] : []),
    ],
    fail: (p) => [
      tweak(p, (p) => { delete podSc(p).runAsNonRoot; delete sc(c0(p)).runAsNonRoot; delete sc(i0(p)).runAsNonRoot; }),
      tweak(p, (p) => void (podSc(p).runAsNonRoot = false)),
      tweak(p, (p) => { podSc(p).runAsNonRoot = false; sc(c0(p)).runAsNonRoot = true; sc(i0(p)).runAsNonRoot = true; }),
      tweak(p, (p) => void (sc(c0(p)).runAsNonRoot = false)),
      tweak(p, (p) => void (sc(i0(p)).runAsNonRoot = false)),
      tweak(p, (p) => { p.spec.hostUsers = true; delete podSc(p).runAsNonRoot; }),
      ...(minor < 35 ? [tweak(p, (p) => { p.spec.hostUsers = false; delete podSc(p).runAsNonRoot; })] : []),
    ],
  })),
  ...[23, 35].map((minor): Generator => ({
    check: 'runAsUser', level: 'restricted', minor,
    pass: (p) => [
      tweak(p, (p) => { podSc(p).runAsUser = 1000; sc(c0(p)).runAsUser = 1000; sc(i0(p)).runAsUser = 1000; }),
      ...(minor >= 35 ? [tweak(p, (p) => { p.spec.hostUsers = false; podSc(p).runAsUser = 0; sc(c0(p)).runAsUser = 0; })] : []),
    ],
    fail: (p) => [
      tweak(p, (p) => void (podSc(p).runAsUser = 0)),
      tweak(p, (p) => void (sc(c0(p)).runAsUser = 0)),
      tweak(p, (p) => void (sc(i0(p)).runAsUser = 0)),
      ...(minor < 35 ? [tweak(p, (p) => { p.spec.hostUsers = false; podSc(p).runAsUser = 0; })] : []),
    ],
  })),
  ...[19, 25].map((minor): Generator => ({
    check: 'seccompProfile_restricted', level: 'restricted', minor,
    pass: (p) => [
      tweak(p, (p) => { podSc(p).seccompProfile = { type: 'RuntimeDefault' }; }),
      tweak(p, (p) => { delete podSc(p).seccompProfile; sc(c0(p)).seccompProfile = { type: 'RuntimeDefault' }; sc(i0(p)).seccompProfile = { type: 'Localhost', localhostProfile: 'x' }; }),
      ...(minor >= 25 ? [tweak(p, (p) => { p.spec.os = { name: 'windows' }; delete podSc(p).seccompProfile; })] : []),
    ],
    fail: (p) => [
      tweak(p, (p) => void delete podSc(p).seccompProfile),
      tweak(p, (p) => void (podSc(p).seccompProfile = { type: 'Unconfined' })),
      tweak(p, (p) => void (sc(c0(p)).seccompProfile = { type: 'Unconfined' })),
      tweak(p, (p) => { delete podSc(p).seccompProfile; sc(c0(p)).seccompProfile = { type: 'RuntimeDefault' }; }),
      tweak(p, (p) => void (podSc(p).seccompProfile = {})),
      ...(minor < 25 ? [tweak(p, (p) => { p.spec.os = { name: 'windows' }; delete podSc(p).seccompProfile; })] : []),
    ],
  })),
  ...[22, 25].map((minor): Generator => ({
    check: 'capabilities_restricted', level: 'restricted', minor,
    pass: (p) => [
      tweak(p, (p) => { for (const c of [c0(p), i0(p)]) sc(c).capabilities = { drop: ['ALL'] }; }),
      tweak(p, (p) => { for (const c of [c0(p), i0(p)]) sc(c).capabilities = { drop: ['NET_RAW', 'ALL'], add: ['NET_BIND_SERVICE'] }; }),
      ...(minor >= 25 ? [tweak(p, (p) => { p.spec.os = { name: 'windows' }; delete sc(c0(p)).capabilities; sc(i0(p)).capabilities = { add: ['SYS_ADMIN'] }; })] : []),
    ],
    fail: (p) => [
      tweak(p, (p) => void delete sc(c0(p)).capabilities),
      tweak(p, (p) => void (sc(c0(p)).capabilities = { drop: [] })),
      tweak(p, (p) => void (sc(i0(p)).capabilities = { drop: ['NET_RAW'] })),
      // dropping every capability by name is not dropping ALL
      tweak(p, (p) => void (sc(c0(p)).capabilities = { drop: ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'NET_RAW', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_ADMIN', 'SYS_CHROOT'] })),
      // adding back the baseline default set is forbidden at restricted
      tweak(p, (p) => void (sc(i0(p)).capabilities = { drop: ['ALL'], add: CAPS_DEFAULT })),
      tweak(p, (p) => void (sc(c0(p)).capabilities = { drop: ['all'] })),
      tweak(p, (p) => void (sc(c0(p)).capabilities = { drop: ['ALL'], add: ['SYS_ADMIN'] })),
      tweak(p, (p) => void (sc(i0(p)).capabilities = { drop: ['ALL'], add: ['CHOWN'] })),
      ...(minor < 25 ? [tweak(p, (p) => { p.spec.os = { name: 'windows' }; delete sc(c0(p)).capabilities; })] : []),
    ],
  })),
  {
    check: 'procMount_restricted', level: 'restricted', minor: 35,
    pass: (p) => [tweak(p, (p) => { p.spec.hostUsers = false; sc(c0(p)).procMount = 'Default'; })],
    fail: (p) => [
      tweak(p, (p) => void (sc(c0(p)).procMount = 'Unmasked')),
      tweak(p, (p) => { p.spec.hostUsers = false; sc(c0(p)).procMount = 'Unmasked'; }),
    ],
  },
];

function probeHostOn(which: 'container' | 'init', where: string, host: string) {
  return (p: Pod) => probeHost(where, host)(which === 'container' ? c0(p) : i0(p));
}

/** Checks in force at a level and policy minor, with the minor their behaviour dates from (PSA registry). */
export const CHECK_VERSIONS: Record<string, { level: Level; minors: number[]; overriddenFrom?: number }> = {
  hostNamespaces: { level: 'baseline', minors: [0] },
  privileged: { level: 'baseline', minors: [0] },
  capabilities_baseline: { level: 'baseline', minors: [0], overriddenFrom: 22 },
  hostPathVolumes: { level: 'baseline', minors: [0], overriddenFrom: 0 },
  hostPorts: { level: 'baseline', minors: [0] },
  appArmorProfile: { level: 'baseline', minors: [0] },
  seLinuxOptions: { level: 'baseline', minors: [0, 31] },
  procMount: { level: 'baseline', minors: [0, 35], overriddenFrom: 35 },
  seccompProfile_baseline: { level: 'baseline', minors: [0, 19], overriddenFrom: 19 },
  sysctls: { level: 'baseline', minors: [0, 27, 29, 32, 37] },
  windowsHostProcess: { level: 'baseline', minors: [0] },
  hostProbesAndHostLifecycle: { level: 'baseline', minors: [34] },
  ulimits: { level: 'baseline', minors: [0] },
  cgroupOptions: { level: 'restricted', minors: [0] },
  restrictedVolumes: { level: 'restricted', minors: [0] },
  allowPrivilegeEscalation: { level: 'restricted', minors: [8, 25] },
  runAsNonRoot: { level: 'restricted', minors: [0, 35] },
  runAsUser: { level: 'restricted', minors: [23, 35] },
  seccompProfile_restricted: { level: 'restricted', minors: [19, 25] },
  capabilities_restricted: { level: 'restricted', minors: [22, 25] },
  procMount_restricted: { level: 'restricted', minors: [35] },
};

/** Checks evaluated at (level, minor), as PSA's registry composes them (overridden baseline checks dropped). */
export function checksAt(level: Level, minor: number): string[] {
  return Object.entries(CHECK_VERSIONS)
    .filter(([, c]) => c.minors[0] <= minor)
    .filter(([, c]) => (level === 'baseline' ? c.level === 'baseline' : c.level === 'restricted' || c.overriddenFrom === undefined || minor < c.overriddenFrom))
    .map(([id]) => id)
    .sort();
}

export interface Fixture {
  name: string;
  pod: Pod;
  expect: 'pass' | 'fail';
  check: string;
}

/** The fixtures PSA's test would render for (level, minor): minimal pod, then every check's pass and fail pods. */
export function fixturesAt(level: Level, minor: number): Fixture[] {
  const base = minimalValidPod(level, minor);
  const out: Fixture[] = [{ name: 'base', pod: base, expect: 'pass', check: 'base' }];
  // PSA's fixture test also runs every baseline check's fixtures at restricted, overridden or not; the fail pods of
  // an overridden check must still be denied (its restricted replacement is stricter for them).
  const overridden = level === 'restricted' ? checksAt('baseline', minor).filter((c) => !checksAt('restricted', minor).includes(c)) : [];
  for (const check of [...checksAt(level, minor), ...overridden]) {
    const onlyFail = overridden.includes(check);
    const candidates = GENERATORS.filter((g) => g.check === check && g.minor <= minor && (g.level === 'baseline' || level === 'restricted'));
    const gen = candidates.sort((a, b) => b.minor - a.minor)[0];
    if (!gen) throw new Error(`no fixture generator for ${level}/v1.${minor}/${check}`);
    const id = check.toLowerCase();
    if (!onlyFail) gen.pass(clone(base)).forEach((pod, i) => out.push({ name: `${id}${i}`, pod, expect: 'pass', check }));
    gen.fail(clone(base)).forEach((pod, i) => out.push({ name: `${id}-fail${i}`, pod, expect: 'fail', check }));
  }
  return out;
}
