import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { escapeHtml, safeHref } from '../../reports/escape/html.js';
import { mdBlock, mdText } from '../../reports/escape/markdown.js';
import { encodePath, webUrl } from '../../reports/escape/url.js';
import { xmlAttr, xmlText } from '../../reports/escape/xml.js';
import { csvField, csvRow } from '../../reports/escape/csv.js';
import { clean, oneLine } from '../../reports/escape/clean.js';

/** Hostile strings, each with the visible text it should keep once made safe. */
const HOSTILE: [string, string][] = [
  ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ['@octocat', '@octocat'],
  ['::error::x', '::error::x'],
  ['=HYPERLINK("http://evil.example","x")', '=HYPERLINK("http://evil.example","x")'],
  [']]>', ']]>'],
  ['\u001b[31mred\u001b[0m', 'red'],
  ['abc\u202Egpj.exe', 'abcgpj.exe'],
  ['nul\u0000byte', 'nulbyte'],
  ['line one\nline two', 'line one\nline two'],
  ['a | b', 'a | b'],
  ['</script><script>alert(2)</script>', '</script><script>alert(2)</script>'],
  ["'single' & \"double\"", "'single' & \"double\""],
];

describe('clean', () => {
  it.each(HOSTILE)('%j keeps %j', (input, visible) => {
    expect(clean(input)).toBe(visible);
  });

  it.each([
    ['\u001b]8;;http://evil\u0007link\u001b]8;;\u0007', 'link'],
    ['\u2066iso\u2069 \u200fmark', 'iso mark'],
    ['\ud800x', '\ufffdx'],
    ['tab\there', 'tab\there'],
  ])('%j → %j', (input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('oneLine collapses newlines and runs of whitespace', () => {
    expect(oneLine(' a\r\n\tb  c ')).toBe('a b c');
  });
});

describe('html', () => {
  it.each(HOSTILE)('%j: no markup survives, the text reads the same once parsed', (input, visible) => {
    const escaped = escapeHtml(input);
    expect(escaped).not.toMatch(/[<>"']/);
    const decoded = escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(decoded).toBe(visible);
  });

  it.each([
    ['https://github.com/o/r/blob/sha', 'https://github.com/o/r/blob/sha'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['https://x/"><script>', 'https://x/&quot;&gt;&lt;script&gt;'],
  ])('safeHref(%j) = %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});

describe('markdown', () => {
  it.each(HOSTILE)('%j: one line, no raw HTML, no mention, no table break', (input) => {
    const text = mdText(input);
    expect(text).not.toMatch(/[\n\r<>]/);
    expect(text).not.toMatch(/(^|[^\\])\|/);
    expect(text).not.toMatch(/(^|[^\p{L}\p{N}_])@[\p{L}\p{N}]/u);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/);
  });

  it.each([
    ['@octocat', '@\u200doctocat'],
    ['jane@example.com', 'jane@example.com'],
    ['see #123', 'see \\#\u200d123'],
    ['a | b', 'a \\| b'],
    ['**x** [y](z)', '\\*\\*x\\*\\* \\[y\\]\\(z\\)'],
    ['<b>&</b>', '&lt;b&gt;&amp;&lt;/b&gt;'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['1.2.3', '1.2.3'],
  ])('mdText(%j) = %j', (input, output) => {
    expect(mdText(input)).toBe(output);
  });

  it.each([
    ['Use `<sha>` here', 'Use `<sha>` here'],
    ['<iframe src="javascript:alert(1)"></iframe>', '&lt;iframe src="javascript:alert(1)">&lt;/iframe>'],
    ['see <https://example.com/a>', 'see <https://example.com/a>'],
    ['a < b and <!-- c -->', 'a < b and &lt;!-- c -->'],
    ['```\n<b>x</b>\n```\n<b>y</b>', '```\n<b>x</b>\n```\n&lt;b>y&lt;/b>'],
    ['**bold** _em_', '**bold** _em_'],
  ])('mdBlock(%j) = %j (Markdown kept, raw HTML neutralised)', (input, output) => {
    expect(mdBlock(input)).toBe(output);
  });

  it('encodes link paths segment by segment, parentheses included', () => {
    expect(encodePath('a b/(x)|<y>.yaml')).toBe('a%20b/%28x%29%7C%3Cy%3E.yaml');
  });
});

describe('url', () => {
  it.each([
    ['https://github.com/o/r/blob/sha', 'https://github.com/o/r/blob/sha'],
    ['  http://example.com/a b  ', 'http://example.com/a%20b'],
    ['https://x/"><script>', 'https://x/%22%3E%3Cscript%3E'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['file:///etc/passwd', undefined],
    ['not a url', undefined],
  ])('webUrl(%j) = %j', (text, url) => {
    expect(webUrl(text)).toBe(url);
  });
});

describe('xml', () => {
  it.each(HOSTILE)('%j: well-formed as text and as attribute, and reads back', (input, visible) => {
    const doc = `<r a="${xmlAttr(input)}">${xmlText(input)}</r>`;
    expect(XMLValidator.validate(doc)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: true, parseAttributeValue: false }).parse(doc);
    expect(parsed.r['#text'] ?? '').toBe(visible);
    expect(parsed.r['@_a']).toBe(visible);
  });

  it('drops characters XML 1.0 forbids', () => {
    expect(xmlText('a\u0000b\u000bc\ufffed\uffffe\ud800f')).toBe('abcde\ufffdf');
  });
});

describe('csv', () => {
  it.each(HOSTILE)('%j: one field that parses back, never a formula', (input, visible) => {
    const [row] = parseCsv(csvRow([input, 'next']), { relax_quotes: false }) as string[][];
    expect(row).toHaveLength(2);
    expect(row[1]).toBe('next');
    expect(row[0]).not.toMatch(/^[=+\-@\t\r]/);
    expect(row[0].replace(/^'(?=[=+\-@\t\r])/, '')).toBe(visible);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
  ])('csvField(%j) = %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('ends records with CRLF and leaves numbers alone', () => {
    expect(csvRow(['a', 12, undefined])).toBe('a,12,\r\n');
  });
});
