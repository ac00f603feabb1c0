import type { Document, Target } from '../types.js';
import type { Loader } from './loader.js';
import { readGitHubYaml } from './github-yaml.js';
import { isRecord } from './is-record.js';

const ACTION_PATH = /(^|\/)action\.ya?ml$/;
/** Other tools also name files `action.yml`; an Action's metadata always has a top-level `runs:`. */
const SNIFF_RUNS = /^["']?runs["']?[ \t]*:/m;

/**
 * GitHub Action metadata files (`action.yml` / `action.yaml` with a top-level `runs:`), read like workflows (YAML 1.2 core schema,
 * no merge keys). One target per file: the action (kind `Action`, name = `name:`), with root `$steps` =
 * `/runs/steps` for composite actions. Facts: `using` (`runs.using`, lower-cased: `composite`, `docker`,
 * `node20`, ...) and `composite`.
 */
export const githubAction: Loader & { defaultPath: string } = {
  type: 'github-action',
  roots: ['steps'],
  /** Path given to inline test cases that name none. */
  defaultPath: 'action.yml',
  description: 'GitHub Action metadata (action.yml, action.yaml), including composite steps',
  accepts: (path) => ACTION_PATH.test(path),
  sniff: (file) => SNIFF_RUNS.test(file.text),
  parse: (file, limits) =>
    readGitHubYaml(file, limits, 'github-action', {
      valid: (data) => isRecord(data) && isRecord(data.runs),
      pointer: '/runs',
      message: 'an action must be a mapping with a "runs" mapping',
    }),
  targets: actionTargets,
};

function actionTargets(document: Document): Target[] {
  const action = document.data;
  if (!isRecord(action)) return [];
  const runs = isRecord(action.runs) ? action.runs : {};
  const using = typeof runs.using === 'string' ? runs.using.toLowerCase() : '';
  const dir = document.path.includes('/') ? document.path.slice(0, document.path.lastIndexOf('/')) : '.';
  return [
    {
      document,
      pointer: '',
      resource: { type: 'github-action', kind: 'Action', name: typeof action.name === 'string' ? action.name : dir, address: dir },
      value: action,
      roots: { steps: '/runs/steps' },
      facts: { using, composite: using === 'composite' },
    },
  ];
}
