import { escapeHtml as e, safeHref } from '../escape/html.js';
import { lineUrl } from '../markdown/format.js';

/** `path:line:column`, linked to `linkBase/path#Lline` when a safe http(s) link base is given. */
export function locationLink(path: string, line: number, column: number, linkBase: string | undefined): string {
  const text = e(`${path}:${line}:${column}`);
  const href = safeHref(lineUrl(linkBase, path, line));
  return href ? `<a href="${href}">${text}</a>` : text;
}
