/**
 * Kubernetes corpus: files of 1–4 documents with a realistic mix of workload and companion kinds
 * (a Deployment with its Service and ConfigMap, a lone CronJob, an Ingress...). See k8s-pod.mjs for the
 * security profiles of the pod specs.
 */
import { emit } from './yaml-emit.mjs';
import { podSpec, PROFILES } from './k8s-pod.mjs';

const TEAMS = ['payments', 'search', 'platform', 'data', 'identity', 'checkout', 'observability', 'ml', 'edge', 'billing'];
const APPS = ['api', 'web', 'worker', 'gateway', 'scheduler', 'indexer', 'cache', 'db', 'ingest', 'notifier', 'auth', 'reports'];
const ENVS = ['prod', 'staging', 'dev'];

/** First-document kinds and their weights. */
export const PRIMARY_KINDS = {
  Deployment: 34, StatefulSet: 6, DaemonSet: 4, Job: 4, CronJob: 4, Pod: 6, ReplicaSet: 1,
  Service: 12, ConfigMap: 12, Ingress: 5, Secret: 3, ServiceAccount: 3, NetworkPolicy: 2, HorizontalPodAutoscaler: 2, Role: 1, RoleBinding: 1,
};
const COMPANIONS = { Service: 40, ConfigMap: 25, Ingress: 10, ServiceAccount: 8, HorizontalPodAutoscaler: 7, PodDisruptionBudget: 5, NetworkPolicy: 5 };
const DOC_COUNTS = { 1: 45, 2: 30, 3: 15, 4: 10 };

function metadata(r, app, ns, kind) {
  const m = { name: kind === 'ConfigMap' ? `${app}-config` : kind === 'Secret' ? `${app}-secrets` : app };
  if (r.chance(0.8)) m.namespace = ns;
  m.labels = { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': ns };
  if (r.chance(0.5)) m.labels['app.kubernetes.io/version'] = `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
  if (r.chance(0.3)) m.labels['app.kubernetes.io/managed-by'] = 'Helm';
  if (r.chance(0.2)) m.annotations = { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090' };
  return m;
}

function template(r, app, profile, restart) {
  const meta = { labels: { app, 'app.kubernetes.io/name': app } };
  if (r.chance(0.3)) meta.annotations = { 'checksum/config': r.hex(64) };
  return { metadata: meta, spec: podSpec(r, app, profile, restart) };
}

function workload(r, kind, app, ns) {
  const profile = r.weighted(PROFILES);
  const selector = { matchLabels: { app } };
  const base = { apiVersion: 'apps/v1', kind, metadata: metadata(r, app, ns, kind) };
  switch (kind) {
    case 'Deployment':
      return { ...base, spec: { replicas: r.int(1, 6), revisionHistoryLimit: 5, selector,
        ...(r.chance(0.4) ? { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } } } : {}),
        template: template(r, app, profile) } };
    case 'ReplicaSet':
      return { ...base, spec: { replicas: r.int(1, 3), selector, template: template(r, app, profile) } };
    case 'StatefulSet':
      return { ...base, spec: { serviceName: app, replicas: r.int(1, 5), selector, template: template(r, app, profile),
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'gp3', resources: { requests: { storage: `${r.pick([10, 20, 100])}Gi` } } } }] } };
    case 'DaemonSet':
      return { ...base, spec: { selector, updateStrategy: { type: 'RollingUpdate' }, template: template(r, app, profile) } };
    case 'Job':
      return { ...base, apiVersion: 'batch/v1', spec: { backoffLimit: r.int(0, 6), ttlSecondsAfterFinished: 3600, template: template(r, app, profile, 'Never') } };
    case 'CronJob':
      return { ...base, apiVersion: 'batch/v1', spec: { schedule: `${r.int(0, 59)} ${r.pick(['*', '*/6', '3'])} * * *`, concurrencyPolicy: 'Forbid',
        jobTemplate: { spec: { backoffLimit: 2, template: template(r, app, profile, 'OnFailure') } } } };
    default: {
      const t = template(r, app, profile);
      return { apiVersion: 'v1', kind: 'Pod', metadata: { ...base.metadata, labels: { ...base.metadata.labels, ...t.metadata.labels } }, spec: t.spec };
    }
  }
}

const CONFIG_FILES = {
  'application.yaml': (r) => `server:\n  port: ${r.pick([8080, 9000])}\nlogging:\n  level: ${r.pick(['info', 'debug'])}\nfeatures:\n  - search\n  - export\n`,
  'nginx.conf': (r) => `server {\n  listen ${r.pick([80, 8080])};\n  location / {\n    proxy_pass http://127.0.0.1:${r.pick([3000, 8000])};\n  }\n}\n`,
  'app.properties': (r) => `db.pool.size=${r.int(5, 50)}\ncache.ttl=${r.int(60, 3600)}\nmetrics.enabled=true\n`,
};

function companion(r, kind, app, ns) {
  const metadataOf = () => metadata(r, app, ns, kind);
  switch (kind) {
    case 'Service':
      return { apiVersion: 'v1', kind, metadata: metadataOf(), spec: { type: r.weighted({ ClusterIP: 80, LoadBalancer: 10, NodePort: 10 }), selector: { app },
        ports: [{ name: 'http', port: 80, targetPort: r.pick([8080, 3000, 'http']), protocol: 'TCP' }] } };
    case 'ConfigMap': {
      const data = { LOG_LEVEL: r.pick(['info', 'warn']), ENABLE_CACHE: r.pick(['true', 'yes', 'false']) };
      for (const [name, body] of Object.entries(CONFIG_FILES)) if (r.chance(0.4)) data[name] = body(r);
      return { apiVersion: 'v1', kind, metadata: metadataOf(), data };
    }
    case 'Secret':
      return { apiVersion: 'v1', kind, metadata: metadataOf(), type: 'Opaque', data: { username: 'YWRtaW4=', password: Buffer.from(r.hex(24)).toString('base64') } };
    case 'Ingress':
      return { apiVersion: 'networking.k8s.io/v1', kind, metadata: { ...metadataOf(), annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' } },
        spec: { ingressClassName: 'nginx', ...(r.chance(0.7) ? { tls: [{ hosts: [`${app}.${ns}.example.com`], secretName: `${app}-tls` }] } : {}),
          rules: [{ host: `${app}.${ns}.example.com`, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: app, port: { number: 80 } } } }] } }] } };
    case 'ServiceAccount':
      return { apiVersion: 'v1', kind, metadata: metadataOf(), ...(r.chance(0.5) ? { automountServiceAccountToken: false } : {}) };
    case 'HorizontalPodAutoscaler':
      return { apiVersion: 'autoscaling/v2', kind, metadata: metadataOf(), spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: app },
        minReplicas: 2, maxReplicas: r.int(4, 20), metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: r.int(50, 85) } } }] } };
    case 'PodDisruptionBudget':
      return { apiVersion: 'policy/v1', kind, metadata: metadataOf(), spec: { minAvailable: 1, selector: { matchLabels: { app } } } };
    case 'NetworkPolicy':
      return { apiVersion: 'networking.k8s.io/v1', kind, metadata: metadataOf(), spec: { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }], ports: [{ port: 8080 }] }] } };
    case 'Role':
      return { apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: metadataOf(), rules: [{ apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: r.chance(0.2) ? ['*'] : ['get', 'list', 'watch'] }] };
    default:
      return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: metadataOf(), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: app },
        subjects: [{ kind: 'ServiceAccount', name: app, namespace: ns }] };
  }
}

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'ReplicaSet']);

/** The documents (as data) and file path of corpus file `index`, drawn from stream `r`. */
export function k8sFile(r, index) {
  const team = r.pick(TEAMS);
  const app = `${r.pick(APPS)}${r.chance(0.5) ? `-${r.int(1, 40)}` : ''}`;
  const ns = `${team}-${r.pick(ENVS)}`;
  const primary = r.weighted(PRIMARY_KINDS);
  const count = Number(r.weighted(DOC_COUNTS));
  const docs = [WORKLOADS.has(primary) ? workload(r, primary, app, ns) : companion(r, primary, app, ns)];
  for (let i = 1; i < count; i++) docs.push(companion(r, r.weighted(COMPANIONS), app, ns));
  const ext = r.chance(0.15) ? 'yml' : 'yaml';
  return { path: `${ns.split('-').reverse().join('/')}/${app}-${String(index).padStart(5, '0')}.${ext}`, docs };
}

/** Corpus file `index` as text: documents joined by `---`, some with header comments. */
export function k8sText(r, index) {
  const { path, docs } = k8sFile(r, index);
  const parts = docs.map((d) => emit(d, r.chance(0.2) ? [`${d.kind} ${d.metadata.name}`, 'Managed by the platform team'] : []));
  const text = (r.chance(0.3) ? '---\n' : '') + parts.join('---\n');
  return { path, text, docs };
}
