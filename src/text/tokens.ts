/**
 * Words with their offsets. A word is a run of letters, marks and digits; syllables joined by a
 * hyphen or an apostrophe stay one word ("Bu-đa-pét", "U-crai-na"), so a transliterated name
 * is matched as a whole.
 */
import { foldKeepLength } from './fold';

export type Token = {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** Folded (case, diacritics, đ → d), same length as `text`. */
  folded: string;
};

// An English possessive ("the UK's") is not part of the name: "'s" stands apart.
// Initials with dots ("U.S.", "U.K.") are one word, and so is an abbreviation with its plus ("ADMM+", the ADMM-Plus).
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{Lu}\p{N}]+\+(?![\p{L}\p{M}\p{N}+])|[\p{L}\p{M}\p{N}]+(?:(?:[-‐]|['’](?![sS](?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const folded = foldKeepLength(text);
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ start, end, text: match[0], folded: folded.slice(start, end) });
  }
  return tokens;
}

/** A name's words, folded, for matching: "Công ước Bu-đa-pét" → ["cong", "uoc", "bu-da-pet"]. */
export function foldedWords(name: string): string[] {
  return tokenize(name).map((t) => t.folded);
}

/** Starts with an upper-case letter: how Vietnamese marks the syllables of a proper name. */
export function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** An English ordinal written in figures: "48th", "2nd" (an edition, before a meeting's name). */
export const isOrdinal = (word: string): boolean => /^\d{1,3}(?:st|nd|rd|th)$/.test(word);

/** Every letter upper case and at least two of them: an acronym (EU, CSDP, HĐBA). */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
