import { describe, expect, it } from 'vitest';
import { commentStyle, isCommentLine, parseSuppression, MAX_SUPPRESSION_LINE, type CommentStyle } from '../../engine/suppressions/parse-comment.js';

/** [line text, style, expected] */
const cases: [string, CommentStyle, ReturnType<typeof parseSuppression>][] = [
  ['# bylaw:ignore a-rule -- why', 'hash', { line: 7, rules: ['a-rule'], reason: 'why', ownLine: true }],
  ['  image: x:1   # bylaw:ignore a,b , c -- why -- really', 'hash', { line: 7, rules: ['a', 'b', 'c'], reason: 'why -- really', ownLine: false }],
  ['# bylaw:ignore a-rule', 'hash', { line: 7, rules: ['a-rule'], ownLine: true }],
  ['# bylaw:ignore a-rule --   ', 'hash', { line: 7, rules: ['a-rule'], ownLine: true }],
  ['# bylaw:ignore', 'hash', 'malformed'],
  ['# bylaw:ignore: a -- x', 'hash', 'malformed'],
  ['# bylaw:ignore a b -- x', 'hash', 'malformed'],
  ['value: "a#bylaw:ignore a -- x"', 'hash', undefined],
  ['# see bylaw docs', 'hash', undefined],
  ['RUN x # bylaw:ignore a -- x', 'hash-line', undefined],
  ['  # bylaw:ignore a -- x', 'hash-line', { line: 7, rules: ['a'], reason: 'x', ownLine: true }],
  ['  cidr = "0.0.0.0/0" // bylaw:ignore a -- x', 'hash-slash', { line: 7, rules: ['a'], reason: 'x', ownLine: false }],
  ['{"a": " # bylaw:ignore a -- x"}', 'none', undefined],
  [`# bylaw:ignore a -- ${'x'.repeat(MAX_SUPPRESSION_LINE)}`, 'hash', 'malformed'],
];

describe('parseSuppression', () => {
  it.each(cases)('%s (%s)', (text, style, expected) => {
    expect(parseSuppression(text, 7, style)).toEqual(expected);
  });

  it('stays linear on hostile lines', () => {
    const started = performance.now();
    parseSuppression(`# bylaw:ignore a${' '.repeat(4000)}`, 1, 'hash');
    parseSuppression(' #'.repeat(2000), 1, 'hash');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it.each([
    ['  # note', 'hash', true],
    ['image: x # note', 'hash', false],
    ['// note', 'hash', false],
    ['  // note', 'hash-slash', true],
    ['  # note', 'hash-slash', true],
    ['cidr = "x" // note', 'hash-slash', false],
    ['# note', 'hash-line', true],
  ] as [string, CommentStyle, boolean][])('whole-line comment: %j in %s is %s', (text, style, expected) => {
    expect(isCommentLine(text, style)).toBe(expected);
  });

  it.each([
    ['k8s/app.yaml', 'hash'],
    ['Dockerfile', 'hash-line'],
    ['build/api.Dockerfile', 'hash-line'],
    ['infra/main.tf', 'hash-slash'],
    ['plan.json', 'none'],
  ])('comment style of %s is %s', (path, style) => {
    expect(commentStyle(path)).toBe(style);
  });
});
