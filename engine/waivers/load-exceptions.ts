import type { Diagnostic } from '../types.js';
import type { ConfigSpec } from '../policy/spec.js';
import { diagnosticAt, readPolicyFile, type PolicyFile } from '../policy/policy-file.js';
import { registerSchema, validatePolicyFile } from '../policy/validate.js';
import exceptionsSchema from '../schema/exceptions.schema.json' with { type: 'json' };
import type { Exception, ExceptionSpec } from './exception.js';
import { daysBetween } from './clock.js';

let registered = false;

/**
 * The published schema says "rule or control" with `oneOf`, which ajv reports as two vague errors; validation
 * uses a copy without it, and `checkEntries` says exactly what is wrong instead.
 */
function ensureSchema(): void {
  if (registered) return;
  const copy = structuredClone(exceptionsSchema) as { definitions: { exception: Record<string, unknown> } };
  delete copy.definitions.exception.oneOf;
  delete (copy as Record<string, unknown>).$id;
  registerSchema('exceptions', copy);
  registered = true;
}

/** What an exceptions file must also satisfy beyond its schema: the config's expiry policy, on the given day. */
export interface ExceptionRules {
  waivers?: ConfigSpec['waivers'];
  /** Today (UTC, `YYYY-MM-DD`); needed for `waivers.maxDays`. */
  today?: string;
}

/** Schema, rule-xor-control, required expiry and maximum expiry distance; every problem at its line. */
export function checkExceptionsFile(file: PolicyFile, rules: ExceptionRules): Diagnostic[] {
  ensureSchema();
  const out = [...file.diagnostics.map((d) => ({ ...d, code: 'invalid-exceptions' as const })), ...validatePolicyFile(file, 'exceptions', 'invalid-exceptions')];
  const entries = (file.data as { exceptions?: unknown })?.exceptions;
  if (!Array.isArray(entries)) return out;
  const requireExpiry = rules.waivers?.requireExpiry !== false;
  const maxDays = rules.waivers?.maxDays;
  entries.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    const e = raw as Partial<ExceptionSpec>;
    const at = `/exceptions/${i}`;
    if (e.rule === undefined && e.control === undefined) out.push(diagnosticAt(file, at, 'invalid-exceptions', `exception ${i + 1} must name a "rule" or a "control"`));
    if (e.rule !== undefined && e.control !== undefined) out.push(diagnosticAt(file, `${at}/control`, 'invalid-exceptions', `exception ${i + 1} names both a rule and a control; use one entry for each`));
    if (requireExpiry && e.expires === undefined) out.push(diagnosticAt(file, at, 'invalid-exceptions', `missing required key "expires" at ${at} (the config requires every waiver to expire; waivers.requireExpiry)`));
    if (maxDays !== undefined && rules.today && typeof e.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.expires)) {
      const ahead = daysBetween(rules.today, e.expires);
      if (ahead > maxDays) out.push(diagnosticAt(file, `${at}/expires`, 'invalid-exceptions', `expires ${e.expires} is ${ahead} days after today (${rules.today}); the config allows at most ${maxDays} (waivers.maxDays)`));
    }
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1));
}

/** Read and check an exceptions file. Entries come back only when there are no diagnostics. */
export function loadExceptions(absPath: string, shownPath: string, rules: ExceptionRules): { exceptions: Exception[]; diagnostics: Diagnostic[] } {
  const file = readPolicyFile(absPath, shownPath, 'invalid-exceptions');
  const diagnostics = checkExceptionsFile(file, rules);
  if (diagnostics.length) return { exceptions: [], diagnostics };
  const entries = (file.data as { exceptions: ExceptionSpec[] }).exceptions;
  // The schema admits no other keys, so an entry is its Exception but for the approver's spelling and the source.
  const exceptions = entries.map(({ approved_by, ...scope }, i): Exception => ({ ...scope, approvedBy: approved_by, source: { path: shownPath, line: file.document?.locate(`/exceptions/${i}`).startLine ?? 1 } }));
  return { exceptions, diagnostics: [] };
}
