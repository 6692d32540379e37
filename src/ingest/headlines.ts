/**
 * Headlines in title case ("EU Delivers Coastal Radar Systems to the Philippines"), where every longer word is capitalised
 * and capitals no longer mark a name.
 */
import { isCapitalised, type Token } from '../text/tokens';

/** Whether the words of one line are written in title case: most of their longer words capitalised. */
export function inTitleCase(line: readonly Token[]): boolean {
  const long = line.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text));
  return long.length >= 4 && long.filter((t) => isCapitalised(t.text)).length >= long.length * 0.8;
}

/** The lines of the text, as ranges of their tokens [first, end). */
export function tokenLines(text: string, tokens: readonly Token[]): [number, number][] {
  const lines: [number, number][] = [];
  let lineStart = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !/\n/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    lines.push([lineStart, k]);
    lineStart = k;
  }
  return lines;
}

/**
 * The tokens [first, end) of the article's headline when it is written in title case: its first line, or its second after
 * a first line that says what the text is (a disclaimer, in lower case), with the text below it; undefined otherwise (a
 * passage of one line full of names, or a first line that is a sentence, is no headline).
 */
export function titleCaseHeadline(text: string, tokens: readonly Token[]): [number, number] | undefined {
  const lines = tokenLines(text, tokens);
  return lines.slice(0, 2).find(([first, end], n) => n < lines.length - 1 && headlineLike(text, tokens, first, end));
}

/**
 * Whether a line of tokens [first, end) reads as a headline: in title case, and no sentence (no word of three small letters
 * or more ends with a full stop there; "Vice Adm." may).
 */
export function headlineLike(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  if (end <= first || !inTitleCase(tokens.slice(first, end))) return false;
  return !/\p{Ll}{3}[.!?](?:\s|$)/u.test(text.slice(tokens[first]!.start, tokens[end - 1]!.end + 1));
}
