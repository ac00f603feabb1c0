import type { Document, Target } from '../types.js';
import type { Loader } from './loader.js';
import { readYaml } from '../source/yaml-source.js';
import { joinPointer } from '../source/pointer.js';
import { COMPOSE_SCHEMA } from './compose-schema.js';
import { castComposeBooleans } from './compose-booleans.js';
import { composeDefaults } from './compose-defaults.js';
import { parseImageReference } from './image-reference.js';
import { isRecord } from './is-record.js';
import { parseErrorAt } from './parse-error-at.js';

/** `compose.yaml`, `docker-compose.yml` and their `.<variant>.` forms; other names (`docker-compose-dev.yml`) by content. */
const COMPOSE_PATH = /(^|\/)(docker-)?compose(\.[^/]+)?\.ya?ml$/;
/** `services:` at the top level followed (after blank or comment lines) by an indented key, i.e. a mapping. */
const SNIFF_SERVICES = /^["']?services["']?[ \t]*:[ \t]*(#.*)?\r?\n([ \t]*(#.*)?\r?\n)*[ \t]+["']?[\w.-]+["']?[ \t]*:/m;
const SNIFF_SERVICE = /^[ \t]+["']?(image|build)["']?[ \t]*:/m;

/**
 * Docker Compose files (`compose.yaml`, `compose.override.yml`, `docker-compose.yml`, `docker-compose.prod.yml`;
 * other YAML, such as `docker-compose-dev.yml`, when it has a top-level `services:` mapping whose entries have
 * `image`/`build`). Read as Compose reads them (see compose-schema.ts): YAML 1.2 core scalars with merge keys,
 * then `${VAR:-default}` taken at its default (compose-defaults.ts) and Compose's string-to-boolean casts
 * (`privileged: yes` is true).
 * Targets: each service (kind `Service`, name = service key). Facts: `image` (the reference split) and `project`.
 */
export const dockerCompose: Loader & { defaultPath: string } = {
  type: 'docker-compose',
  /** Path given to inline test cases that name none. */
  defaultPath: 'compose.yaml',
  description: 'Docker Compose files (services)',
  claims: (path) => COMPOSE_PATH.test(path),
  accepts: (path) => /\.ya?ml$/i.test(path),
  sniff: (file) => SNIFF_SERVICES.test(file.text) && SNIFF_SERVICE.test(file.text),
  parse(file, limits) {
    const parsed = readYaml(file, { schema: COMPOSE_SCHEMA, limits, type: 'docker-compose' });
    for (const doc of parsed.documents) {
      composeDefaults(doc.data);
      castComposeBooleans(doc.data);
      if (!isRecord(doc.data) || (doc.data.services !== undefined && !isRecord(doc.data.services))) {
        parsed.errors.push(parseErrorAt(doc, '/services', '"services" must be a mapping of service name to service'));
      }
    }
    return parsed;
  },
  targets(document: Document): Target[] {
    const project = document.data;
    if (!isRecord(project) || !isRecord(project.services)) return [];
    const name = typeof project.name === 'string' ? project.name : undefined;
    const targets: Target[] = [];
    for (const key of Object.keys(project.services)) {
      const service = project.services[key];
      if (!isRecord(service)) continue;
      targets.push({
        document,
        pointer: joinPointer('/services', key),
        resource: { type: 'docker-compose', kind: 'Service', name: key, ...(name ? { namespace: name } : {}) },
        value: service,
        facts: { project: name ?? null, image: typeof service.image === 'string' ? parseImageReference(service.image) : null },
      });
    }
    return targets;
  },
};
