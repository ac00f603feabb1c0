import { clean, oneLine } from './clean.js';

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

/** `[text](url)` with escaped text, or just the escaped text when `url` is undefined. */
export function mdLink(text: unknown, url: string | undefined): string {
  return url ? `[${mdText(text)}](${url})` : mdText(text);
}

/** Fenced blocks and inline code spans, which Markdown shows literally. */
const CODE = /(```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`)/g;
/** `<` that would open an HTML tag, comment or declaration (autolinks `<https://…>` excepted). */
const TAG_OPEN = /<(?!https?:\/\/[^\s<>]+>)(?=[A-Za-z/!?])/g;

/**
 * Authored Markdown (rule description, rationale, remediation) kept as Markdown, but with no raw HTML: outside
 * code spans and fences, every `<` that would open a tag becomes `&lt;`; control and bidi characters are removed.
 */
export function mdBlock(value: unknown): string {
  return clean(value)
    .trim()
    .split(CODE)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(TAG_OPEN, '&lt;')))
    .join('');
}
