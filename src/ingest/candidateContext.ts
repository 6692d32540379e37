/**
 * What every candidate rule reads: the article's tokens and sentences, the known names that cover
 * them, and small look-ups over them (a name's head, a capitalised word, the tokens inside a span).
 */
import type { CuratedKind as Kind } from './types';
import { isCapitalised, type Token } from '../text/tokens';
import { foldKeepLength } from '../text/fold';
import type { TokenMention } from './mentions';
import type { EnglishWords } from './english';
import { englishHead } from './englishNames';
import { phraseAt, phraseIndex, tonedPhraseAt } from './tokenSpans';
import { NAME_HEADS } from './wordLists';

export type Context = {
  text: string;
  tokens: Token[];
  /** For each token, the index of the first token of its sentence. */
  sentenceStart: number[];
  /** For each token, one past the last token of its sentence. */
  sentenceEnd: number[];
  /** For each token, the known mention covering it, if any. */
  covered: (TokenMention | undefined)[];
  headKinds: Map<string, Kind>;
  domainBigrams: Set<string>;
  /** The kind of the known entity mentioned at a token, if any. */
  knownKind: (token: number) => Kind | undefined;
  /** For English text: what wink-nlp says about each word. */
  english?: EnglishWords;
};

const HEAD_INDEX = phraseIndex(NAME_HEADS);
const NAME_HEAD_ORDER = new Map(NAME_HEADS.map(([phrase], i) => [phrase, i]));

export function headAt(ctx: Context, at: number): [number, Kind] | undefined {
  // The first head of the list that stands here, as the list orders them.
  const list = HEAD_INDEX.get(ctx.tokens[at]?.folded ?? '');
  if (!list) return undefined;
  let best: { words: string[]; phrase: string; value: Kind; order: number } | undefined;
  for (const entry of list) {
    if (!phraseAt(ctx.text, ctx.tokens, at, entry.phrase)) continue;
    const order = NAME_HEAD_ORDER.get(entry.phrase)!;
    if (!best || order < best.order) best = { ...entry, order };
  }
  if (best && TONED_HEADS.has(best.phrase) && !tonedPhraseAt(ctx.tokens, at, TONED_HEADS.get(best.phrase)!)) return undefined;
  // "các nước đối tác Australia, Hoa Kỳ …": partner countries, no partnership.
  if (best?.phrase === 'doi tac' && ctx.tokens[at - 1]?.text.toLowerCase() === 'nước') return undefined;
  // "Sở dĩ …" (the reason why) opens a sentence, no department.
  if (best?.phrase === 'so' && ctx.tokens[at + 1]?.text.toLowerCase() === 'dĩ') return undefined;
  // "Đồn trưởng Đồn Biên phòng …": the post's chief, an office, opens no post's name.
  if (best?.phrase === 'don' && ctx.tokens[at + 1]?.text.toLowerCase() === 'trưởng') return undefined;
  // "Đại diện Văn phòng …" (opening a sentence, before a body's name; or the long form before its abbreviation): its
  // representative, no body named "Đại diện …".
  if (best?.phrase === 'dai dien' && cap(ctx, at + 2) && (headAt(ctx, at + 2) !== undefined || LOWER_CASE_NAMED.some((head) => phraseAt(ctx.text, ctx.tokens, at + 2, head)))) return undefined;
  return best && [best.words.length, ctx.headKinds.get(best.phrase) ?? best.value];
}

/**
 * Whether the head `head` at `k` is a framework's with no name of its own after it ("… và Hiến pháp | của Quốc hội", not "Hiến
 * pháp năm 2013"), or a plan's right before a body's head.
 */
export function bareFramework(ctx: Context, k: number, head: [number, Kind]): boolean {
  const after = ctx.tokens[k + head[0]];
  // ("Cục Chính sách và Kế hoạch | Bộ Quốc phòng Mông Cổ": planning, a department's second field, before the ministry it is of.)
  const planning = ctx.tokens[k]!.text === 'Kế' && after !== undefined && headAt(ctx, k + head[0])?.[1] === 'actor';
  return planning || (head[1] === 'framework' && (!after || (!cap(ctx, k + head[0]) && !/\d/.test(after.text) && after.folded !== 'nam')));
}

/** Heads of agencies and schools whose names go on in lower case after their first capitalised word. */
export const LOWER_CASE_NAMED = ['tong cuc', 'cuc', 'to chuc', 'trung tam', 'hoc vien', 'truong', 'van phong', 'co quan'];

/** Heads whose folded words are other words too, read with their tones: "học viện" (academy), not "học viên" (students); "trường" (school), not "trưởng" (chief). */
const TONED_HEADS = new Map(['học viện', 'cục', 'vụ', 'sở', 'đồn', 'hội', 'trường', 'khóa học', 'quỹ', 'quân chủng', 'binh chủng', 'dàn nhạc', 'bảo tàng'].map((head) => [foldKeepLength(head), head]));

// Outside the text (before its first word, after its last) nothing is capitalised.
export const cap = (ctx: Context, i: number) => isCapitalised(ctx.tokens[i]?.text ?? '');
export const englishKind = (ctx: Context, first: number, last: number): Kind | undefined => englishHead(ctx.tokens, first, last)?.kind;
export const folded = (ctx: Context, i: number) => ctx.tokens[i]?.folded ?? '';

/**
 * The tokens that lie inside text[start, end): a run of neighbours, found by binary search (an
 * article of many brackets or quotes would otherwise scan every token for each).
 */
export function tokensWithin(ctx: Context, start: number, end: number): number[] {
  const found: number[] = [];
  for (let i = firstTokenFrom(ctx, (t) => t.start >= start); i < ctx.tokens.length && ctx.tokens[i]!.end <= end; i++) found.push(i);
  return found;
}

/** The first token that passes a test which, once passed, every later token passes too. */
export function firstTokenFrom(ctx: Pick<Context, 'tokens'>, test: (token: Token) => boolean): number {
  let low = 0;
  let high = ctx.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(ctx.tokens[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first token that starts at or after an offset, or -1. */
export function tokenFrom(ctx: Pick<Context, 'tokens'>, offset: number): number {
  const i = firstTokenFrom(ctx, (t) => t.start >= offset);
  return i < ctx.tokens.length ? i : -1;
}
