/**
 * "Theo đó, Bản ghi nhớ tập trung vào …, trong khi Kế hoạch hợp tác cụ thể hóa …", "The MoU covers …; the Letter
 * of Intent concerns …": where an article names several instruments, a reference made of one's genre word stands for
 * the instrument so named, not for the article's leading one. Read only when the leading instrument's name does not
 * hold that word itself (then "Bản ghi nhớ" is still the article's own memorandum).
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { refKey, type EndRef } from './types';

/** Reference phrases (folded) and the genre words (folded) of the names they stand for. */
const GENRES = new Map<string, string[][]>(
  Object.entries({
    'the mou': ['memorandum of understanding', 'mou'],
    'the memorandum': ['memorandum'],
    'the action plan': ['action plan'],
    'the plan': ['plan'],
    'the agreement': ['agreement'],
    'the treaty': ['treaty'],
    'the declaration': ['declaration'],
    'the arrangement': ['arrangement'],
    'the roadmap': ['roadmap'],
    'the contract': ['contract'],
    'the joint statement': ['joint statement'],
    'ban ghi nho': ['ban ghi nho', 'bien ban ghi nho'],
    'bien ban ghi nho': ['bien ban ghi nho', 'ban ghi nho'],
    'ke hoach': ['ke hoach'],
    'ke hoach nay': ['ke hoach'],
    'thoa thuan': ['thoa thuan'],
    'thoa thuan nay': ['thoa thuan'],
    'hiep dinh': ['hiep dinh'],
    'hiep dinh nay': ['hiep dinh'],
    'thu y dinh': ['thu y dinh', 'y dinh thu'],
    'y dinh thu': ['y dinh thu', 'thu y dinh'],
    'nghi dinh thu': ['nghi dinh thu'],
    'cong ham': ['cong ham'],
    'tuyen bo chung': ['tuyen bo chung'],
    'lo trinh': ['lo trinh'],
  }).map(([phrase, genres]) => [phrase, genres.map((g) => g.split(' '))]),
);

/** Whether `words` hold `genre` as consecutive words: at their start in Vietnamese, anywhere in English ("Letter of Intent on …"). */
function holds(words: string[], genre: string[], language: 'vi' | 'en'): boolean {
  const match = (at: number) => genre.every((w, k) => words[at + k] === w);
  if (language === 'vi') return match(0);
  for (let at = 0; at + genre.length <= words.length; at++) if (match(at)) return true;
  return false;
}

/**
 * For the reference tokens[first..last], the instrument it names by its genre when that is not the leading one: the latest
 * such name before it (one named after it is another: "… Hiệp định khung … (FPA). Trong khuôn khổ Hiệp định Đối tác …").
 * The article's named instruments are read once, each genre's in the text's order, so a long article costs a look-up per
 * reference, not a pass over its names.
 */
export function instrumentsByGenre(tokens: Token[], slots: readonly Slot[], language: 'vi' | 'en'): (first: number, last: number, leading: EndRef | undefined) => Slot | undefined {
  const instruments = slots.filter((s) => !s.viaReference && s.kind === 'agreement').map((slot) => ({ slot, words: tokens.slice(slot.first, slot.last + 1).map((t) => t.folded) }));
  const byPhrase = new Map<string, Slot[]>();
  return (first, last, leading) => {
    const phrase = tokens.slice(first, last + 1).map((t) => t.folded).join(' ');
    const genres = GENRES.get(phrase);
    if (!genres) return undefined;
    if (!byPhrase.has(phrase)) byPhrase.set(phrase, instruments.filter((n) => genres.some((g) => holds(n.words, g, language))).map((n) => n.slot));
    const named = byPhrase.get(phrase)!;
    if (named.length === 0 || (leading && named.some((s) => refKey(s.ref) === refKey(leading)))) return undefined;
    let latest: Slot | undefined;
    for (const s of named) if (s.last < first) latest = s;
    return latest;
  };
}
