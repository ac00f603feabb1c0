import type { Finding } from '../types.js';
import type { ConfigSpec } from '../policy/spec.js';

/**
 * May this finding be suppressed inline under the config's `suppressions` policy? `true`, or why not.
 * With both `rules` and `severities` set, the finding must satisfy both.
 */
export function suppressionAllowed(policy: NonNullable<ConfigSpec['suppressions']>, f: Finding): true | string {
  if (policy.inline === false) return 'inline suppressions are disabled by the config (suppressions.inline: false)';
  if (policy.rules && !policy.rules.includes(f.ruleId)) return `the config allows inline suppressions only for rules ${policy.rules.join(', ') || '(none)'} (suppressions.rules)`;
  if (policy.severities && !policy.severities.includes(f.severity)) return `the config allows inline suppressions only for severities ${policy.severities.join(', ') || '(none)'}, and this finding is ${f.severity} (suppressions.severities)`;
  return true;
}
