/**
 * Abbreviations defined in brackets and the long names they stand for: spelled by initials
 * ("European External Action Service (EEAS)"), leaving out a region ("… in Southeast Asia (TAC)"),
 * repeating a place ("(EUMAM Mozambique)"), in another language's order ("(FADM)"), for a name in
 * lower case ("a letter of intent (LoI)", "a passing exercise (PASSEX)"), or, in Vietnamese, back to
 * the name's head ("Hiệp định … (PCA)").
 */
import type { RawCandidate } from './types';
import { isAcronym } from '../text/tokens';
import { isCompound } from './compounds';
import { stateNamed, statesJoined } from './states';
import { INSTRUMENTS, isTriggerAt } from './relationRules';
import { joined, phraseAt } from './tokenSpans';
import { FRAMEWORK_WORDS, isFunctionWord, opensSentence } from './wordLists';
import { bareFramework, cap, englishKind, firstTokenFrom, folded, headAt, tokensWithin, type Context } from './candidateContext';

/**
 * Tense, aspect, the passive and its agent ("Dự án do | Chương trình …"), "qua" (through), "dự" (attends: "Đoàn … Việt Nam | dự Hội
 * nghị … (ADSOM)"): words of a clause, never of a name.
 */
const CLAUSE_MARKERS = new Set(['đã', 'sẽ', 'đang', 'được', 'bị', 'vừa', 'do', 'qua', 'dự']);

/** Small words inside a long name, which its abbreviation mostly leaves out. */
const JOINERS = ['of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'against', 'with'];

/** Where the words before an abbreviation spell it with their initials ("European External Action Service (EEAS)"). */
function initialsStart(ctx: Context, j: number, acronym: string): number {
  // "ASEAN Defence Senior Officials' Meeting-Plus (ADSOM-Plus)": the "Plus" of both is no initial.
  const plus = /[-‐]Plus$/.test(acronym) && /[-‐]Plus$/.test(ctx.tokens[j]!.text);
  const letters = (plus ? acronym.replace(/[-‐]Plus$/, '') : acronym).replace(/(?<=\p{Lu})s$/u, '').replace(/[^\p{L}]/gu, '').toUpperCase();
  const lowest = Math.max(0, j - 12);
  const from = (k: number, spelled: string): number => {
    if (k < lowest) return -1;
    const word = ctx.tokens[k]!.text;
    if (isFunctionWord(word) || JOINERS.includes(word)) {
      // Mostly left out, but "United Nations Mission in South Sudan (UNMISS)", "Ministry of Defence (MOD)" spell theirs.
      const counted = word[0]!.toUpperCase() + spelled;
      const start = letters.endsWith(counted) && counted !== letters && k > 0 && joined(ctx.text, ctx.tokens, k - 1) ? from(k - 1, counted) : -1;
      return start >= 0 ? start : from(k - 1, spelled);
    }
    if (!cap(ctx, k)) return -1;
    // An abbreviation inside the name counts whole ("EU Military Staff (EUMS)") or by its initial ("ASEAN … Meeting-Plus (ADSOM-Plus)").
    // "Asia-Pacific Economic Cooperation (APEC)", "Outlook on the Indo-Pacific (AOIP)": each capitalised part of a joined word may count.
    const parts = word.split(/[-‐]/).filter((part) => /^\p{Lu}/u.test(part)).map((part) => part[0]!).join('');
    const initials = isAcronym(word) && letters.endsWith(word + spelled) ? word : parts.length > 1 && letters.endsWith(parts + spelled) ? parts : word[0]!.toUpperCase();
    const longer = initials + spelled;
    if (longer === letters) return k;
    if (!letters.endsWith(longer) || (k > 0 && !joined(ctx.text, ctx.tokens, k - 1))) return -1;
    return from(k - 1, longer);
  };
  const start = from(j, '');
  // "First Training Squadron (1TS)": a number that opens the abbreviation is the ordinal before the initials.
  const ordinal = ORDINALS[Number(/^\d/.exec(acronym)?.[0] ?? 0)];
  return start > 0 && ordinal !== undefined && ctx.tokens[start - 1]!.folded === ordinal && joined(ctx.text, ctx.tokens, start - 1) ? start - 1 : start;
}

/** Ordinal words by the number an abbreviation writes for them (folded). */
const ORDINALS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth', 9: 'ninth' };

/** Words that end the lower-case name of an event an abbreviation stands for. */
const ENGLISH_EVENT_WORDS = new Set(['exercise', 'exercises', 'patrol', 'patrols', 'drill', 'operation', 'dialogue', 'meeting', 'talks', 'consultations']);

/** Where a lower-case name spelled by every word's initial ("letter of intent" for "LoI") starts, ending at word `j`, or -1. */
function lowerCaseLongForm(ctx: Context, j: number, acronym: string): number {
  if (!/^\p{Lu}\p{Ll}?\p{Lu}{1,3}$/u.test(acronym) || isAcronym(acronym)) return -1;
  const first = j - acronym.length + 1;
  if (first < 0) return -1;
  const words = ctx.tokens.slice(first, j + 1);
  return words.every((t, k) => !cap(ctx, first + k) && t.folded[0] === acronym[k]!.toLowerCase()) ? first : -1;
}

/** Where "a passing exercise" starts, before "(PASSEX)" at word `j`: one or two lower-case words before an event word, after "a", "an" or "the". */
function englishEventBefore(ctx: Context, j: number): number {
  if (!ENGLISH_EVENT_WORDS.has(ctx.tokens[j]!.text)) return -1;
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    if (['a', 'an', 'the'].includes(ctx.tokens[k]!.folded)) return k < j - 1 ? k + 1 : -1;
    if (cap(ctx, k) || isFunctionWord(ctx.tokens[k]!.text) || !joined(ctx.text, ctx.tokens, k)) return -1;
  }
  return -1;
}

/** Where the last capitalised words before word `j` start when their initials are the abbreviation's letters in another order, or -1. */
function reorderedInitialsStart(ctx: Context, j: number, acronym: string): number {
  const letters = [...acronym].sort().join('');
  if (!/^\p{Lu}{3,6}$/u.test(acronym)) return -1;
  const initials: string[] = [];
  for (let k = j; k >= Math.max(0, j - 10); k--) {
    const word = ctx.tokens[k]!.text;
    if (['of', 'the', 'for', 'and'].includes(word)) continue;
    if (!cap(ctx, k) || isAcronym(word)) return -1;
    initials.push(word[0]!);
    if (initials.length === letters.length) return [...initials].sort().join('') === letters ? k : -1;
    if (k > 0 && !joined(ctx.text, ctx.tokens, k - 1)) return -1;
  }
  return -1;
}

/**
 * As `initialsStart`, also where the initials leave out a place the name ends with: "Treaty of Amity and
 * Cooperation in Southeast Asia (TAC)".
 */
function initialsStartWithTail(ctx: Context, j: number, acronym: string): number {
  const whole = initialsStart(ctx, j, acronym);
  if (whole >= 0 || !ctx.english) return whole;
  for (let k = j - 1; k >= Math.max(1, j - 4); k--) {
    if (!['in', 'on', 'for'].includes(ctx.tokens[k]!.folded) || !cap(ctx, k + 1)) continue;
    const start = initialsStart(ctx, k - 1, acronym);
    if (start >= 0) return start;
  }
  return -1;
}

/**
 * Where the states a bilateral or trilateral name opens with start, before word `k`: "Australia–Philippines | Status of Visiting
 * Forces Agreement (SOVFA)", "Japan-Philippines | Reciprocal Access Agreement (RAA)", "U.S.–Japan–Republic of Korea | Trilateral
 * Ministerial Meeting (TMM)".
 */
function sidesBefore(ctx: Context, k: number): number {
  if (!ctx.english || k < 1 || !/^ $/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start))) return k;
  const joinedStates = (i: number) => cap(ctx, i) && statesJoined(ctx.tokens[i]!.text, 'en');
  if (joinedStates(k - 1)) return k - 1;
  // The longest state of up to four words that ends at word `last` ("Republic of Korea", not "Korea"), or -1.
  const stateEndingAt = (last: number) => {
    for (let first = Math.max(0, last - 3); first <= last; first++) if (cap(ctx, first) && ctx.tokens[first]!.folded !== 'the' && stateNamed(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end), 'en')) return first;
    return -1;
  };
  let start = k;
  let states = 0;
  for (let last = k - 1; last >= 0; ) {
    const first = stateEndingAt(last);
    if (first < 0) break;
    [start, states] = [first, states + 1];
    if (first < 1 || !/^[–—-]$/.test(ctx.text.slice(ctx.tokens[first - 1]!.end, ctx.tokens[first]!.start))) break;
    last = first - 1;
  }
  return states >= 2 ? start : k;
}

/**
 * Where a name whose initials start at word `k` really starts: an English name keeps the abbreviation
 * of its owner written just before it, which its own abbreviation leaves out ("ADMM-Plus Experts'
 * Working Groups (EWGs)", "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)").
 */
function ownerAbbreviationBefore(ctx: Context, k: number, j: number): number {
  const sides = sidesBefore(ctx, k);
  if (sides < k) return sides;
  const before = ctx.tokens[k - 1];
  if (!ctx.english || !before || k - 1 < ctx.sentenceStart[k]! || !joined(ctx.text, ctx.tokens, k - 1)) return k;
  // Only a body's or a mechanism's ("ADMM-Plus Experts' Working Groups (EWGs)"): "the RIMPAC Humanitarian Assistance and Disaster
  // Relief (HADR) drill" is an exercise's topic.
  const kind = englishKind(ctx, k, j);
  return isAcronym(before.text.replace(/[-‐]Plus$/, '')) && (kind === 'actor' || kind === 'framework') ? k - 1 : k;
}

/** Whether `part` opens `word` and its letters follow in the word's order: "cor" of "coordinated", "pass" of "passage". */
function openedBy(word: string, part: string): boolean {
  if (word[0] !== part[0]) return false;
  let at = 1;
  for (const letter of part.slice(1)) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Where two to four capitalised words before word `j` start when the abbreviation is their first letters or syllables in
 * order, one syllable at least of two letters ("PASS" + "EX" of "Passage Exercise", "COR" + "PAT" of "Coordinated Patrol"), or -1.
 */
function syllabicStart(ctx: Context, j: number, acronym: string): number {
  const letters = acronym.toLowerCase();
  if (!/^\p{Lu}{4,8}$/u.test(acronym)) return -1;
  const spells = (words: string[], from: number): boolean => {
    if (words.length === 0) return from === letters.length;
    const word = words[0]!;
    for (let n = Math.min(word.length, letters.length - from); n >= 1; n--) if (openedBy(word, letters.slice(from, from + n)) && spells(words.slice(1), from + n)) return true;
    return false;
  };
  for (let n = 2; n <= 4 && j - n + 1 >= 0; n++) {
    const first = j - n + 1;
    const words = ctx.tokens.slice(first, j + 1);
    if (!words.every((_, k) => cap(ctx, first + k) && (first + k === j || joined(ctx.text, ctx.tokens, first + k)))) continue;
    // One letter a word is initials, which `initialsStart` reads.
    if (letters.length > n && spells(words.map((w) => w.folded), 0)) return first;
  }
  return -1;
}

/** Whether "và" stands between words `from` and `to`. */
function vaBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (folded(ctx, k) === 'va') return true;
  return false;
}

export function acronymDefinitions(ctx: Context, out: RawCandidate[]): void {
  for (const match of ctx.text.matchAll(/\(([^()\n]{2,40})\)/g)) {
    const innerAt = tokensWithin(ctx, match.index + 1, match.index + match[0].length - 1);
    const inner = innerAt.map((i) => ctx.tokens[i]!);
    // The last word before the bracket.
    const j = firstTokenFrom(ctx, (t) => t.end > match.index - 3);
    if (j >= ctx.tokens.length || ctx.tokens[j]!.end > match.index) continue;
    // "a letter of intent (LoI)", "a memorandum of understanding (MoU)": an instrument named in lower case, every word's initial.
    const lowerLong = ctx.english && inner.length === 1 ? lowerCaseLongForm(ctx, j, inner[0]!.text) : -1;
    if (lowerLong >= 0) {
      out.push({ first: lowerLong, last: j, kind: englishKind(ctx, lowerLong, j) ?? 'agreement', rule: 'acronym-definition', score: 0.75, acronym: inner[0]!.text });
      continue;
    }
    // "(EUMAM Mozambique)": an abbreviation and the place both names end with.
    const acronym = inner.length === 2 && isAcronym(inner[0]!.text) && !isAcronym(inner[1]!.text) ? inner[0] : inner.at(-1);
    // "(A05)", "(C03)": Vietnamese agencies go by a letter and a number.
    // "(ADSOM-Plus)", "(EWGs)": a "-Plus" and a plural "s" are no letters of the abbreviation.
    if (!acronym || !(isAcronym(acronym.text.replace(/[-‐]Plus$/, '').replace(/(?<=\p{Lu})s$/u, '')) || /^\p{Lu}\d{2,3}$/u.test(acronym.text)) || inner.length > 3) continue;
    // "European Union Military Assistance Mission in Mozambique (EUMAM Mozambique)": the place both end with is spelled out in both.
    const sharedEnd = acronym !== inner.at(-1) && inner[1]!.text === ctx.tokens[j]!.text && ['in', 'of'].includes(ctx.tokens[j - 1]?.folded ?? '') ? 2 : 0;
    const spelled = sharedEnd ? initialsStart(ctx, j - sharedEnd, inner[0]!.text) : initialsStartWithTail(ctx, j, inner.map((t) => t.text).join(''));
    if (spelled >= 0) {
      const first = ownerAbbreviationBefore(ctx, spelled, j);
      // "Japan's Official Security Assistance (OSA) framework": what the word after the brackets says it is.
      const after = /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(match.index + match[0].length))?.[1];
      const kind = ctx.english && after !== undefined && FRAMEWORK_WORDS.has(after) ? 'framework' : ctx.english ? (englishKind(ctx, first, j) ?? 'actor') : (headAt(ctx, first)?.[1] ?? 'actor');
      out.push({ first, last: j, kind, rule: 'acronym-definition', score: 0.85, acronym: ctx.text.slice(inner[0]!.start, inner.at(-1)!.end) });
      continue;
    }
    // "Mozambican Armed Defence Forces (FADM)": an abbreviation of the name in its own language, its initials in another order.
    const reordered = ctx.english && inner.length === 1 ? reorderedInitialsStart(ctx, j, acronym.text) : -1;
    if (reordered >= 0) {
      out.push({ first: reordered, last: j, kind: englishKind(ctx, reordered, j) ?? 'actor', rule: 'acronym-definition', score: 0.8, acronym: acronym.text });
      continue;
    }
    // "Passage Exercise (PASSEX)", "Coordinated Patrol (CORPAT)": an abbreviation made of the first syllables of the words.
    const syllables = ctx.english && inner.length === 1 ? syllabicStart(ctx, j, acronym.text) : -1;
    if (syllables >= 0) {
      out.push({ first: syllables, last: j, kind: englishKind(ctx, syllables, j) ?? (ENGLISH_EVENT_WORDS.has(ctx.tokens[j]!.folded) ? 'event' : 'actor'), rule: 'acronym-definition', score: 0.75, acronym: acronym.text });
      continue;
    }
    if (ctx.english) {
      // "a passing exercise (PASSEX)", "a coordinated patrol (CORPAT)": an event named in lower case, with its abbreviation.
      const event = englishEventBefore(ctx, j);
      if (event >= 0) out.push({ first: event, last: j, kind: 'event', rule: 'acronym-definition', score: 0.75, acronym: acronym.text });
      continue;
    }
    let k = j;
    let lowerRun = 0;
    while (k > ctx.sentenceStart[j]! && joined(ctx.text, ctx.tokens, k - 1) && j - k < 15) {
      lowerRun = cap(ctx, k - 1) ? 0 : lowerRun + 1;
      if (lowerRun > 3) break;
      k--;
    }
    // A name head close before the brackets is where the long form starts ("Hiệp định … (PCA)").
    let headStart = -1;
    let floor = 0;
    const known = innerAt.length === 1 && ctx.knownKind(innerAt[0]!) !== undefined;
    for (let h = j; h >= Math.max(ctx.sentenceStart[j]!, j - 25); h--) {
      // A clause ends the long form: "tàu Hải quân Ấn Độ … sẽ tiến hành diễn tập đi qua (PASSEX)" names no navy.
      // Only a tense, a passive or a verb of a rule does: "các", "tại", "năm" stand inside long names ("… tại Abyei (UNISFA)").
      // ("thiết bị" is a word, not the passive "bị").
      // ("qua lại", back and forth, is a word too.)
      // ("Đoàn dự Hội nghị … (ACDFM)": "dự", attend, alone is a verb too; not "dự án", "dự kiến".)
      const marker = (CLAUSE_MARKERS.has(ctx.tokens[h]!.text.toLowerCase()) || ctx.tokens[h]!.text === 'dự') && !(h > 0 && isCompound(ctx.tokens[h - 1]!.text, ctx.tokens[h]!.text)) && !isCompound(ctx.tokens[h]!.text, ctx.tokens[h + 1]?.text ?? '');
      // But "Hiệp định khung về tham gia của Việt Nam vào … (FPA)": inside an instrument's topic, after its "về", a verb is the topic's.
      // (Not when the graph knows the abbreviation: the known instrument stands for the words before it.)
      // ("Hội nghị Tư lệnh Lực lượng Quốc phòng các nước ASEAN (ACDFM)": the members of an organisation, inside the name.)
      // ("… các nước ASEAN mở rộng (ADSOM+)": the organisation's "Plus", after its abbreviation.)
      const members = [h, h - 1].some((m) => (phraseAt(ctx.text, ctx.tokens, m, 'cac nuoc') && isAcronym(ctx.tokens[m + 2]?.text ?? '')) || (phraseAt(ctx.text, ctx.tokens, m, 'mo rong') && isAcronym(ctx.tokens[m - 1]?.text ?? '')));
      // ("Tập đoàn Hàng không vũ trụ … (TUSAŞ)": a head's own second word is no verb.)
      const inHead = cap(ctx, h - 1) && (headAt(ctx, h - 1)?.[0] ?? 0) > 1;
      if (!cap(ctx, h) && (marker || isTriggerAt(ctx.text, ctx.tokens, h)) && !members && !inHead && (known || !insideInstrumentTopic(ctx, h))) break;
      // "Bộ Công an Việt Nam và | Cảnh sát Liên bang Australia (AFP)": a name that a state or a known name ends comes before "và".
      // Not where a state alone follows "và": "Hiệp định Đối tác Kinh tế Việt Nam và Nhật Bản (VJEPA)" names both sides.
      const stateAfter = stateNamed(ctx.text.slice(ctx.tokens[h + 1]?.start ?? 0, ctx.tokens[j]!.end)) !== undefined;
      if (folded(ctx, h) === 'va' && h > 0 && !stateAfter && (ctx.knownKind(h - 1) === 'actor' || [1, 2, 3].some((n) => h - n >= 0 && cap(ctx, h - n) && stateNamed(ctx.text.slice(ctx.tokens[h - n]!.start, ctx.tokens[h - 1]!.end))))) {
        floor = h + 1;
        break;
      }
      // The farthest head: "Hiệp định … giữa Việt Nam và Liên minh châu Âu (PCA)" starts at "Hiệp định".
      // ("Tổng cục Quan hệ quốc tế và | Chiến lược (DGRIS)": but a framework's head alone, right before the brackets, is the
      // last field a body is named by.)
      const head = cap(ctx, h) ? headAt(ctx, h) : undefined;
      if (head && !(head[1] === 'framework' && h + head[0] - 1 === j && folded(ctx, h - 1) === 'va')) {
        headStart = h;
        // "… giữa các nước ASEAN và | Công ước ASEAN về chống khủng bố (ACCT)": a head after "và" starts a second name.
        // (Not a framework's head with no name of its own: "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC)".)
        if (folded(ctx, h - 1) === 'va' && !bareFramework(ctx, h, head)) break;
        // ("Khóa đào tạo … tại | Học viện Nghiên cứu chính sách quốc gia (GRIPS)": so does a body's head after "tại", where the
        // occasion before it is held.)
        if (head[1] === 'actor' && ctx.tokens[h - 1]?.text.toLowerCase() === 'tại') break;
      }
      // "Ủy ban hỗn hợp về Đối ngoại, Quốc phòng và Thương mại (JSCFADT)": a comma between capitalised words ("Đối ngoại" one) of a list that "và" ends.
      const listComma = cap(ctx, h) && (cap(ctx, h - 1) || cap(ctx, h - 2)) && /^,\s*$/.test(ctx.text.slice(ctx.tokens[h - 1]?.end ?? 0, ctx.tokens[h]!.start)) && vaBetween(ctx, h, j);
      if (h > 0 && !joined(ctx.text, ctx.tokens, h - 1) && !listComma) break;
    }
    let first = Math.max(headStart >= 0 ? headStart : k, floor);
    while (first <= j && !cap(ctx, first)) first++;
    if (first === ctx.sentenceStart[j] && opensSentence(ctx.tokens[first]!.text, ctx.tokens[first + 1]?.text)) first++;
    while (first <= j && !cap(ctx, first)) first++;
    let last = j;
    // Not an ordinal's number: "… lần thứ 21 (ACDFM-21)".
    while (last > first && !cap(ctx, last) && (['vao', 'nam'].includes(folded(ctx, last)) || (/^\d+$/.test(folded(ctx, last)) && folded(ctx, last - 1) !== 'thu'))) last--;
    // A state alone is no abbreviation's long form, nor a word of one or two letters ("… ở châu Á (ReCAAP ISC)").
    if (first > last || stateNamed(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end)) || (first === last && ctx.tokens[first]!.text.length <= 2)) continue;
    const head = headAt(ctx, first);
    // "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam (Vietnam MRCC)": a state's name before the letters is the abbreviation's.
    const stated = inner.length === 2 && acronym === inner[1] && stateNamed(inner[0]!.text) !== undefined;
    out.push({ first, last, kind: head?.[1] ?? 'actor', rule: 'acronym-definition', score: 0.8, acronym: stated ? ctx.text.slice(inner[0]!.start, acronym.end) : acronym.text });
  }
}

/**
 * Whether word `h` opens the topic of an instrument named just before it: "Hiệp định khung về | tham gia …". Only right after
 * "về": further on, a verb ends the name ("Bản ghi nhớ về chống khủng bố | được ký với sự chứng kiến của …").
 */
function insideInstrumentTopic(ctx: Context, h: number): boolean {
  if (h < 2 || folded(ctx, h - 1) !== 've') return false;
  for (let n = h - 2; n >= Math.max(0, h - 6); n--) if (cap(ctx, n) && INSTRUMENTS.includes(headAt(ctx, n)?.[1] ?? 'actor')) return true;
  return false;
}
