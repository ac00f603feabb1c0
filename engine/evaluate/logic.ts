import { LogicEngine } from 'json-logic-engine';
import { operators } from './operators/index.js';
import { argList } from './operators/operator.js';
import { compileRegex } from './regex.js';

/**
 * The one JSON Logic engine instance (json-logic-engine, chosen over json-logic-js for speed: rules compile to
 * functions once). bylaw's operators are added here and nowhere else; the global json-logic-js is never used.
 * Truthiness follows the JSON Logic spec (`[]` is falsy, `all` over `[]` is false), and `{}` is falsy too (pinned in tests).
 */
export const logicEngine = new LogicEngine(undefined, { maxDepth: 256, maxArrayLength: 100_000, maxStringLength: 1_000_000 });
for (const op of operators) {
  logicEngine.addMethod(op.name, (args: unknown) => op.fn(argList(args)), { deterministic: true });
}

/** Every operator a rule may use: json-logic-engine's built-ins plus ours. */
export const knownOperators = new Set<string>(Object.keys(logicEngine.methods));
const FORBIDDEN_SEGMENTS = /(^|\.)(__proto__|constructor|prototype)(\.|$)/;

/** A problem in a JSON Logic expression, with the JSON pointer (relative to the expression) where it is. */
export interface LogicProblem {
  pointer: string;
  message: string;
}

/**
 * Static check of an expression before it is compiled: known operators only, literal `var` paths only,
 * no path reaching `__proto__`, `constructor` or `prototype`.
 */
export function checkLogic(logic: unknown, pointer = ''): LogicProblem[] {
  const problems: LogicProblem[] = [];
  const walk = (node: unknown, ptr: string, depth: number): void => {
    if (depth > 200) {
      problems.push({ pointer: ptr, message: 'expression is nested too deeply' });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, `${ptr}/${i}`, depth + 1));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      problems.push({ pointer: ptr, message: `an operation must have exactly one operator key, found ${keys.length}` });
      return;
    }
    const op = keys[0];
    const opPtr = `${ptr}/${op.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!knownOperators.has(op)) {
      problems.push({ pointer: opPtr, message: `unknown operator "${op}"` });
      return;
    }
    const args = (node as Record<string, unknown>)[op];
    if (op === 'var' || op === 'val') {
      const path = Array.isArray(args) ? args[0] : args;
      const parts = Array.isArray(path) ? path : [path];
      for (const p of op === 'val' && Array.isArray(args) ? args : parts) {
        if (p !== null && typeof p === 'object') {
          problems.push({ pointer: opPtr, message: `"${op}" paths must be literal strings or numbers` });
          return;
        }
        if (typeof p === 'string' && (FORBIDDEN_SEGMENTS.test(p) || ['__proto__', 'constructor', 'prototype'].includes(p))) {
          problems.push({ pointer: opPtr, message: `"${op}" path "${p}" reaches a forbidden property` });
          return;
        }
      }
      if (Array.isArray(args)) args.slice(1).forEach((a, i) => walk(a, `${opPtr}/${i + 1}`, depth + 1));
      return;
    }
    if (op === 'regex_match' && Array.isArray(args) && typeof args[1] === 'string') {
      try {
        compileRegex(args[1], typeof args[2] === 'string' ? args[2] : '');
      } catch (err) {
        problems.push({ pointer: `${opPtr}/1`, message: `invalid RE2 regular expression: ${(err as Error).message}` });
      }
    }
    walk(args, opPtr, depth + 1);
  };
  walk(logic, pointer, 0);
  return problems;
}

/** Compile an expression (after `checkLogic`) to a function of the rule data. */
export function compileLogic(logic: unknown): (data: unknown) => unknown {
  return logicEngine.build(logic) as (data: unknown) => unknown;
}

/**
 * Truthiness of an assert's result, the same as inside expressions (`if`, `!!`): `[]`, `{}`, `0`, `''`, `null`,
 * `undefined`, `false` and `NaN` are false. (json-logic-js differs on `{}`, which it treats as true.)
 */
export function truthy(value: unknown): boolean {
  return Boolean(logicEngine.truthy(value));
}
