import { clean } from './clean.js';

/** Characters outside XML 1.0's `Char` production (after `clean`): U+FFFE, U+FFFF. */
const ILLEGAL = /[\ufffe\uffff]/g;
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const ATTR: Record<string, string> = { ...TEXT, '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Removes every character XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) plus ANSI and bidi overrides. */
export function xmlSafe(value: unknown): string {
  return clean(value).replace(ILLEGAL, '');
}

/** Escapes for XML character data (element content). Never uses CDATA, so `]]>` is harmless. */
export function xmlText(value: unknown): string {
  return xmlSafe(value).replace(/[&<>"']/g, (c) => TEXT[c]);
}

/** Escapes for a double-quoted XML attribute value; tabs and line breaks survive attribute normalisation. */
export function xmlAttr(value: unknown): string {
  return xmlSafe(value).replace(/[&<>"'\n\r\t]/g, (c) => ATTR[c]);
}
