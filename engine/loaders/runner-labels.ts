import { hasOwn, isRecord as isObject } from './is-record.js';

/** Where a job runs, normalised from `runs-on` (string | list | `{group, labels}`), with matrix values expanded. */
export interface RunnerLabels {
  /** Every label the job may request, sorted; a `${{ matrix.x }}` label contributes each value of `x`. */
  labels: string[];
  /** Runner group, when `runs-on: {group: ...}`. */
  group?: string;
  /** True when some label is an expression that could not be resolved from the matrix. */
  dynamic: boolean;
}

const MATRIX_REF = /^\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}$/;

/** Labels of a job's `runs-on`; `strategy.matrix` is used to expand `${{ matrix.name }}` labels. */
export function runnerLabels(runsOn: unknown, matrix: unknown): RunnerLabels {
  const out = new Set<string>();
  let dynamic = false;
  let group: string | undefined;
  let raw: unknown[] = [];
  if (typeof runsOn === 'string') raw = [runsOn];
  else if (Array.isArray(runsOn)) raw = runsOn;
  else if (isObject(runsOn)) {
    if (typeof runsOn.group === 'string') group = runsOn.group;
    raw = typeof runsOn.labels === 'string' ? [runsOn.labels] : Array.isArray(runsOn.labels) ? runsOn.labels : [];
  }
  for (const item of raw) {
    if (typeof item !== 'string') continue;
    const m = MATRIX_REF.exec(item.trim());
    if (m) {
      const values = matrixValues(matrix, m[1]);
      if (values.length === 0) dynamic = true;
      for (const v of values) {
        if (typeof v === 'string') out.add(v);
        else if (Array.isArray(v)) v.forEach((x) => typeof x === 'string' && out.add(x));
        else dynamic = true;
      }
    } else if (item.includes('${{')) dynamic = true;
    else out.add(item.trim());
  }
  const result: RunnerLabels = { labels: [...out].sort(), dynamic };
  if (group !== undefined) result.group = group;
  return result;
}

function matrixValues(matrix: unknown, name: string): unknown[] {
  if (!isObject(matrix)) return [];
  const values: unknown[] = [];
  const axis = hasOwn(matrix, name) ? matrix[name] : undefined;
  if (Array.isArray(axis)) values.push(...axis);
  if (Array.isArray(matrix.include)) {
    for (const inc of matrix.include) {
      if (isObject(inc) && hasOwn(inc, name)) values.push(inc[name]);
    }
  }
  return values;
}
