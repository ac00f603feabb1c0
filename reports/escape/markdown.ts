import { oneLine } from './clean.js';

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** ASCII punctuation with meaning in GitHub-flavoured Markdown (inline or in tables). */
const SPECIAL = /[\\`*_[\]{}()#!|~]/g;
const ZWJ = '\u200d';

/**
 * Neutralises untrusted text for GitHub Markdown, on one line (safe in table cells, list items, headings and
 * `<summary>`): no raw HTML (`< > &` become entities), Markdown specials and pipes backslash-escaped,
 * `@mentions` and `#123` references broken with a zero-width joiner, line-start markers escaped,
 * control/bidi characters removed and newlines collapsed.
 */
export function mdText(value: unknown): string {
  return oneLine(value)
    .replace(/[&<>]/g, (c) => HTML[c])
    .replace(SPECIAL, (c) => '\\' + c)
    .replace(/(?<![\p{L}\p{N}_`])@(?=[\p{L}\p{N}_-])/gu, '@' + ZWJ)
    .replace(/#(?=\d)/g, '#' + ZWJ)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Percent-encodes a relative path for use in a URL, segment by segment (parentheses too, for Markdown links). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
    .join('/');
}

/** `[text](url)` with escaped text, or just the escaped text when `url` is undefined. */
export function mdLink(text: unknown, url: string | undefined): string {
  return url ? `[${mdText(text)}](${url})` : mdText(text);
}
