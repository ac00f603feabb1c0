import type { Operator } from './operator.js';
import { regexMatch } from './regex-match.js';
import { globMatch } from './glob-match.js';
import { semverSatisfies } from './semver-compare.js';
import { subset, intersects, difference } from './sets.js';
import { startsWith, endsWith, lower } from './strings.js';
import { values, typeOf } from './structure.js';
import { jsonParse } from './json-parse.js';
import { anyInRange } from './any-in-range.js';
import { parseUses } from './parse-uses.js';
import { k8sVersionGte, k8sVersionLt } from './k8s-version.js';
import { entries, pick } from './entries.js';
import { imageRef } from './image-ref.js';

/** bylaw's custom JSON Logic operators. Add one: a file in this folder and one entry here. */
export const operators: readonly Operator[] = [
  regexMatch,
  globMatch,
  semverSatisfies,
  subset,
  intersects,
  difference,
  startsWith,
  endsWith,
  lower,
  values,
  typeOf,
  k8sVersionGte,
  k8sVersionLt,
  entries,
  pick,
  imageRef,
  parseUses,
  jsonParse,
  anyInRange,
];
