/** Helpers over a token list: what stands between two words, and phrase look-ups by folded words. */
import { isCapitalised, type Token } from '../text/tokens';
import { toneKey } from '../text/fold';

/** Punctuation between two words that ends a name (a dash or a hyphen does not). */
const BREAK = /[,.;:!?()“”"«»\n[\]]/;

export function joined(text: string, tokens: Token[], left: number): boolean {
  const a = tokens[left];
  const b = tokens[left + 1];
  if (a === undefined || b === undefined) return false;
  const gap = text.slice(a.end, b.start);
  // "phòng, chống" (prevent and combat) is one phrase of official names, its comma included.
  // So are "tìm kiếm, cứu nạn" (search and rescue), "cứu hộ, cứu nạn" (rescue and relief) and "quản lý, bảo vệ biên giới"
  // (manage and protect the border).
  return !BREAK.test(gap) || (gap === ', ' && ((a.folded === 'phong' && b.folded === 'chong') || COMMA_PAIRS.some(([before, last, next]) => a.folded === last && b.folded === next && tokens[left - 1]?.folded === before)));
}
/** Two-word verbs an official name joins by a comma, folded: the first's words, then the second's first word. */
const COMMA_PAIRS = [['tim', 'kiem', 'cuu'], ['cuu', 'ho', 'cuu'], ['quan', 'ly', 'bao']];

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

/** The marks that close a quotation or a bracket, and the mark that opens each. */
const OPENING: Record<string, string> = { '”': '“', '’': '‘', ')': '(', '»': '«' };

/** The text of tokens first..last; a mark it opens inside and that closes right after it is its own (“bốn không”). */
export function spanOf(text: string, tokens: Token[], first: number, last: number) {
  const start = tokens[first]!.start;
  let end = tokens[last]!.end;
  const open = OPENING[text[end] ?? ''];
  if (open) {
    const inside = text.slice(start, end);
    if (inside.split(open).length > inside.split(text[end]!).length) end++;
  }
  return { start, end, quote: text.slice(start, end) };
}

/**
 * A list of phrases looked up by their first word, so that asking "which phrase stands here?" at
 * every word of an article costs one map look-up, not a pass over the list. Longest first, so
 * "trong các lĩnh vực như" wins over "trong các lĩnh vực"; ties keep the list's order.
 */
export type PhraseIndex<T> = Map<string, { words: string[]; phrase: string; value: T }[]>;

export function phraseIndex<T>(entries: [string, T][]): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  entries.forEach(([phrase, value]) => {
    const words = phrase.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ words, phrase, value });
    index.set(words[0]!, list);
  });
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The longest phrase of the index standing at `at` (its words joined), if any. */
export function phraseFrom<T>(index: PhraseIndex<T>, text: string, tokens: Token[], at: number): { words: string[]; phrase: string; value: T } | undefined {
  const list = index.get(tokens[at]?.folded ?? '');
  if (!list) return undefined;
  for (const entry of list) {
    let ok = true;
    for (let k = 1; k < entry.words.length && ok; k++) ok = tokens[at + k]?.folded === entry.words[k] && joined(text, tokens, at + k - 1);
    if (ok) return entry;
  }
  return undefined;
}

/**
 * The last capitalised word of words `first`…`last` when `last` is in lower case, as an English office's title written after its
 * body ("Philippine Coast Guard | spokesperson"); -1 when `last` is capitalised or no capitalised word follows `first`.
 */
export function bodyEndBeforeTitle(tokens: Token[], first: number, last: number): number {
  if (last <= first || isCapitalised(tokens[last]!.text)) return -1;
  let end = last;
  while (end > first && !isCapitalised(tokens[end]!.text)) end--;
  return end > first ? end : -1;
}

/** Whether `written` stands at `at` with the same tones, wherever the marks are put: "học viện" (academy), not "học viên" (students). */
export function tonedPhraseAt(tokens: Token[], at: number, written: string): boolean {
  return written.split(' ').every((word, k) => tokens[at + k] !== undefined && toneKey(tokens[at + k]!.text) === toneKey(word));
}

/** Whether word `k` is an owner's, its "'s" right after it: "Viet Nam | 's Ministry …", "the Coast Guard | 's spokesperson". */
export function ownersAt(text: string, tokens: Token[], k: number): boolean {
  const s = tokens[k + 1];
  return s?.text === 's' && /^['’]$/.test(text.slice(tokens[k]!.end, s.start));
}

/** The first owner's word from `from` to before `to` (see `ownersAt`), or -1. */
export function ownerWithin(text: string, tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (ownersAt(text, tokens, k)) return k;
  return -1;
}
