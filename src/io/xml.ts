/**
 * Careful XML text: escaping for element text and attribute values, and the characters
 * XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF), which are
 * replaced by U+FFFD rather than written as a file no parser accepts.
 */
import type { ImportProblem } from './importProblems';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML_10 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_10, '\uFFFD');
}

/** Element text; a carriage return is written as a reference, since parsers turn a raw one into \n. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values also escape quotes and the white space a parser would otherwise normalise. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

/**
 * Refuses what no graph file needs and XML parsers may mishandle: a DOCTYPE (entity
 * expansion, external entities) and encodings other than UTF-8. Returns the problem, or null.
 */
export function unsafeXmlReason(text: string): ImportProblem | null {
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text);
  if (doctype) return { code: 'doctype', line: text.slice(0, doctype.index).split('\n').length };
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(text)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) return { code: 'encoding', encoding: declared };
  return null;
}
