import type { FileValidator } from '../policy/file-validators.js';
import { loadConfig } from '../config/load-config.js';
import { checkExceptionsFile } from './load-exceptions.js';
import { isoDay } from './clock.js';

/**
 * `bylaw validate` for exceptions files: YAML files with a top-level `exceptions:` list, or named `*exceptions.yaml`
 * or `*waivers.yaml`. Checked against the schema and the expiry policy of the config in the validated root, as a
 * scan would check them today.
 */
export const exceptionsValidator: FileValidator = {
  detect: (data, fileName) => ('exceptions' in data && typeof data.exceptions !== 'string' && !('packs' in data)) || (!('id' in data) && /(^|[-_.])(exceptions|waivers)\.ya?ml$/i.test(fileName)),
  validate(file, root, now) {
    const waivers = loadConfig(root).config.waivers;
    return checkExceptionsFile(file, { waivers, today: isoDay(now) });
  },
};
