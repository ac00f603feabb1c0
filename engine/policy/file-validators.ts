import type { Diagnostic } from '../types.js';
import type { PolicyFile } from './policy-file.js';
import { exceptionsValidator } from '../waivers/validator.js';

/** Extra policy-side file kinds `bylaw validate` understands (e.g. exceptions files). One entry per kind. */
export interface FileValidator {
  /** Does this top-level object look like this kind of file? */
  detect(data: Record<string, unknown>, fileName: string): boolean;
  validate(file: PolicyFile, root: string): Diagnostic[];
}

export const fileValidators: Record<string, FileValidator> = {
  exceptions: exceptionsValidator,
};
