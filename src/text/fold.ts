/**
 * Search key: lower case, no diacritics, đ → d, runs of spaces and hyphens collapsed.
 * NFD splits "ế" into "e" + combining marks, which we drop; "đ" is its own letter
 * (NFD does not decompose it), so it is mapped by hand.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\-‐‑–—_]+/g, ' ')
    .trim();
}
