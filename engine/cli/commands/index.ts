import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerScan } from './scan.js';
import { registerValidate } from './validate.js';
import { registerTest } from './test.js';
import { registerReport } from './report.js';
import { registerList } from './list.js';
import { registerExplain } from './explain.js';
import { registerMerge } from './merge.js';
import { registerLock } from './lock.js';
import { registerInit } from './init.js';
import { registerBaseline } from './baseline.js';
import { registerDiff } from './diff.js';

/** Every subcommand. Add one: a file in this folder and one line here. */
export const commands = {
  scan: registerScan,
  validate: registerValidate,
  test: registerTest,
  report: registerReport,
  list: registerList,
  explain: registerExplain,
  merge: registerMerge,
  lock: registerLock,
  init: registerInit,
  baseline: registerBaseline,
  diff: registerDiff,
} satisfies Record<string, (program: Command, ctx: CliContext) => void>;
