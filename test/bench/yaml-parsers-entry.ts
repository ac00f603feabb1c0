export { readYaml } from '../../engine/source/yaml-source.js';
export { DEFAULT_LIMITS } from '../../engine/limits.js';
