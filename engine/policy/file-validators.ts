import type { Diagnostic } from '../types.js';
import type { PolicyFile } from './policy-file.js';
import { exceptionsValidator } from '../waivers/validator.js';

/** Extra policy-side file kinds `bylaw validate` understands (e.g. exceptions files). One entry per kind. */
export interface FileValidator {
  /** Does this top-level object look like this kind of file? */
  detect(data: Record<string, unknown>, fileName: string): boolean;
  /** `now` is the run's clock (the CLI passes BYLAW_NOW when set), for checks that depend on the date. */
  validate(file: PolicyFile, root: string, now: Date): Diagnostic[];
}

export const fileValidators: Record<string, FileValidator> = {
  exceptions: exceptionsValidator,
};
