import type { Pod } from './pod-fixtures.js';

/** Every workload kind pod-security-admission extracts a pod template from. */
export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController', 'PodTemplate'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

const API: Record<WorkloadKind, string> = {
  Pod: 'v1',
  Deployment: 'apps/v1',
  ReplicaSet: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  ReplicationController: 'v1',
  PodTemplate: 'v1',
};

/** The same pod spec and pod metadata inside a workload of the given kind (named like the pod). */
export function wrap(kind: WorkloadKind, pod: Pod): Record<string, unknown> {
  if (kind === 'Pod') return pod;
  const name = pod.metadata.name as string;
  const template = { metadata: { ...pod.metadata, labels: { app: name } }, spec: pod.spec };
  delete (template.metadata as Record<string, unknown>).name;
  const head = { apiVersion: API[kind], kind, metadata: { name } };
  const selector = { matchLabels: { app: name } };
  switch (kind) {
    case 'PodTemplate':
      return { ...head, template };
    case 'CronJob':
      return { ...head, spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template } } } };
    case 'Job':
      return { ...head, spec: { template } };
    case 'ReplicationController':
      return { ...head, spec: { selector: { app: name }, template } };
    case 'StatefulSet':
      return { ...head, spec: { serviceName: name, selector, template } };
    default:
      return { ...head, spec: { selector, template } };
  }
}
