/** A custom JSON Logic operator: one per file, registered on bylaw's single engine instance (logic.ts). */
export interface Operator {
  name: string;
  description: string;
  /** Receives the evaluated arguments (always an array). Must not mutate them. */
  fn: (args: unknown[]) => unknown;
}

/** Arguments as an array whatever form the expression used (`{"op": x}` or `{"op": [x, y]}`). */
export function argList(args: unknown): unknown[] {
  return Array.isArray(args) ? args : [args];
}
