import type { ValidateFunction } from 'ajv';

/**
 * Validators for the policy-file schemas, compiled ahead of time. Empty in the sources (validate.ts compiles at run
 * time); the bundle replaces this module with ajv standalone code (engine/build/precompile-validators.mjs).
 */
export const precompiled: Record<string, ValidateFunction> | undefined = undefined;
