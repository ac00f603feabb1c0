import { describe, expect, it, vi } from 'vitest';
import { annotate, MAX_COMMAND_ANNOTATIONS, mostImportant } from '../../action/annotate.js';
import type { Annotation } from '../../action/annotations.js';
import type { ActionCore } from '../../action/deps.js';
import type { RunContext } from '../../action/event.js';
import type { ActionSettings } from '../../action/inputs.js';
import type { Finding, Result, Severity } from '../../engine/types.js';

const a = (level: Annotation['level'], line: number): Annotation => ({ level, path: 'x.yaml', startLine: line, endLine: line, title: 't', message: 'm' });

const finding = (severity: Severity, line: number): Finding => ({
  ruleId: `r-${severity}`,
  controls: [],
  severity,
  status: 'fail',
  message: `finding on line ${line}`,
  location: { path: 'x.yaml', startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
  resource: { type: 'kubernetes' },
  fingerprint: String(line),
});

function fakeCore() {
  return { error: vi.fn(), warning: vi.fn(), notice: vi.fn() } as unknown as ActionCore & Record<'error' | 'warning' | 'notice', ReturnType<typeof vi.fn>>;
}

describe('mostImportant', () => {
  it('keeps everything under the cap, in order', () => {
    const list = [a('notice', 1), a('failure', 2)];
    expect(mostImportant(list, 5)).toBe(list);
  });
  it('over the cap: failures first, then warnings, then notices, each in result order', () => {
    const list = [a('notice', 1), a('warning', 2), a('failure', 3), a('notice', 4), a('failure', 5)];
    expect(mostImportant(list, 3).map((x) => x.startLine)).toEqual([3, 5, 2]);
  });
});

describe('annotate without a token: workflow commands', () => {
  it(`emits at most ${MAX_COMMAND_ANNOTATIONS}, the most severe, and says so in the summary notes`, async () => {
    const findings = [...Array.from({ length: 150 }, (_, i) => finding('low', i + 1)), ...Array.from({ length: 30 }, (_, i) => finding('critical', 200 + i))];
    const result = { findings, errors: [], summary: { byStatus: { fail: 180 }, verdict: 'fail', failOn: 'high', bySeverity: {}, errors: 0 } } as unknown as Result;
    const core = fakeCore();
    const notes: string[] = [];
    await annotate(core, undefined, { headSha: 'abc', owner: 'o', repo: 'r' } as RunContext, { failOn: 'high', softFail: false } as ActionSettings, result, notes);
    expect(core.error).toHaveBeenCalledTimes(30);
    expect(core.notice).toHaveBeenCalledTimes(MAX_COMMAND_ANNOTATIONS - 30);
    expect(core.error.mock.calls[0]).toEqual(['finding on line 200', { title: 'r-critical (critical)', file: 'x.yaml', startLine: 200, endLine: 200, startColumn: 1, endColumn: 2 }]);
    expect(notes).toEqual([`Annotations: the ${MAX_COMMAND_ANNOTATIONS} most severe of 180; every finding is in the reports.`]);
  });
});
