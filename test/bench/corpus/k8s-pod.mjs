/**
 * Pod specs for the Kubernetes corpus, drawn from four security profiles so scans see a realistic mix:
 * `hardened` (passes the restricted Pod Security Standard), `typical` (some controls missing),
 * `sloppy` (no securityContext, latest tags, no limits) and `dangerous` (privileged, host namespaces, hostPath).
 */
import { flow } from './yaml-emit.mjs';

/** Profile weights: share of pod specs in each profile. */
export const PROFILES = { hardened: 30, typical: 35, sloppy: 25, dangerous: 10 };

const IMAGES = ['nginx', 'redis', 'postgres', 'envoyproxy/envoy', 'grafana/grafana', 'prom/prometheus', 'bitnami/kafka',
  'library/python', 'node', 'golang', 'busybox', 'alpine', 'mongo', 'rabbitmq', 'memcached', 'traefik', 'haproxy', 'elasticsearch'];
const REGISTRIES = ['', '', 'docker.io/', 'ghcr.io/acme/', 'registry.k8s.io/', 'quay.io/acme/', '123456789012.dkr.ecr.eu-west-1.amazonaws.com/'];
const SIDECARS = ['istio-proxy', 'fluent-bit', 'envoy', 'cloudsql-proxy', 'vault-agent', 'oauth2-proxy'];
const HOST_PATHS = ['/var/run/docker.sock', '/var/log', '/proc', '/', '/etc/kubernetes', '/var/lib/kubelet', '/sys'];
const DANGEROUS_CAPS = ['NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE', 'NET_RAW', 'SYS_MODULE'];

function image(r, profile, name) {
  const repo = r.pick(REGISTRIES) + (name ?? r.pick(IMAGES));
  const tagKind = r.weighted(profile === 'hardened' ? { semver: 70, digest: 30 } :
    profile === 'sloppy' ? { semver: 40, latest: 40, none: 20 } : { semver: 80, latest: 10, digest: 5, none: 5 });
  if (tagKind === 'latest') return `${repo}:latest`;
  if (tagKind === 'none') return repo;
  if (tagKind === 'digest') return `${repo}@sha256:${r.hex(64)}`;
  return `${repo}:${r.int(1, 16)}.${r.int(0, 30)}.${r.int(0, 9)}${r.chance(0.2) ? '-alpine' : ''}`;
}

function env(r) {
  const out = [];
  for (let i = r.int(0, 8); i > 0; i--) {
    const name = r.pick(['LOG_LEVEL', 'PORT', 'DATABASE_URL', 'REDIS_HOST', 'FEATURE_FLAGS', 'JAVA_OPTS', 'TZ', 'OTEL_ENDPOINT', 'API_KEY', 'POD_NAME']) + (i > 4 ? `_${i}` : '');
    const how = r.weighted({ value: 6, secret: 2, config: 1, field: 1 });
    if (how === 'value') out.push({ name, value: r.pick(['info', '8080', 'true', 'UTC', 'http://otel-collector:4317', '-Xmx512m', 'on']) });
    else if (how === 'secret') out.push({ name, valueFrom: { secretKeyRef: { name: 'app-secrets', key: name.toLowerCase() } } });
    else if (how === 'config') out.push({ name, valueFrom: { configMapKeyRef: { name: 'app-config', key: name.toLowerCase() } } });
    else out.push({ name, valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } });
  }
  return out.length ? out : undefined;
}

function resources(r, profile) {
  const mode = r.weighted(profile === 'hardened' ? { full: 95, requests: 5 } :
    profile === 'typical' ? { full: 60, requests: 25, none: 15 } : { full: 20, requests: 20, none: 60 });
  if (mode === 'none') return undefined;
  const requests = { cpu: `${r.pick([50, 100, 250, 500])}m`, memory: `${r.pick([64, 128, 256, 512])}Mi` };
  return mode === 'full' ? { requests, limits: { cpu: `${r.pick([500, 1000, 2000])}m`, memory: `${r.pick([256, 512, 1024])}Mi` } } : { requests };
}

function probe(r, port) {
  return r.chance(0.6)
    ? { httpGet: { path: r.pick(['/healthz', '/ready', '/livez', '/actuator/health']), port }, initialDelaySeconds: r.int(0, 30), periodSeconds: 10 }
    : { tcpSocket: { port }, periodSeconds: r.int(5, 20), failureThreshold: 3 };
}

function containerSecurity(r, profile) {
  if (profile === 'hardened') {
    return { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } };
  }
  if (profile === 'sloppy') return r.chance(0.2) ? { runAsUser: r.pick([0, 1000]) } : undefined;
  if (profile === 'dangerous') {
    const sc = {};
    if (r.chance(0.5)) sc.privileged = true;
    if (r.chance(0.5)) sc.allowPrivilegeEscalation = true;
    if (r.chance(0.5)) sc.capabilities = { add: [r.pick(DANGEROUS_CAPS)] };
    if (r.chance(0.3)) sc.runAsUser = 0;
    if (r.chance(0.2)) sc.procMount = 'Unmasked';
    return Object.keys(sc).length ? sc : { privileged: true };
  }
  if (r.chance(0.25)) return undefined;
  const sc = {};
  if (r.chance(0.7)) sc.allowPrivilegeEscalation = false;
  if (r.chance(0.5)) sc.readOnlyRootFilesystem = true;
  if (r.chance(0.5)) sc.runAsNonRoot = true;
  if (r.chance(0.5)) sc.capabilities = { drop: ['ALL'] };
  else if (r.chance(0.2)) sc.capabilities = { drop: flow(['NET_RAW']) };
  return Object.keys(sc).length ? sc : undefined;
}

function container(r, profile, name, mounts, main) {
  const port = r.pick([80, 443, 3000, 5432, 6379, 8000, 8080, 8443, 9090]);
  const c = { name, image: image(r, profile, main ? undefined : name) };
  if (r.chance(0.4)) c.imagePullPolicy = r.pick(['IfNotPresent', 'Always']);
  if (r.chance(0.2)) c.command = flow(['/bin/sh', '-c']);
  if (r.chance(0.4)) c.args = r.chance(0.5) ? flow([`--port=${port}`, '--log-level=info']) : [`--config=/etc/${name}/config.yaml`, '--metrics'];
  if (main || r.chance(0.3)) c.ports = [{ name: 'http', containerPort: port, protocol: 'TCP' }];
  c.env = env(r);
  if (r.chance(0.2)) c.envFrom = [{ configMapRef: { name: 'app-config' } }];
  c.resources = resources(r, profile);
  const probes = profile === 'hardened' ? 0.95 : profile === 'typical' ? 0.6 : 0.2;
  if (main && r.chance(probes)) c.livenessProbe = probe(r, port);
  if (main && r.chance(probes)) c.readinessProbe = probe(r, port);
  c.securityContext = containerSecurity(r, profile);
  if (mounts.length && r.chance(0.8)) c.volumeMounts = mounts.map((m) => ({ name: m.name, mountPath: m.path, ...(m.ro ? { readOnly: true } : {}) }));
  return c;
}

function volumes(r, profile, app) {
  const out = [];
  if (r.chance(0.5)) out.push({ name: 'config', path: `/etc/${app}`, ro: true, spec: { configMap: { name: `${app}-config` } } });
  if (r.chance(0.3)) out.push({ name: 'secrets', path: '/var/run/secrets/app', ro: true, spec: { secret: { secretName: `${app}-secrets`, defaultMode: 420 } } });
  if (r.chance(0.4)) out.push({ name: 'tmp', path: '/tmp', spec: { emptyDir: r.chance(0.5) ? { sizeLimit: '64Mi' } : {} } });
  const hostPath = profile === 'dangerous' ? 0.6 : profile === 'typical' ? 0.03 : profile === 'sloppy' ? 0.08 : 0;
  if (r.chance(hostPath)) {
    const p = r.pick(HOST_PATHS);
    out.push({ name: 'host', path: p === '/' ? '/host' : p, spec: { hostPath: { path: p, ...(r.chance(0.5) ? { type: 'Directory' } : {}) } } });
  }
  return out;
}

/** A pod spec for `app` in `profile`; `restart` sets restartPolicy for Jobs. */
export function podSpec(r, app, profile, restart) {
  const vols = volumes(r, profile, app);
  const spec = {};
  if (r.chance(0.5)) spec.serviceAccountName = app;
  if (profile === 'hardened') spec.automountServiceAccountToken = false;
  if (profile === 'dangerous') {
    if (r.chance(0.4)) spec.hostNetwork = true;
    if (r.chance(0.2)) spec.hostPID = true;
    if (r.chance(0.1)) spec.hostIPC = true;
  }
  if (profile === 'hardened') {
    spec.securityContext = { runAsNonRoot: true, runAsUser: r.int(1000, 65000), runAsGroup: 3000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } };
  } else if (profile === 'typical' && r.chance(0.6)) {
    spec.securityContext = r.chance(0.5) ? { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } : { fsGroup: 2000 };
  } else if (profile === 'dangerous' && r.chance(0.3)) {
    spec.securityContext = { runAsUser: 0 };
  }
  if (r.chance(0.15)) spec.initContainers = [container(r, profile, 'init-migrate', [], false)];
  const sidecars = r.weighted({ 0: 70, 1: 22, 2: 8 });
  spec.containers = [container(r, profile, app, vols, true)];
  for (let i = 0; i < Number(sidecars); i++) spec.containers.push(container(r, profile, SIDECARS[(i + r.int(0, 5)) % SIDECARS.length], [], false));
  if (restart) spec.restartPolicy = restart;
  if (r.chance(0.2)) spec.nodeSelector = { 'kubernetes.io/os': 'linux', ...(r.chance(0.5) ? { 'node.kubernetes.io/instance-type': 'm5.large' } : {}) };
  if (r.chance(0.15)) spec.tolerations = [{ key: 'dedicated', operator: 'Equal', value: app, effect: 'NoSchedule' }];
  if (r.chance(0.1)) {
    spec.affinity = { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
      { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app } } } }] } };
  }
  if (vols.length) spec.volumes = vols.map((v) => ({ name: v.name, ...v.spec }));
  return spec;
}
