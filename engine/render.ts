import type { Result } from './types.js';
import { reporters, isReportFormat, type ReportFormat } from '../reports/index.js';
import type { ReportOptions } from '../reports/reporter.js';
import { EngineError } from './errors.js';

/** Render a result in a named format (the same function serves `scan --format` and `report`). */
export function render(result: Result, format: ReportFormat | string, options: ReportOptions = {}): string {
  if (!isReportFormat(format)) throw new EngineError('usage', `unknown format "${format}" (one of: ${Object.keys(reporters).join(', ')})`);
  return reporters[format](result, options);
}
