import { clean } from './clean.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes any value for HTML text or a quoted attribute value: `& < > " '` become entities and
 * control/bidi characters are removed, so untrusted text can never open a tag or leave an attribute.
 */
export function escapeHtml(value: unknown): string {
  return clean(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An `href` value only for http(s) URLs (anything else, e.g. `javascript:`, yields undefined). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return escapeHtml(url);
}
