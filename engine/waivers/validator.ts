import type { FileValidator } from '../policy/file-validators.js';
import { loadConfig } from '../config/load-config.js';
import { checkExceptionsFile } from './load-exceptions.js';
import { clockFromEnv, isoDay } from './clock.js';

/**
 * `bylaw validate` for exceptions files: any YAML file whose top level is `exceptions:` (a list). Checked against
 * the schema and the expiry policy of the config in the validated root, as a scan would check it today.
 */
export const exceptionsValidator: FileValidator = {
  detect: (data) => Array.isArray(data.exceptions) && !('packs' in data) && Object.keys(data).every((k) => k === 'exceptions' || k === '$schema'),
  validate(file, root) {
    const waivers = loadConfig(root).config.waivers;
    const now = (clockFromEnv(process.env) ?? (() => new Date()))();
    return checkExceptionsFile(file, { waivers, today: isoDay(now) });
  },
};
