import { describe, expect, it } from 'vitest';
import { annotationsFor, levelFor, toCheckRunAnnotation, toCommandProperties } from '../../action/annotations.js';
import type { Finding, Result } from '../../engine/types.js';

const finding = (over: Partial<Finding> & { loc?: Partial<Finding['location']> }): Finding => ({
  ruleId: 'k8s-no-privileged',
  controls: [],
  severity: 'high',
  status: 'fail',
  message: 'Container "web" runs privileged',
  location: { path: 'deploy/app.yaml', startLine: 9, startColumn: 11, endLine: 9, endColumn: 27, ...over.loc },
  resource: { type: 'kubernetes', kind: 'Pod', name: 'web' },
  fingerprint: 'f',
  ...over,
});

const result = (findings: Finding[], errors: Result['errors'] = []) => ({ findings, errors }) as unknown as Result;

describe('annotations', () => {
  it.each([
    ['critical', 'high', 'failure'],
    ['high', 'high', 'failure'],
    ['medium', 'high', 'warning'],
    ['low', 'high', 'notice'],
    ['info', 'info', 'failure'],
    ['critical', 'none', 'warning'],
  ] as const)('%s with fail-on %s is a %s', (severity, failOn, level) => {
    expect(levelFor(severity, failOn)).toBe(level);
  });

  it('title is RULE-ID (severity), message carries the remediation, columns kept on one line', () => {
    const [a] = annotationsFor(result([finding({ remediation: 'Remove privileged: true.' })]), 'high');
    expect(a).toEqual({
      level: 'failure',
      path: 'deploy/app.yaml',
      startLine: 9,
      endLine: 9,
      startColumn: 11,
      endColumn: 27,
      title: 'k8s-no-privileged (high)',
      message: 'Container "web" runs privileged\n\nRemediation: Remove privileged: true.',
    });
    expect(toCommandProperties(a)).toEqual({ title: 'k8s-no-privileged (high)', file: 'deploy/app.yaml', startLine: 9, endLine: 9, startColumn: 11, endColumn: 27 });
    expect(toCheckRunAnnotation(a)).toMatchObject({ path: 'deploy/app.yaml', start_line: 9, end_line: 9, start_column: 11, end_column: 27, annotation_level: 'failure' });
  });

  it('drops columns when the finding spans lines', () => {
    const [a] = annotationsFor(result([finding({ loc: { startLine: 3, endLine: 7 } })]), 'high');
    expect(a.startColumn).toBeUndefined();
    expect(toCheckRunAnnotation(a)).not.toHaveProperty('start_column');
    expect(toCommandProperties(a)).not.toHaveProperty('startColumn');
  });

  it('failing findings, findings that could not be evaluated as warnings, then file errors as warnings', () => {
    const list = annotationsFor(
      result(
        [finding({ status: 'pass' }), finding({ status: 'waived' }), finding({ status: 'skip' }), finding({ ruleId: 'b', severity: 'low' }), finding({ ruleId: 'c', status: 'error' })],
        [{ path: 'broken.yaml', line: 4, column: 2, code: 'parse-error', message: 'bad indentation' }],
      ),
      'high',
    );
    expect(list.map((a) => [a.title, a.level])).toEqual([
      ['b (low)', 'notice'],
      ['c (could not evaluate)', 'warning'],
      ['bylaw parse-error', 'warning'],
    ]);
  });

  it('clips very long messages', () => {
    const [a] = annotationsFor(result([finding({ message: 'x'.repeat(10000) })]), 'high');
    expect(a.message.length).toBe(4000);
  });
});
