/** Helpers over a token list: what stands between two words, and phrase look-ups by folded words. */
import type { Token } from '../text/tokens';

/** Punctuation between two words that ends a name (a dash or a hyphen does not). */
const BREAK = /[,.;:!?()“”"«»\n[\]]/;

export function joined(text: string, tokens: Token[], left: number): boolean {
  const a = tokens[left];
  const b = tokens[left + 1];
  return a !== undefined && b !== undefined && !BREAK.test(text.slice(a.end, b.start));
}

/** Each phrase's words, split once: phraseAt runs for every token and every rule's phrases. */
const PHRASE_WORDS = new Map<string, string[]>();

/** Whether the folded words of `phrase` ("trong linh vuc") stand at `at`, joined. */
export function phraseAt(text: string, tokens: Token[], at: number, phrase: string): boolean {
  let words = PHRASE_WORDS.get(phrase);
  if (!words) PHRASE_WORDS.set(phrase, (words = phrase.split(' ')));
  for (let k = 0; k < words.length; k++) {
    if (tokens[at + k]?.folded !== words[k]) return false;
    if (k > 0 && !joined(text, tokens, at + k - 1)) return false;
  }
  return true;
}

export function spanOf(text: string, tokens: Token[], first: number, last: number) {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, quote: text.slice(start, end) };
}
