import type { AnnotationProperties } from '@actions/core';
import { rank } from '../engine/scan/result.js';
import type { Diagnostic, Finding, Result, Severity } from '../engine/types.js';
import { truncate } from '../reports/escape/clean.js';

/** Annotation level in check-run terms; workflow commands use error/warning/notice. */
export type AnnotationLevel = 'failure' | 'warning' | 'notice';

/** One annotation, independent of how it is delivered. Lines and columns are 1-based. */
export interface Annotation {
  level: AnnotationLevel;
  path: string;
  startLine: number;
  endLine: number;
  /** Only when startLine === endLine (GitHub ignores or rejects columns across lines). */
  startColumn?: number;
  endColumn?: number;
  title: string;
  message: string;
}

/** Check-run annotation, as `PATCH /repos/{owner}/{repo}/check-runs/{id}` takes it. */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title: string;
}

const MAX_MESSAGE = 4000;
const MAX_TITLE = 255;

/** Failing findings at or above `failOn` are failures; below it, medium is a warning and the rest notices. */
export function levelFor(severity: Severity, failOn: Severity | 'none'): AnnotationLevel {
  if (failOn !== 'none' && rank(severity) <= rank(failOn)) return 'failure';
  return rank(severity) <= rank('medium') ? 'warning' : 'notice';
}

/**
 * One annotation per failing finding (in result order), a warning per finding that could not be evaluated
 * (status `error`), then a warning per file error.
 */
export function annotationsFor(result: Result, failOn: Severity | 'none'): Annotation[] {
  const out: Annotation[] = [];
  for (const finding of result.findings) {
    if (finding.status === 'fail') out.push(fromFinding(finding, failOn));
    else if (finding.status === 'error') out.push({ ...fromFinding(finding, failOn), level: 'warning', title: truncate(`${finding.ruleId} (could not evaluate)`, MAX_TITLE) });
  }
  return [...out, ...result.errors.map(fromDiagnostic)];
}

function fromFinding(finding: Finding, failOn: Severity | 'none'): Annotation {
  const { path, startLine, endLine, startColumn, endColumn } = finding.location;
  const remediation = finding.remediation?.trim();
  const message = remediation ? `${finding.message}\n\nRemediation: ${remediation}` : finding.message;
  return withPosition(
    { level: levelFor(finding.severity, failOn), path, title: truncate(`${finding.ruleId} (${finding.severity})`, MAX_TITLE), message: truncate(message, MAX_MESSAGE) },
    startLine,
    endLine,
    startColumn,
    endColumn,
  );
}

function fromDiagnostic(diagnostic: Diagnostic): Annotation {
  return withPosition(
    { level: 'warning', path: diagnostic.path, title: truncate(`bylaw ${diagnostic.code}`, MAX_TITLE), message: truncate(diagnostic.message, MAX_MESSAGE) },
    diagnostic.line,
    diagnostic.line,
    diagnostic.column,
    diagnostic.column,
  );
}

function withPosition(base: Omit<Annotation, 'startLine' | 'endLine'>, startLine: number, endLine: number, startColumn?: number, endColumn?: number): Annotation {
  const start = Math.max(1, startLine || 1);
  const end = Math.max(start, endLine || start);
  const annotation: Annotation = { ...base, startLine: start, endLine: end };
  if (start === end && startColumn && startColumn >= 1) {
    annotation.startColumn = startColumn;
    annotation.endColumn = Math.max(startColumn, endColumn ?? startColumn);
  }
  return annotation;
}

/** As `core.error`/`warning`/`notice` properties (which escape `%`, CR, LF, `:` and `,` for the runner). */
export function toCommandProperties(annotation: Annotation): AnnotationProperties {
  const properties: AnnotationProperties = { title: annotation.title, file: annotation.path, startLine: annotation.startLine, endLine: annotation.endLine };
  if (annotation.startColumn !== undefined) {
    properties.startColumn = annotation.startColumn;
    properties.endColumn = annotation.endColumn;
  }
  return properties;
}

/** As a check-run annotation. */
export function toCheckRunAnnotation(annotation: Annotation): CheckRunAnnotation {
  const out: CheckRunAnnotation = {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    annotation_level: annotation.level,
    message: annotation.message,
    title: annotation.title,
  };
  if (annotation.startColumn !== undefined) {
    out.start_column = annotation.startColumn;
    out.end_column = annotation.endColumn;
  }
  return out;
}
