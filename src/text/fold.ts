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

/**
 * The same folding as `foldForSearch`, one UTF-16 unit for one, so an offset found in the
 * folded text is the offset in the original. A character whose folding would change the
 * length (a surrogate half, "İ") is only kept as it is.
 */
export function foldKeepLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      out += char.toLowerCase();
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      out += char;
      continue;
    }
    let folded = FOLDED_CHARS.get(char);
    if (folded === undefined) {
      const f = char === 'đ' || char === 'Đ' ? 'd' : char.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
      folded = f.length === 1 ? f : char;
      FOLDED_CHARS.set(char, folded);
    }
    out += folded;
  }
  return out;
}

/** Per-character folds, computed once: normalising each character anew dominates matching a large vocabulary. */
const FOLDED_CHARS = new Map<string, string>();

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A Vietnamese word in lower case with its tone, wherever the writer put the mark: "ủy" and "uỷ",
 * "hòa" and "hoà" are one key; "trưởng" (chief) and "trường" (school) are two, as folding would not keep them.
 */
export function toneKey(word: string): string {
  let key = toneKeys.get(word);
  if (key === undefined) {
    const parts = word.toLowerCase().normalize('NFD');
    key = parts.replace(TONE_MARKS, '').normalize('NFC') + (parts.match(TONE_MARKS)?.[0] ?? '');
    // Words repeat: rules ask for the same ones again and again. A bounded memory, for a long-running server.
    if (toneKeys.size > 50_000) toneKeys.clear();
    toneKeys.set(word, key);
  }
  return key;
}
const toneKeys = new Map<string, string>();
