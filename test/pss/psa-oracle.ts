/**
 * A direct TypeScript transcription of pod-security-admission's checks (policy/check_*.go and the registry's
 * version inflation and overrides), used as an independent oracle for the rule packs: the packs are JSON Logic
 * evaluated by the engine; this is plain imperative code that follows the Go source line by line. Go's decoding
 * is mirrored: a JSON `null` is the zero value (nil pointer, empty string, false).
 */
import type { Level } from './pod-fixtures.js';

type Obj = Record<string, any>;
const obj = (x: unknown): Obj | undefined => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : undefined);
const arr = (x: unknown): any[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

/** visitContainers: init containers, containers, ephemeral containers. */
function containers(spec: Obj): Obj[] {
  return [...arr(spec.initContainers), ...arr(spec.containers), ...arr(spec.ephemeralContainers)].map((c) => obj(c) ?? {});
}
const secCtx = (c: Obj): Obj | undefined => obj(c.securityContext);
const isWindows = (spec: Obj) => obj(spec.os)?.name === 'windows';
const userNs = (spec: Obj) => spec.hostUsers === false;

type CheckFn = (meta: Obj, spec: Obj) => boolean;

const privileged: CheckFn = (_m, s) => containers(s).every((c) => secCtx(c)?.privileged !== true);
const hostNamespaces: CheckFn = (_m, s) => !(s.hostNetwork === true || s.hostPID === true || s.hostIPC === true);
const hostPorts: CheckFn = (_m, s) => containers(s).every((c) => arr(c.ports).every((p) => !obj(p)?.hostPort));
const hostPathVolumes: CheckFn = (_m, s) => arr(s.volumes).every((v) => obj(v)?.hostPath == null);
const CAPS = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
const capabilitiesBaseline: CheckFn = (_m, s) =>
  containers(s).every((c) => arr(obj(secCtx(c)?.capabilities)?.add).every((x) => CAPS.has(x)));

const apparmorAnnotationOk = (v: string) => v.length === 0 || v === 'runtime/default' || v.startsWith('localhost/');
const apparmorTypeOk = (p: Obj | undefined) => p === undefined || p.type === 'RuntimeDefault' || p.type === 'Localhost';
const appArmorProfile: CheckFn = (m, s) => {
  if (!apparmorTypeOk(obj(obj(s.securityContext)?.appArmorProfile))) return false;
  if (!containers(s).every((c) => apparmorTypeOk(obj(secCtx(c)?.appArmorProfile)))) return false;
  return Object.entries(obj(m.annotations) ?? {}).every(([k, v]) => !k.startsWith('container.apparmor.security.beta.kubernetes.io/') || apparmorAnnotationOk(str(v)));
};

const seLinux = (types: string[]): CheckFn => (_m, s) => {
  const ok = (o: Obj | undefined) => o === undefined || (types.includes(str(o.type)) && str(o.user).length === 0 && str(o.role).length === 0);
  return ok(obj(obj(s.securityContext)?.seLinuxOptions)) && containers(s).every((c) => ok(obj(secCtx(c)?.seLinuxOptions)));
};

const procMount10: CheckFn = (_m, s) => containers(s).every((c) => secCtx(c)?.procMount == null || secCtx(c)?.procMount === 'Default');
const procMount135: CheckFn = (m, s) => userNs(s) || procMount10(m, s);

const seccompAnnotationOk = (v: string) => v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');
const seccompBaseline10: CheckFn = (m, s) => {
  const ann = obj(m.annotations) ?? {};
  const has = (k: string) => Object.prototype.hasOwnProperty.call(ann, k);
  if (has('seccomp.security.alpha.kubernetes.io/pod') && !seccompAnnotationOk(str(ann['seccomp.security.alpha.kubernetes.io/pod']))) return false;
  return containers(s).every((c) => {
    const k = 'container.seccomp.security.alpha.kubernetes.io/' + str(c.name);
    return !has(k) || seccompAnnotationOk(str(ann[k]));
  });
};
const validSeccomp = (p: Obj | undefined) => p !== undefined && (p.type === 'RuntimeDefault' || p.type === 'Localhost');
const seccompBaseline119: CheckFn = (_m, s) => {
  const pod = obj(obj(s.securityContext)?.seccompProfile);
  if (pod && !validSeccomp(pod)) return false;
  return containers(s).every((c) => {
    const p = obj(secCtx(c)?.seccompProfile);
    return !p || validSeccomp(p);
  });
};
const seccompRestricted119: CheckFn = (_m, s) => {
  const pod = obj(obj(s.securityContext)?.seccompProfile);
  if (pod && !validSeccomp(pod)) return false;
  const podSet = !!pod;
  return containers(s).every((c) => {
    const p = obj(secCtx(c)?.seccompProfile);
    return p ? validSeccomp(p) : podSet;
  });
};
const seccompRestricted125: CheckFn = (m, s) => isWindows(s) || seccompRestricted119(m, s);

const SYSCTLS0 = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'];
const SYSCTLS27 = [...SYSCTLS0, 'net.ipv4.ip_local_reserved_ports'];
const SYSCTLS29 = [...SYSCTLS27, 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'];
const SYSCTLS32 = [...SYSCTLS29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SYSCTLS37 = [...SYSCTLS32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];
const sysctls = (allowed: string[]): CheckFn => (_m, s) => arr(obj(s.securityContext)?.sysctls).every((x) => allowed.includes(str(obj(x)?.name)));

const windowsHostProcess: CheckFn = (_m, s) =>
  obj(obj(s.securityContext)?.windowsOptions)?.hostProcess !== true && containers(s).every((c) => obj(secCtx(c)?.windowsOptions)?.hostProcess !== true);

const hostOk = (h: unknown) => str(h) === '';
const hostProbes: CheckFn = (_m, s) =>
  containers(s).every((c) => {
    for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe].map(obj)) {
      if (!probe) continue;
      if (obj(probe.httpGet) && !hostOk(probe.httpGet.host)) return false;
      if (obj(probe.tcpSocket) && !hostOk(probe.tcpSocket.host)) return false;
    }
    const lc = obj(c.lifecycle);
    for (const h of [lc?.postStart, lc?.preStop].map(obj)) {
      if (!h) continue;
      if (obj(h.httpGet) && !hostOk(h.httpGet.host)) return false;
      if (obj(h.tcpSocket) && !hostOk(h.tcpSocket.host)) return false;
    }
    return true;
  });

// Upstream checks on Kubernetes master (alpha fields, not released), registered at v1.0 here: see the rules.
const ulimits: CheckFn = (_m, s) => containers(s).every((c) => { const u = secCtx(c)?.ulimits; return u == null || (Array.isArray(u) && u.length === 0); });
const cgroupOptions: CheckFn = (_m, s) => containers(s).every((c) => { const m = obj(secCtx(c)?.cgroupOptions)?.mountMode; return m == null || m === 'ReadOnly'; });

const ALLOWED_VOLUMES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];
const restrictedVolumes: CheckFn = (_m, s) => arr(s.volumes).every((v) => ALLOWED_VOLUMES.some((k) => (obj(v) ?? {})[k] != null));

const ape18: CheckFn = (_m, s) => containers(s).every((c) => secCtx(c)?.allowPrivilegeEscalation === false);
const ape125: CheckFn = (m, s) => isWindows(s) || ape18(m, s);

const runAsNonRoot10: CheckFn = (_m, s) => {
  const pod = obj(s.securityContext)?.runAsNonRoot;
  if (pod === false) return false;
  const podTrue = pod === true;
  return containers(s).every((c) => {
    const v = secCtx(c)?.runAsNonRoot;
    return v != null ? v !== false : podTrue;
  });
};
const runAsNonRoot135: CheckFn = (m, s) => userNs(s) || runAsNonRoot10(m, s);
const runAsUser123: CheckFn = (_m, s) => obj(s.securityContext)?.runAsUser !== 0 && containers(s).every((c) => secCtx(c)?.runAsUser !== 0);
const runAsUser135: CheckFn = (m, s) => userNs(s) || runAsUser123(m, s);

const capsRestricted122: CheckFn = (_m, s) =>
  containers(s).every((c) => {
    const caps = obj(secCtx(c)?.capabilities);
    if (!caps) return false;
    return arr(caps.drop).includes('ALL') && arr(caps.add).every((x) => x === 'NET_BIND_SERVICE');
  });
const capsRestricted125: CheckFn = (m, s) => isWindows(s) || capsRestricted122(m, s);

interface Check {
  id: string;
  level: Level;
  versions: { minor: number; fn: CheckFn; overrides?: string[] }[];
}
const CHECKS: Check[] = [
  { id: 'privileged', level: 'baseline', versions: [{ minor: 0, fn: privileged }] },
  { id: 'hostNamespaces', level: 'baseline', versions: [{ minor: 0, fn: hostNamespaces }] },
  { id: 'hostPorts', level: 'baseline', versions: [{ minor: 0, fn: hostPorts }] },
  { id: 'hostPathVolumes', level: 'baseline', versions: [{ minor: 0, fn: hostPathVolumes }] },
  { id: 'capabilities_baseline', level: 'baseline', versions: [{ minor: 0, fn: capabilitiesBaseline }] },
  { id: 'appArmorProfile', level: 'baseline', versions: [{ minor: 0, fn: appArmorProfile }] },
  { id: 'seLinuxOptions', level: 'baseline', versions: [{ minor: 0, fn: seLinux(['', 'container_t', 'container_init_t', 'container_kvm_t']) }, { minor: 31, fn: seLinux(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']) }] },
  { id: 'procMount', level: 'baseline', versions: [{ minor: 0, fn: procMount10 }, { minor: 35, fn: procMount135 }] },
  { id: 'seccompProfile_baseline', level: 'baseline', versions: [{ minor: 0, fn: seccompBaseline10 }, { minor: 19, fn: seccompBaseline119 }] },
  { id: 'sysctls', level: 'baseline', versions: [{ minor: 0, fn: sysctls(SYSCTLS0) }, { minor: 27, fn: sysctls(SYSCTLS27) }, { minor: 29, fn: sysctls(SYSCTLS29) }, { minor: 32, fn: sysctls(SYSCTLS32) }, { minor: 37, fn: sysctls(SYSCTLS37) }] },
  { id: 'windowsHostProcess', level: 'baseline', versions: [{ minor: 0, fn: windowsHostProcess }] },
  { id: 'hostProbesAndHostLifecycle', level: 'baseline', versions: [{ minor: 34, fn: hostProbes }] },
  { id: 'ulimits', level: 'baseline', versions: [{ minor: 0, fn: ulimits }] },
  { id: 'cgroupOptions', level: 'restricted', versions: [{ minor: 0, fn: cgroupOptions }] },
  { id: 'restrictedVolumes', level: 'restricted', versions: [{ minor: 0, fn: restrictedVolumes, overrides: ['hostPathVolumes'] }] },
  { id: 'allowPrivilegeEscalation', level: 'restricted', versions: [{ minor: 8, fn: ape18 }, { minor: 25, fn: ape125 }] },
  { id: 'runAsNonRoot', level: 'restricted', versions: [{ minor: 0, fn: runAsNonRoot10 }, { minor: 35, fn: runAsNonRoot135 }] },
  { id: 'runAsUser', level: 'restricted', versions: [{ minor: 23, fn: runAsUser123 }, { minor: 35, fn: runAsUser135 }] },
  { id: 'seccompProfile_restricted', level: 'restricted', versions: [{ minor: 19, fn: seccompRestricted119, overrides: ['seccompProfile_baseline'] }, { minor: 25, fn: seccompRestricted125, overrides: ['seccompProfile_baseline'] }] },
  { id: 'capabilities_restricted', level: 'restricted', versions: [{ minor: 22, fn: capsRestricted122, overrides: ['capabilities_baseline'] }, { minor: 25, fn: capsRestricted125, overrides: ['capabilities_baseline'] }] },
  { id: 'procMount_restricted', level: 'restricted', versions: [{ minor: 35, fn: procMount10, overrides: ['procMount'] }] },
];

/** registry.maxVersion: the highest MinimumVersion of any check. */
export const MAX_MINOR = Math.max(...CHECKS.flatMap((c) => c.versions.map((v) => v.minor)));

/** Parse `latest` / `v1.N` like api.ParseVersion, then clamp to maxVersion like EvaluatePod. */
export function policyMinor(version: string): number {
  const m = /^v1\.(0|[1-9][0-9]*)$/.exec(version);
  const minor = m ? Number(m[1]) : Number.POSITIVE_INFINITY;
  return Math.min(minor, MAX_MINOR);
}

/** Every field of core/v1 VolumeSource. */
const VOLUME_SOURCES = [...ALLOWED_VOLUMES, 'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos'];

/**
 * The API server's v1 defaulting that runs before admission and changes what PSA sees (PSA's fixtures are created
 * through an API server): SetDefaults_Volume turns a volume without any source into an emptyDir.
 */
export function applyApiDefaults(spec: Obj): Obj {
  const volumes = arr(spec.volumes).map((v) => {
    const vol = obj(v);
    if (!vol || VOLUME_SOURCES.some((k) => vol[k] != null)) return v;
    return { ...vol, emptyDir: {} };
  });
  return spec.volumes === undefined ? spec : { ...spec, volumes };
}

/** The ids of the checks that deny the pod at (level, version); empty when PSA allows it. */
export function psaDenied(level: Level, version: string, meta: unknown, spec: unknown): string[] {
  const minor = policyMinor(version);
  const m = obj(meta) ?? {};
  const s = applyApiDefaults(obj(spec) ?? {});
  const active = CHECKS.map((c) => ({ c, v: [...c.versions].reverse().find((v) => v.minor <= minor) })).filter((x) => x.v !== undefined);
  const overridden = new Set(level === 'restricted' ? active.filter((x) => x.c.level === 'restricted').flatMap((x) => x.v!.overrides ?? []) : []);
  return active
    .filter((x) => (level === 'baseline' ? x.c.level === 'baseline' : !overridden.has(x.c.id)))
    .filter((x) => !x.v!.fn(m, s))
    .map((x) => x.c.id)
    .sort();
}
