/**
 * A Spectral ruleset equivalent to the checks of bylaw's `pss-restricted` and `k8s-best-practices` packs, written
 * the way Spectral users write Kubernetes rules (JSONPath `given`, core functions, JSON Schema for compound checks).
 * Used only by the benchmark to compare throughput on the same files.
 */
import { falsy, pattern, schema, truthy, undefined as isUndefined } from '@stoplight/spectral-functions';

const CONTAINERS = ['$..containers[*]', '$..initContainers[*]', '$..ephemeralContainers[*]'];
const POD_SPECS = '$..[?(@ && @.containers)]';
const allContainers = (sc) => ({
  required: ['containers'],
  properties: {
    containers: { type: 'array', items: { required: ['securityContext'], properties: { securityContext: sc } } },
    initContainers: { type: 'array', items: { required: ['securityContext'], properties: { securityContext: sc } } },
  },
});
const rule = (description, given, then, severity = 'error') => ({ description, given, then, severity });
const check = (s) => ({ function: schema, functionOptions: { schema: s } });

/** The rules: pod security (restricted profile) and best practices. */
export const k8sRuleset = {
  rules: {
    'no-privileged': rule('Containers must not run privileged', CONTAINERS, { field: 'securityContext.privileged', function: falsy }),
    'no-privilege-escalation': rule('allowPrivilegeEscalation must be false', CONTAINERS,
      check({ required: ['securityContext'], properties: { securityContext: { required: ['allowPrivilegeEscalation'], properties: { allowPrivilegeEscalation: { const: false } } } } })),
    'run-as-non-root': rule('Pods must run as non-root', POD_SPECS, check({ anyOf: [
      { required: ['securityContext'], properties: { securityContext: { required: ['runAsNonRoot'], properties: { runAsNonRoot: { const: true } } } } },
      allContainers({ required: ['runAsNonRoot'], properties: { runAsNonRoot: { const: true } } }),
    ] })),
    'no-root-user': rule('runAsUser must not be 0', [...CONTAINERS, POD_SPECS],
      check({ properties: { securityContext: { properties: { runAsUser: { not: { const: 0 } } } } } })),
    'no-host-namespaces': rule('hostNetwork, hostPID and hostIPC must not be set', POD_SPECS,
      check({ properties: { hostNetwork: { not: { const: true } }, hostPID: { not: { const: true } }, hostIPC: { not: { const: true } } } })),
    'no-host-path': rule('hostPath volumes are not allowed', `${POD_SPECS}.volumes[*]`, { field: 'hostPath', function: isUndefined }),
    'drop-all-capabilities': rule('Containers must drop ALL capabilities', CONTAINERS,
      check({ required: ['securityContext'], properties: { securityContext: { required: ['capabilities'], properties: { capabilities: {
        required: ['drop'], properties: { drop: { type: 'array', contains: { const: 'ALL' } } } } } } } })),
    'restricted-capabilities': rule('Only NET_BIND_SERVICE may be added', CONTAINERS,
      check({ properties: { securityContext: { properties: { capabilities: { properties: { add: { type: 'array', items: { const: 'NET_BIND_SERVICE' } } } } } } } })),
    'seccomp-profile': rule('A RuntimeDefault or Localhost seccomp profile is required', POD_SPECS, check({ anyOf: [
      { required: ['securityContext'], properties: { securityContext: { required: ['seccompProfile'], properties: { seccompProfile: { required: ['type'], properties: { type: { enum: ['RuntimeDefault', 'Localhost'] } } } } } } },
      allContainers({ required: ['seccompProfile'], properties: { seccompProfile: { required: ['type'], properties: { type: { enum: ['RuntimeDefault', 'Localhost'] } } } } }),
    ] })),
    'resource-limits': rule('Containers must set CPU and memory limits', '$..containers[*]',
      check({ required: ['resources'], properties: { resources: { required: ['limits'], properties: { limits: { required: ['cpu', 'memory'] } } } } }), 'warn'),
    'liveness-probe': rule('Containers should have a liveness probe', '$..containers[*]', { field: 'livenessProbe', function: truthy }, 'warn'),
    'readiness-probe': rule('Containers should have a readiness probe', '$..containers[*]', { field: 'readinessProbe', function: truthy }, 'warn'),
    'no-latest-tag': rule('Images must be pinned to a tag other than latest, or a digest', CONTAINERS,
      { field: 'image', function: pattern, functionOptions: { match: '(@sha256:[a-f0-9]{64}|:[\\w][\\w.-]{0,127})$', notMatch: ':latest$' } }, 'warn'),
  },
};
