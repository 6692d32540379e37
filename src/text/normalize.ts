/** Vietnamese text is stored and compared in NFC (composed) form. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/**
 * An article as the corpus keeps it: no byte-order mark, LF line endings, NFC. Offsets into
 * the result are the offsets every proposal and evidence record uses.
 */
export function normalizeArticle(text: string): string {
  return toNfc(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}
