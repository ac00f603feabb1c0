import type { Finding, Severity } from '../../engine/types.js';
import { oneLine, truncate } from '../escape/clean.js';
import { mdLink, mdText } from '../escape/markdown.js';
import { encodePath, webUrl } from '../escape/url.js';

/** Severity with a colour marker, for headings and tables. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '🟣 Critical',
  high: '🔴 High',
  medium: '🟠 Medium',
  low: '🟡 Low',
  info: '🔵 Info',
};

/** Longest message shown in a table cell, in characters. */
const MAX_CELL = 300;

/** The normalised http(s) link base without a trailing slash, or undefined (other schemes are never linked). */
export function linkBaseOf(linkBase: string | undefined): string | undefined {
  const url = linkBase ? webUrl(linkBase) : undefined;
  return url?.replace(/\/+$/, '').replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}

/** `base/path#Lline` for a finding, when a link base is known. */
export function lineUrl(base: string | undefined, path: string, line: number): string | undefined {
  return base ? `${base}/${encodePath(path)}#L${Math.max(1, Math.trunc(line) || 1)}` : undefined;
}

/** `path:line` as a link (or plain text). */
export function locationCell(finding: Finding, base: string | undefined): string {
  const { path, startLine } = finding.location;
  return mdLink(`${path}:${startLine}`, lineUrl(base, path, startLine));
}

/** Neutralised, one-line, length-capped text for a table cell. */
export function cell(text: unknown): string {
  return mdText(truncate(oneLine(text), MAX_CELL));
}

/** A table row from already-escaped cells. */
export function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}
