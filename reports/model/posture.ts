import { STATUSES, type Result, type Status } from '../../engine/types.js';
import { controlIndex } from './describe.js';
import { byText } from './order.js';

/** Own property lookup, so ids like `__proto__` read nothing inherited. */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Where a control or framework requirement stands after a run. */
export type PostureState = 'failed' | 'waived' | 'passed' | 'not-tested';
export const POSTURE_STATES: readonly PostureState[] = ['failed', 'waived', 'passed', 'not-tested'];

/** Status counts for one control or requirement. */
export type StatusCounts = Record<Status, number>;

/**
 * Any failure → failed; else any waiver → waived; else passes without errors → passed; otherwise (nothing
 * evaluated, only skips, or evaluation errors) → not tested.
 */
export function postureOf(counts: Partial<StatusCounts> | undefined): PostureState {
  if (!counts) return 'not-tested';
  if ((counts.fail ?? 0) > 0) return 'failed';
  if ((counts.waived ?? 0) > 0) return 'waived';
  if ((counts.pass ?? 0) > 0 && (counts.error ?? 0) === 0) return 'passed';
  return 'not-tested';
}

/** How many of `items` are in each posture state (every state present, zero when none). */
export function countStates(items: readonly { state: PostureState }[]): Record<PostureState, number> {
  const states = Object.fromEntries(POSTURE_STATES.map((state) => [state, 0])) as Record<PostureState, number>;
  for (const item of items) states[item.state]++;
  return states;
}

/** Zero for every status. */
export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** One control's row: metadata (when known), counts and state. */
export interface ControlPosture {
  id: string;
  title: string;
  pack?: string;
  frameworks: Record<string, string[]>;
  counts: StatusCounts;
  state: PostureState;
}

/** Every control in the result's metadata or summary, sorted by id. */
export function controlPostures(result: Result): ControlPosture[] {
  const meta = controlIndex(result);
  const ids = new Set([...meta.keys(), ...Object.keys(result.summary.byControl ?? {})]);
  return [...ids].sort(byText).map((id) => {
    const counts = { ...emptyCounts(), ...(own(result.summary.byControl, id) ?? {}) };
    const control = meta.get(id);
    return { id, title: control?.title ?? id, pack: control?.pack, frameworks: control?.frameworks ?? {}, counts, state: postureOf(counts) };
  });
}

/** One framework: how many of its requirements are in each state, and each requirement's row. */
export interface FrameworkPosture {
  id: string;
  states: Record<PostureState, number>;
  requirements: { id: string; counts: StatusCounts; state: PostureState }[];
}

/** Frameworks from `summary.byFramework`, plus mapped requirements that nothing tested, sorted. */
export function frameworkPostures(result: Result): FrameworkPosture[] {
  const mapped = new Map<string, Set<string>>();
  for (const control of result.controls ?? []) {
    for (const [framework, requirements] of Object.entries(control.frameworks ?? {})) {
      const set = mapped.get(framework) ?? new Set<string>();
      requirements.forEach((requirement) => set.add(requirement));
      mapped.set(framework, set);
    }
  }
  for (const [framework, requirements] of Object.entries(result.summary.byFramework ?? {})) {
    const set = mapped.get(framework) ?? new Set<string>();
    Object.keys(requirements).forEach((requirement) => set.add(requirement));
    mapped.set(framework, set);
  }
  return [...mapped.keys()].sort(byText).map((id) => {
    const requirements = [...(mapped.get(id) ?? [])].sort(byText).map((requirement) => {
      const counts = { ...emptyCounts(), ...(own(own(result.summary.byFramework, id), requirement) ?? {}) };
      return { id: requirement, counts, state: postureOf(counts) };
    });
    return { id, states: countStates(requirements), requirements };
  });
}
