/** Names of the schemas in engine/schema/ that validatePolicyFile uses by name. */
export declare const PRECOMPILED: string[];
/** ESM source exporting `precompiled = { rule, pack, config, cases }`. */
export declare function precompiledValidatorsSource(root: string): string;
