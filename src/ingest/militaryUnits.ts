/**
 * Numbered military units, which Vietnamese names by a number or "số N" rather than by capitalised
 * words alone: "Vùng 4 Hải quân", "Quân khu 2", "Lữ đoàn 170", "Đội Công binh số 4", "Bệnh viện
 * Dã chiến cấp 2 số 3". Each is a body.
 */
import { isCapitalised, type Token } from '../text/tokens';
import { isCompound } from './compounds';
import { RANKS_VI, VI_FAMILY_NAMES } from './nameLexicon';
import { foldKeepLength } from '../text/fold';
import { joined, phraseAt } from './tokenSpans';
import type { RawCandidate } from './types';

/** Unit words that take a number right after them ("Bộ Tư lệnh 86", the cyber command). */
const NUMBERED = ['bo tu lenh', 'vung', 'quan khu', 'quan doan', 'su doan', 'lu doan', 'trung doan', 'tieu doan', 'dai doi', 'trung doi', 'tieu doi', 'phan doi', 'hai doi', 'hai doan', 'binh doan'];
/** Words a number counts, after it: "Quân khu Thủ đô | 2 đơn vị" is two units of the capital's military region. */
const COUNTED = new Set(['đơn', 'tàu', 'người', 'cán', 'chiến', 'binh', 'sĩ', 'quân', 'học', 'chiếc', 'lượt', 'máy', 'xe', 'khẩu', 'tấn', 'triệu', 'tỷ', 'nghìn', 'đoàn', 'đội', 'tập']);
/** Ranks of two words (folded), which open a person's name after a unit's: "Quân khu 7 | Trung tướng Trần Hoài Trung". */
const RANKS = RANKS_VI.filter((rank) => rank.includes(' ')).map(foldKeepLength);

/** Unit words whose name ends with "số N". */
const BY_NUMBER = ['doi', 'benh vien', 'to'];

/** Every unit word, numbered either way. */
const UNIT_WORDS = [...NUMBERED, ...BY_NUMBER];

/** How many words of a unit word stand at capitalised word `i` ("Đại đội", "Tiểu đoàn" …), or 0. */
export function unitWordAt(text: string, tokens: Token[], i: number): number {
  if (!isCapitalised(tokens[i]?.text ?? '')) return 0;
  return NUMBERED.find((w) => phraseAt(text, tokens, i, w))?.split(' ').length ?? 0;
}

/** The last word of a numbered unit's name that starts at capitalised word `i`, or -1. */
export function unitEnd(text: string, tokens: Token[], i: number, limit: number): number {
  if (!isCapitalised(tokens[i]?.text ?? '')) return -1;
  const number = (k: number) => /^\d{1,4}$/.test(tokens[k]?.text ?? '');
  const numbered = NUMBERED.find((w) => phraseAt(text, tokens, i, w));
  if (numbered) {
    let at = i + numbered.split(' ').length;
    // "Vùng Cảnh sát biển 3": the service first, then the number.
    const service = at;
    while (isCapitalised(tokens[service]?.text ?? '') && at < limit && at - service < 4 && !number(at) && joined(text, tokens, at - 1)) at++;
    if (at > service && number(at) && joined(text, tokens, at - 1) && !COUNTED.has(tokens[at + 1]?.text ?? '')) return at;
    at = service;
    if (at >= limit || !number(at) || !joined(text, tokens, at - 1)) return -1;
    let last = at;
    // "Vùng 4 Hải quân", "Quân khu 7 Bộ đội": the service the unit belongs to, capitalised after the number, up to a rank
    // (a word's second syllable in lower case: "Hải quân", but not a word it runs into: "Hải quân | chủ trì").
    // Nor into a person's name ("Đại đội trưởng Đại đội 3 | Phạm Văn Lợi"), nor another unit's or a hospital's ("Phân đội 4 |
    // Bệnh viện dã chiến cấp 2 số 6").
    const rank = (k: number) => RANKS.some((words) => phraseAt(text, tokens, k, words));
    // (A person's name of three syllables or more: "Thái Lan", of "Hải quân Hoàng gia Thái Lan", is a state.)
    const person = (k: number) => VI_FAMILY_NAMES.has(tokens[k]!.text.toLowerCase()) && isCapitalised(tokens[k + 1]?.text ?? '') && isCapitalised(tokens[k + 2]?.text ?? '');
    const anotherUnit = (k: number) => UNIT_WORDS.some((w) => phraseAt(text, tokens, k, w));
    const ends = (k: number) => rank(k) || person(k) || anotherUnit(k);
    while (last + 1 < limit && joined(text, tokens, last) && !ends(last + 1) && (isCapitalised(tokens[last + 1]!.text) || (last > at && isCapitalised(tokens[last]!.text) && isCompound(tokens[last]!.text, tokens[last + 1]!.text)))) last++;
    return last;
  }
  if (!BY_NUMBER.some((w) => phraseAt(text, tokens, i, w))) return -1;
  // "Đội Công binh số 4", "Bệnh viện Dã chiến cấp 2 số 3": up to six words before "số N".
  for (let k = i + 1; k < Math.min(limit - 1, i + 7) && joined(text, tokens, k - 1); k++) {
    if (tokens[k]!.folded === 'so' && number(k + 1) && joined(text, tokens, k)) return k + 1;
  }
  // "Bệnh viện Trung ương Quân đội 108", "Bệnh viện Quân y 175": a military hospital, its capitalised name, then its number.
  if (!phraseAt(text, tokens, i, 'benh vien')) return -1;
  // (A word's second syllable is in lower case: "Trung ương", "Quân đội". Its number has two or three digits, counting nothing.)
  let k = i + 2;
  const word = (at: number) => isCapitalised(tokens[at]!.text) || (isCapitalised(tokens[at - 1]!.text) && isCompound(tokens[at - 1]!.text, tokens[at]!.text));
  while (k < limit && k - i < 7 && word(k) && joined(text, tokens, k - 1)) k++;
  return k > i + 2 && k < limit && /^\d{2,3}$/.test(tokens[k]!.text) && joined(text, tokens, k - 1) && !COUNTED.has(tokens[k + 1]?.text ?? '') && !['năm', 'ngày', 'tháng'].includes(tokens[k + 1]?.text ?? '') ? k : -1;
}

export function militaryUnits(ctx: { text: string; tokens: Token[]; sentenceEnd: number[] }): RawCandidate[] {
  const out: RawCandidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const last = unitEnd(ctx.text, ctx.tokens, i, ctx.sentenceEnd[i]!);
    if (last < 0) continue;
    out.push({ first: i, last, kind: 'actor', rule: 'name-head', score: 0.75, category: 'body' });
    i = last;
  }
  return out;
}
