/**
 * "The operation", "the mission", "the course"; "Đợt tìm kiếm có sự tham gia của …", "Văn phòng
 * cho biết …": a phrase made of a name's head alone points back to the latest name before it with
 * that head ("Operation Atalanta", "đợt tìm kiếm chung lần thứ 158", "Văn phòng Tìm kiếm người mất
 * tích Việt Nam"). Read where it stands, as a name of that entity for the clause rules. A head no
 * earlier name has points nowhere: "the region" is no reference when no region was named.
 */
import { isCapitalised, type Token } from '../text/tokens';
import type { Slot } from './constructions';
import { joined } from './tokenSpans';
import { COURSE_HEADS, NAME_HEADS } from './wordLists';
import { ENGLISH_HEADS, ENGLISH_LEADING_HEADS } from './nameLexicon';

/** Vietnamese words that count an occasion, as written ("đợt", not "đột"; "chuyến", not "chuyên"): a name may go without one. */
const CLASSIFIERS = new Set(['đợt', 'cuộc', 'buổi', 'chuyến']);
/** Words that make a head plural, as written ("những", not "nhưng"; "hai", not "hải"): "các học viện" are not the academy named before. */
const PLURALS = new Set(['các', 'những', 'hai', 'nhiều']);
/** The one-word heads of English names: "the operation" points back to "Operation Atalanta", "the naval vessels" not to "Naval Academy". */
const ENGLISH_HEAD_WORDS = new Set([...ENGLISH_HEADS, ...ENGLISH_LEADING_HEADS].map(([head]) => head).filter((head) => !head.includes(' ')));
/**
 * Heads of bodies' and programmes' names, which a Vietnamese article writes alone, capitalised, for the body or the
 * programme ("Văn phòng", "Học viện"; "Dự án tập trung vào …", "Chương trình góp phần …", "Theo Tuyên bố, …", "Biên bản
 * được ký bởi …").
 */
const PROGRAMME_HEADS = ['du an', 'chuong trinh', 'tam nhin', 'tuyen bo', 'bien ban', 'quy che'];
const BODY_HEADS = NAME_HEADS.filter(([head, kind]) => (kind === 'actor' && head.includes(' ')) || PROGRAMME_HEADS.includes(head)).map(([head]) => head.split(' '));
/** Heads a quoted title follows ('Dự án "Tăng cường năng lực …"'). */
const QUOTED_TITLE_HEADS = ['du an', 'chuong trinh'].map((head) => head.split(' '));
/** Heads that open a sentence as a verb too ("Tuyên bố khai mạc Hội nghị, …"): read as a reference only inside one. */
const VERBS_TOO = new Set(['tuyen bo']);
/**
 * Two-word heads of events' names, which a Vietnamese article writes alone, capitalised, for the event ("Triển lãm nhằm …"); of
 * a longer head, its first two words ("Tại tham khảo, …" for the "Tham khảo chính trị …").
 */
const EVENT_HEADS = [...new Set(NAME_HEADS.filter(([head, kind]) => kind === 'event' && head.split(' ').length >= 2).map(([head]) => head.split(' ').slice(0, 2).join(' ')))];
/** Heads of events' names of three words ("phiên thảo luận"), read whole where their first two point back. */
const LONG_EVENT_HEADS = NAME_HEADS.filter(([head, kind]) => kind === 'event' && head.split(' ').length === 3).map(([head]) => head);
/** Heads too common to point anywhere alone: "the state", "the people". */
const TOO_COMMON = new Set(['state', 'states', 'people', 'country', 'countries', 'government', 'nation', 'nations', 'forces', 'force', 'region', 'sea', 'ocean', 'world', 'international', 'security', 'defence', 'defense', 'two', 'first', 'second', 'new', 'joint']);

type Named = { slot: Slot; words: string[] };
/** The names that may be pointed back to, by the key of their head, each list in the order the names end. */
type HeadIndex = Map<string, Named[]>;

/** Slots for the heads no name or other reference covers (`occupied`), each standing for the latest earlier name with that head. */
export function headReferenceSlots(text: string, tokens: Token[], occupied: boolean[], slots: readonly Slot[], language: 'vi' | 'en'): Slot[] {
  const named: Named[] = slots
    .filter((s) => !s.viaReference && !['person', 'office', 'state'].includes(s.category ?? ''))
    .map((slot) => ({ slot, words: tokens.slice(slot.first, slot.last + 1).map((t) => t.folded) }))
    .sort((a, b) => a.slot.last - b.slot.last);
  // Indexed once, so that a long article costs a look-up per "the", not a pass over all its names.
  const index: HeadIndex = new Map();
  const add = (key: string, n: Named) => {
    const list = index.get(key) ?? [];
    if (list.at(-1) !== n) list.push(n);
    index.set(key, list);
  };
  for (const n of named) for (const key of language === 'en' ? englishKeys(tokens, n) : vietnameseKeys(text, tokens, n)) add(key, n);
  const out: Slot[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i]) continue;
    const found = language === 'en' ? englishHead(text, tokens, i, index) : vietnameseHead(text, tokens, i, index);
    if (!found || occupied.slice(i, found.last + 1).includes(true)) continue;
    const { slot } = found.referent;
    out.push({ first: i, last: found.last, ref: slot.ref, kind: slot.kind, viaReference: false, ...(slot.category ? { category: slot.category } : {}) });
    i = found.last;
  }
  return out;
}

/** The latest of the names under `key` that ends before `at`. */
function latestBefore(index: HeadIndex, key: string, at: number): Named | undefined {
  const list = index.get(key);
  if (!list) return undefined;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.slot.last < at) low = mid + 1;
    else high = mid;
  }
  return list[low - 1];
}

/** An English name is pointed back to by its head, written with a capital: "Operation Atalanta" by "the operation". */
function englishKeys(tokens: Token[], n: Named): string[] {
  const capitalised = n.words.filter((w, k) => ENGLISH_HEAD_WORDS.has(w) && isCapitalised(tokens[n.slot.first + k]!.text));
  // An instrument or an event named in lower case ("an assistance measure", "a memorandum of understanding on …", "a
  // regional course on …") by its own word, the first that heads a name ("the measure", "the memorandum", "the course"),
  // not its topic's.
  const lower = tokens.slice(n.slot.first, n.slot.last + 1).every((t) => !isCapitalised(t.text)) && n.slot.kind !== 'domain';
  // ("an Explosive Ordnance Disposal Level 3 course": or its kind in lower case after its name.)
  const kindAfter = !isCapitalised(tokens[n.slot.last]!.text) && ENGLISH_HEAD_WORDS.has(n.words.at(-1)!) ? n.words.at(-1) : undefined;
  const own = lower ? n.words.find((w) => ENGLISH_HEAD_WORDS.has(w)) : kindAfter;
  return own ? [...capitalised, own] : capitalised;
}

const isClassifier = (token: Token | undefined) => token !== undefined && CLASSIFIERS.has(token.text.toLowerCase());

/** A Vietnamese occasion by its words after the counting word ("đợt | tìm kiếm"), a body by its head ("Văn phòng"). */
function vietnameseKeys(text: string, tokens: Token[], n: Named): string[] {
  const keys: string[] = [];
  const own = isClassifier(tokens[n.slot.first]) ? n.words.slice(1) : n.words;
  if (n.slot.kind === 'event' && own.length > 2) keys.push(`event:${own.slice(0, 2).join(' ')}`);
  // "Khóa huấn luyện rà phá bom mìn …" is "Khóa học" after.
  if (n.slot.kind === 'event' && COURSE_HEADS.includes(own.slice(0, 3).join(' '))) keys.push('event:khoa hoc');
  for (const head of BODY_HEADS) if (n.words.length > head.length && head.every((w, k) => n.words[k] === w)) keys.push(`body:${head.join(' ')}`);
  // 'Dự án "Tăng cường năng lực …"': a quoted title after its head word is a name with that head too.
  const quoted = /^\s*["“]$/u.test(text.slice(tokens[n.slot.first - 1]?.end ?? 0, tokens[n.slot.first]!.start));
  for (const head of QUOTED_TITLE_HEADS) if (quoted && head.every((w, k) => tokens[n.slot.first - head.length + k]?.folded === w)) keys.push(`body:${head.join(' ')}`);
  return keys;
}

/** "the operation" → "Operation Atalanta": the head written with a capital inside the name. Not "the mission of …", a new description. */
function englishHead(text: string, tokens: Token[], i: number, index: HeadIndex) {
  if (tokens[i]!.folded !== 'the' && tokens[i]!.folded !== 'this') return undefined;
  // "The four-week course covers …", "The three-day meeting was hosted by …": how long it lasts says no other one.
  const lasting = /^[a-z]+-(?:day|week|month|hour)$/.test(tokens[i + 1]?.folded ?? '') && joined(text, tokens, i + 1) ? 1 : 0;
  const at = i + 1 + lasting;
  const head = tokens[at];
  if (!head || !/^\p{Ll}{4,}$/u.test(head.text) || !joined(text, tokens, i) || TOO_COMMON.has(head.folded)) return undefined;
  if (tokens[at + 1]?.folded === 'of' && joined(text, tokens, at)) return undefined;
  const singular = head.folded.endsWith('s') ? head.folded.slice(0, -1) : head.folded;
  const candidates = [latestBefore(index, head.folded, i), latestBefore(index, singular, i)].filter((n): n is Named => n !== undefined);
  const referent = candidates.sort((a, b) => b.slot.last - a.slot.last)[0];
  return referent ? { last: at, referent } : undefined;
}

/**
 * "Đợt tìm kiếm" → "đợt tìm kiếm chung lần thứ 158" (an occasion: the reference opens with its
 * counting word, the name may not); "Văn phòng" → "Văn phòng Tìm kiếm …" (a body's head, capitalised, alone);
 * "Triển lãm" → "Triển lãm Quốc phòng quốc tế Việt Nam 2026" (an event's).
 */
function vietnameseHead(text: string, tokens: Token[], i: number, index: HeadIndex) {
  const words = (from: number, n: number) => {
    const out: string[] = [];
    for (let k = 0; k < n; k++) {
      if (!tokens[from + k] || (k > 0 && !joined(text, tokens, from + k - 1))) return undefined;
      out.push(tokens[from + k]!.folded);
    }
    return out;
  };
  const continuesName = (last: number) => {
    const next = tokens[last + 1];
    return next !== undefined && joined(text, tokens, last) && isCapitalised(next.text);
  };
  if (PLURALS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return undefined;
  if (isClassifier(tokens[i])) {
    const head = words(i + 1, 2);
    if (!head || continuesName(i + 2)) return undefined;
    const referent = latestBefore(index, `event:${head.join(' ')}`, i);
    return referent ? { last: i + 2, referent } : undefined;
  }
  // "Đồng chủ trì tham vấn là …", "Tham dự hội thảo có …": after who chaired or attended, a meeting's head in lower case is the noun.
  const afterChairOrAttend = i > 0 && ['trì', 'dự'].includes(tokens[i - 1]!.text.toLowerCase()) && joined(text, tokens, i - 1);
  // "Tại tham khảo, hai bên nhất trí …": a sentence that opens with where it was said, at the meeting named before.
  const opensAt = i > 0 && ['tại', 'trong'].includes(tokens[i - 1]!.text.toLowerCase()) && (i === 1 || /[.!?\n]/.test(text.slice(tokens[i - 2]!.end, tokens[i - 1]!.start)));
  // "Việt Nam và Pháp đều là thành viên của tổ chức này": a body's head in lower case, then "này" (this), is the latest body so named.
  if (!isCapitalised(tokens[i]!.text)) {
    for (const head of BODY_HEADS) {
      const here = words(i, head.length + 1);
      if (!here || !head.every((w, k) => here[k] === w) || tokens[i + head.length]!.text !== 'này') continue;
      const referent = latestBefore(index, `body:${head.join(' ')}`, i);
      if (referent) return { last: i + head.length, referent };
    }
  }
  if (!isCapitalised(tokens[i]!.text) && !afterChairOrAttend && !opensAt) return undefined;
  const eventHead = words(i, 2);
  if (eventHead && EVENT_HEADS.includes(eventHead.join(' ')) && !continuesName(i + 1)) {
    const referent = latestBefore(index, `event:${eventHead.join(' ')}`, i);
    // ("Phiên thảo luận nghe báo cáo …": the whole of a longer head.)
    const longer = words(i, 3);
    const whole = longer && LONG_EVENT_HEADS.includes(longer.join(' ')) ? 1 : 0;
    if (referent) return { last: i + 1 + whole, referent };
  }
  const opensSentence = i === 0 || /[.!?\n]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  for (const head of BODY_HEADS) {
    const here = words(i, head.length);
    if (!here || !head.every((w, k) => here[k] === w) || continuesName(i + head.length - 1)) continue;
    if (opensSentence && VERBS_TOO.has(head.join(' '))) continue;
    const referent = latestBefore(index, `body:${head.join(' ')}`, i);
    if (referent) return { last: i + head.length - 1, referent };
  }
  return undefined;
}
