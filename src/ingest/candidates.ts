/**
 * New entities an article brings: names the graph does not know yet, found by rules over
 * Vietnamese text. Each rule marks a token range; where ranges overlap, the surer rule wins.
 */
import type { CuratedKind as Kind } from './types';
import { foldedWords, isAcronym, isCapitalised, type Token } from '../text/tokens';
import { foldForSearch, toneKey } from '../text/fold';
import { NAME_PARTICLES, OFFICE_TITLES_VI, RANKS_VI, STANDALONE_TITLES, titleAt, UN_OPERATIONS, VI_FAMILY_NAMES } from './nameLexicon';
import { LONGEST_STATE_WORDS, namedOutsideBrackets, OCEANS, oceanAround, oceanGoesOn, stateNamed } from './states';
import { isCompound } from './compounds';
import type { CandidateRule, RawCandidate } from './types';
export type { RawCandidate } from './types';
import { isTriggerAt } from './relationRules';
import { fieldTermEndAt, fieldTermRanges } from './fieldTerms';
import { militaryUnits, unitEnd, unitWordAt } from './militaryUnits';
import { ceremonyOfItsKind, englishDomainLists, englishEventPhrases, englishLowerCaseBodies, englishLowerCaseInstruments, englishLowerCaseOffices, englishNames } from './englishNames';
import { joined, phraseAt, phraseIndex, phraseFrom, tonedPhraseAt } from './tokenSpans';
import { bareFramework, cap, folded, headAt, LOWER_CASE_NAMED, tokenFrom, tokensWithin, type Context } from './candidateContext';
import { acronymDefinitions } from './acronyms';
import {
  CLAUSE_OPENERS,
  COURSE_HEADS,
  CURRENCY_CODES,
  LINE_LABELS,
  DOMAIN_LIST_TRIGGERS,
  EVENT_PHRASE_HEADS,
  EVENT_PHRASE_QUALIFIERS,
  isFunctionWord,
  ITEM_LEADERS,
  NEWS_OUTLETS,
  newsAgencyInBrackets,
  opensSentence,
  PLACE_PREPOSITIONS,
  placeWordsBefore,
  placeWordsFrom,
} from './wordLists';
import { pushAll } from '../model/collections';

/** The formal words a state's name may open with in Vietnamese (folded): "Vương quốc Anh", "Cộng hòa Séc" (not "Liên bang": "Cảnh sát Liên bang Australia" is a body). */
const FORMAL_STATE_WORDS = new Set(['vuong quoc', 'cong hoa']);

const RULE_RANK: Record<CandidateRule, number> = {
  dateline: 7,
  'acronym-definition': 5,
  'office-title': 6,
  'person-name': 6,
  'name-head': 4,
  'quoted-name': 3,
  // A project's title is whole, whatever names its words would make on their own.
  'quoted-title': 8,
  // A term of the field is whole where a list item or an "an ninh …" phrase would cut it.
  'field-term': 3,
  'domain-list': 2,
  'domain-phrase': 2,
  'capitalised-run': 1,
  // Never rivals of the others: they only name a state or a body inside names those found.
  'event-phrase': 1,
  'instrument-phrase': 1,
  'state-in-name': 0,
  'body-in-office': 0,
  'side-in-name': 0,
  'topic-in-name': 0,
  'place-in-name': 0,
  'abbreviation-in-name': 0,
  'organisation-in-name': 0,
};

/** Lower-case words that join the parts of a name: "Hiệp định khung về Quan hệ …", "… của Việt Nam". */
const CONNECTORS = new Set(['về', 'của', 'giữa', 'cho', 'và', 'với']);
/** Words of where a ship or a force is, as written: never inside a name. */
const NEAR_WORDS = new Set(['gần', 'tới', 'sang']);

/** Whether the name so far ends on the first side of "giữa A và B", waiting for the second. */
function betweenOpen(ctx: Context, from: number, end: number): boolean {
  for (let k = end; k >= from && end - k <= 12; k--) {
    if (folded(ctx, k) === 'va') return false;
    if (folded(ctx, k) === 'giua') return true;
  }
  return false;
}

/**
 * Verbs of meeting a headline puts between two names, as written: "Tổng cục Công nghiệp quốc phòng | làm việc với SIBAT",
 * "Hải quân Italy | thăm Cam Ranh", "Bộ Quốc phòng Việt Nam | dự Hội nghị …", "Hải quân Hoàng gia Canada | rời Cảng Tiên Sa"
 * (folded, "thăm" is also the "thẩm" of "thẩm định").
 */
const VERBS_BETWEEN_NAMES = ['làm việc với', 'hội đàm với', 'điện đàm với', 'hội kiến', 'tiếp', 'thăm', 'gặp', 'dự', 'họp', 'rời', 'cập cảng', 'đến', 'mời'];
const meetsAt = (tokens: Token[], at: number) => VERBS_BETWEEN_NAMES.some((verb) => tonedPhraseAt(tokens, at, verb));

/** How often or how a meeting is held, written in lower case between its capitalised name and its edition (folded). */
const EDITION_QUALIFIERS = ['thuong nien', 'thuong ky', 'truc tuyen', 'mo rong', 'khong chinh thuc', 'dac biet'];

/** Regions an instrument's name may end with after "ở" (folded). */
const INSTRUMENT_REGIONS = ['dong nam a', 'bien dong', 'chau a', 'an do duong', 'thai binh duong'];

/** Words a number counts, as written: after them a number is no name's. */
const COUNTED_AFTER_NUMBER = new Set(['năm', 'tháng', 'ngày', 'tuần', 'lần', 'người', 'học', 'cán', 'sĩ', 'đoàn', 'khóa']);

/** The heads of a state's missions abroad (folded). */
const EMBASSY_HEADS = ['dai su quan', 'tong lanh su quan', 'lanh su quan'];
/** Whether a mission's name opens at word `k`, capitalised ("Đại sứ quán …"). */
const embassyAt = (ctx: Context, k: number) => cap(ctx, k) && EMBASSY_HEADS.some((head) => phraseAt(ctx.text, ctx.tokens, k, head));

/** How many sides an event has, or how often it is held (folded), written in lower case inside its name. */
const EVENT_SIDES = ['da phuong', 'song phuong', 'quoc te', 'lien hop', 'thuong nien', 'khu vuc'];

/**
 * Where a name that starts with a head ends. Capitalised words continue it; lower-case words do
 * when they lead to another capitalised word right after the head or through a connector; one
 * lower-case syllable completes a word whose first syllable is capitalised ("Bảo hộ", "Hội nhập").
 */
function extendName(ctx: Context, afterHead: number, limit: number, longLowerRun = false, connectors: ReadonlySet<string> = CONNECTORS, ownKind?: Kind): number {
  let end = afterHead;
  for (;;) {
    const next = end + 1;
    const listed = commaListInName(ctx, end, limit);
    if (listed > 0) {
      end = listed;
      continue;
    }
    // "Thỏa thuận FRANZ giữa Pháp, | Úc và New Zealand": more sides after a comma, while "giữa" waits for its "và".
    if (next < limit && betweenOpen(ctx, afterHead, end) && /^, $/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[next]!.start)) && cap(ctx, next)) {
      end = ctx.covered[next]?.lastToken ?? next;
      continue;
    }
    if (next >= limit || !joined(ctx.text, ctx.tokens, end)) return end;
    // "Bộ Tư lệnh Vùng Cảnh sát biển 3": a unit inside the name takes its number.
    let unit = false;
    if (/^\d{1,3}$/.test(ctx.tokens[next]!.text)) for (let k = Math.max(afterHead, next - 6); k < next && !unit; k++) unit = unitEnd(ctx.text, ctx.tokens, k, limit) === next;
    if (unit) {
      end = next;
      continue;
    }
    // "Công ước Cấm vũ khí hóa học", "Hiệp ước Không phổ biến vũ khí hạt nhân": what a treaty bans or stops, a term of the field
    // in lower case after its capitalised verb, is its name's whole.
    const verb = ctx.tokens[end]!.text.toLowerCase();
    const banning = verb === 'cấm' || (verb === 'biến' && ctx.tokens[end - 1]?.text.toLowerCase() === 'phổ');
    const banned = (ownKind === 'framework' || ownKind === 'agreement') && banning && !cap(ctx, next) ? fieldTermEndAt(ctx.text, ctx.tokens, next, limit) : -1;
    if (banned >= next) {
      end = banned;
      continue;
    }
    // "… và Bộ Quốc phòng …": "và" before a head or a state starts a second name; "Bộ Công an Việt Nam và | Cảnh sát
    // Liên bang Australia": a body named with its state is whole, what follows "và" is another. But "… giữa
    // Vương quốc Na Uy và Việt Nam" names both sides.
    // "Phái bộ UNMISS và UNISFA": two missions, each by its abbreviation.
    const twoAbbreviations = isAcronym(ctx.tokens[end]!.text) && isAcronym(ctx.tokens[next + 1]?.text ?? '');
    // "Vùng 5 Hải quân và Vùng 1 Hải quân Hoàng gia Thái Lan": a numbered unit after "và" is another, and so is a ship
    // ("… Vùng 5 Hải quân và tàu HTMS Pattani").
    // ("Đồn Biên phòng Bờ Y và Đại đội Biên phòng Phu Cưa": or a unit named for its post.)
    const unitWords = unitWordAt(ctx.text, ctx.tokens, next + 1);
    const unitAfter = unitEnd(ctx.text, ctx.tokens, next + 1, limit) >= 0 || (unitWords > 0 && cap(ctx, next + 1 + unitWords)) || (folded(ctx, next + 1) === 'tau' && cap(ctx, next + 2));
    // But "Ủy ban Pháp luật và Hiến pháp": a body named after its fields, the last a framework's head with no name of its own;
    // so is a treaty ("Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á").
    const anotherHead = (k: number) => {
      const head = headAt(ctx, k);
      return head !== undefined && !((ownKind === 'actor' || ownKind === 'agreement') && bareFramework(ctx, k, head));
    };
    if (folded(ctx, next) === 'va' && !betweenOpen(ctx, afterHead, end) && (anotherHead(next + 1) || stateStartsAt(ctx, next + 1) || stateEndsAt(ctx, afterHead, end) || twoAbbreviations || unitAfter)) return end;
    // "Tùy viên Cảnh sát | Đại sứ quán Hàn Quốc tại Việt Nam": an embassy is a name of its own, never a word of another's.
    if (embassyAt(ctx, next)) return end;
    if (cap(ctx, next)) {
      // A known name inside a new one is taken whole: "Thỏa thuận Đối tác An ninh và Phòng thủ".
      // ("Diễn tập Tìm kiếm cứu nạn trên biển": and a field an event is named by, its first word alone capitalised.)
      const field = ownKind === 'event' && !ctx.covered[next] ? fieldTermEndAt(ctx.text, ctx.tokens, next, limit) : -1;
      end = ctx.covered[next]?.lastToken ?? Math.max(field, next);
      continue;
    }
    // "Quỹ Hòa bình châu Âu": a continent is named with a lower-case "châu", inside a name too; only a capitalised word goes
    // on after it ("Quỹ Hòa bình châu Âu | tài trợ …"). (Not after a state, whose name is whole: "Hải quân Việt Nam | châu Á".)
    if (folded(ctx, next) === 'chau' && next + 1 < limit && cap(ctx, next + 1) && joined(ctx.text, ctx.tokens, next) && !stateEndsAt(ctx, afterHead, end)) {
      end = ctx.covered[next + 1]?.lastToken ?? next + 1;
      if (!cap(ctx, end + 1)) return end;
      continue;
    }
    // "Hội nghị Tư lệnh Cảnh sát các nước ASEAN lần thứ 44", "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN": a meeting of
    // the members' officers is named with the organisation.
    if (ownKind === 'event' && phraseAt(ctx.text, ctx.tokens, next, 'cac nuoc') && next + 2 < limit && joined(ctx.text, ctx.tokens, next + 1) && (isAcronym(ctx.tokens[next + 2]!.text) || ctx.covered[next + 2] !== undefined)) {
      end = ctx.covered[next + 2]?.lastToken ?? next + 2;
      // ("… các nước ASEAN mở rộng": the meeting with the organisation's partners, ADMM-Plus.)
      if (phraseAt(ctx.text, ctx.tokens, end + 1, 'mo rong') && end + 2 < limit) end += 2;
      continue;
    }
    let k = next;
    while (k < limit && k - next < 4 && !cap(ctx, k) && joined(ctx.text, ctx.tokens, k)) k++;
    const lastLower = ctx.tokens[k - 1]!.text.toLowerCase();
    // Grammar words inside a name are only its connectors: "Thỏa thuận được Đại diện …" is a clause.
    let grammatical = false;
    // "thuộc" says what the name belongs to: "Cục Điều tra … | thuộc Cơ quan Cảnh sát …".
    // A verb of a rule is a clause too: "Quốc hội | phê chuẩn Hiệp định …".
    for (let w = next; w < k; w++) grammatical ||= (isFunctionWord(ctx.tokens[w]!.text) && !connectors.has(ctx.tokens[w]!.text.toLowerCase())) || folded(ctx, w) === 'thuoc' || isTriggerAt(ctx.text, ctx.tokens, w) || signsAt(ctx, w) || meetsAt(ctx.tokens, w) || clauseVerbAt(ctx, w);
    // A known name joins a new one only as its owner: "Chiến lược Toàn cầu của Liên minh châu Âu".
    // "… giữa Vương quốc Na Uy và Việt Nam": the second side after "và".
    const secondSide = k - next === 1 && lastLower === 'và' && betweenOpen(ctx, afterHead, end);
    const ownerOnly = ctx.covered[k] !== undefined && !['của', 'giữa'].includes(lastLower) && !secondSide;
    // "và" before a known name or another head starts a second name: "… Việt Nam và Liên minh châu Âu"; so do "cho", "với"
    // after a body's name and what it does ("Bộ Quốc phòng trao quà | cho Đại sứ quán Lào").
    const toAnother = ownKind === 'actor' && k - next > 1 && ['cho', 'voi'].includes(folded(ctx, k - 1)) && anotherHead(k);
    // ("… Cục Đối ngoại Bộ Quốc phòng | và Đại tá Sandeep Rathore": a rank after "và" opens a person.)
    // ("Bộ Khoa học và Công nghệ | và IAEA đã ký …": so does an abbreviation alone.)
    const abbreviationAlone = isAcronym(ctx.tokens[k]?.text ?? '') && !cap(ctx, k + 1);
    const coordination = (folded(ctx, k - 1) === 'va' && (anotherHead(k) || ctx.covered[k] !== undefined || stateStartsAt(ctx, k) || phraseLength(ctx, k, VI_RANKS) > 0 || abbreviationAlone) && !secondSide) || toAnother;
    // "… Hải quân Việt Nam | gần Côn Đảo": a word of where ends the name.
    // (But "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á", "Bộ Quy tắc ứng xử ở Biển Đông": the region an instrument is of is its name's.)
    const instrumentRegion = ownKind === 'agreement' && lastLower === 'ở' ? INSTRUMENT_REGIONS.find((region) => phraseAt(ctx.text, ctx.tokens, k, region)) : undefined;
    const where = k - next === 1 && NEAR_WORDS.has(lastLower) && instrumentRegion === undefined;
    // (The region closes the name: "… ở Đông Nam Á | của Saudi Arabia".)
    if (instrumentRegion) return k + instrumentRegion.split(' ').length - 1;
    // "Biên bản ghi nhớ về kết nghĩa | giữa Đồn Biên phòng … và Đại đội …": an instrument named by its topic ends before the
    // bodies it is between (its sides, whom readers name apart); states after "giữa" are read with the name below.
    const bodiesBetween = ownKind === 'agreement' && lastLower === 'giữa' && k - next > 1 && !stateStartsAt(ctx, k);
    // "ký Bản ghi nhớ | với Bộ Quốc phòng Indonesia", "Hội đàm | với …": whom an instrument or a meeting is with is its other
    // side, never its name.
    const withSide = k - next === 1 && lastLower === 'với' && (ownKind === 'agreement' || ownKind === 'event');
    // "Diễn tập Hải quân | đa phương | Komodo 2028": how many sides an event has, in lower case between its capitalised words.
    const sides = ownKind === 'event' && EVENT_SIDES.some((q) => q.split(' ').length === k - next && phraseAt(ctx.text, ctx.tokens, next, q));
    if (k < limit && cap(ctx, k) && (end === afterHead || connectors.has(lastLower) || k - next === 1 || sides) && !coordination && !grammatical && !ownerOnly && !where && !bodiesBetween && !withSide) {
      // ("Diễn tập thực địa Hỗ trợ nhân đạo và cứu trợ thảm họa ADMM+": a field an event is named by, its first word alone
      // capitalised, is taken whole.)
      const field = ownKind === 'event' && !ctx.covered[k] ? fieldTermEndAt(ctx.text, ctx.tokens, k, limit) : -1;
      end = ctx.covered[k]?.lastToken ?? Math.max(field, k);
      continue;
    }
    // Right after a capitalised head, an event or an instrument may say what it is in lower case before
    // whose it is: "Diễn tập quốc tế ứng cứu sự cố an ninh mạng Việt Nam – ASEAN".
    const longRun = longLowerRun && end === afterHead ? lowerRunToName(ctx, next, limit) : -1;
    if (longRun > 0) {
      end = ctx.covered[longRun]?.lastToken ?? longRun;
      continue;
    }
    // "Khóa huấn luyện Quan sát viên quân sự Liên hợp quốc", "… Sĩ quan tham mưu Liên hợp quốc": an event's name may go on in
    // lower case after a capitalised word too, up to the state or the United Nations it is of.
    const laterRun = longLowerRun && ownKind === 'event' && end > afterHead ? lowerRunToName(ctx, next, limit) : -1;
    // ("Hội nghị Người đứng đầu cơ quan Cảnh sát biển châu Á": or up to the agencies whose heads meet.)
    const agencies = laterRun === next + 2 && phraseAt(ctx.text, ctx.tokens, next, 'co quan');
    if (laterRun > 0 && laterRun - next <= 4 && (stateStartsAt(ctx, laterRun) || phraseAt(ctx.text, ctx.tokens, laterRun, 'lien hop quoc') || agencies)) {
      end = ctx.covered[laterRun]?.lastToken ?? laterRun;
      continue;
    }
    // "Cục Điều tra an ninh mạng": a name already in lower case goes on over a known name of three words or more.
    const knownAfter = ctx.covered[next];
    if (!cap(ctx, end) && knownAfter?.firstToken === next && knownAfter.lastToken - next >= 2 && knownAfter.lastToken < limit) {
      end = knownAfter.lastToken;
      continue;
    }
    // "Tổng cục Công nghiệp quốc phòng", "Quân đội nhân dân Việt Nam": institutions' names go on over these words in lower case.
    // (Not after a state, whose name is whole: "Quân đội nhân dân Việt Nam | hòa bình, hữu nghị …".)
    const institutional = stateEndsAt(ctx, afterHead, end) ? -1 : institutionWordsEnd(ctx, next);
    if (institutional > 0 && institutional < limit) {
      end = institutional;
      continue;
    }
    // Not a foreign name ("Philippines thiết lập"): only a Vietnamese syllable starts a word that goes on in lower case.
    // (Nor a Roman numeral: "Học viện Chính trị khu vực I | tổ chức …".)
    const firstSyllable = cap(ctx, end) && !cap(ctx, end - 1) && !isAcronym(ctx.tokens[end]!.text) && !/^[IVX]+$/.test(ctx.tokens[end]!.text) && vietnameseSyllable(ctx.tokens[end]!.text);
    if ((firstSyllable && !isFunctionWord(ctx.tokens[next]!.text) && !clauseVerbAt(ctx, next)) || continuesWord(ctx, end)) {
      end = next;
      continue;
    }
    return end;
  }
}

/**
 * "Chương trình Phụ nữ, | Hòa bình và An ninh": after a capitalised word of a name, a comma, one or two capitalised words
 * and "và" with one or two more are the name's own list, when none of them opens another name (a head, a state, a known
 * name: "Bộ Quốc phòng, Bộ Công an và …" are three). The end of the list, or -1.
 */
function commaListInName(ctx: Context, end: number, limit: number): number {
  if (!(cap(ctx, end) || (cap(ctx, end - 1) && continuesWord(ctx, end - 1))) || !/^, $/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]?.start ?? ctx.text.length))) return -1;
  // A capitalised word of the list, its second syllable in lower case ("Hòa bình", "An ninh"): its last syllable, or -1.
  const word = (k: number) => {
    // ("Chính trị, Pháp luật và An ninh": "Pháp luật", law, is a word, no France.)
    if (k >= limit || !cap(ctx, k) || isAcronym(ctx.tokens[k]!.text) || headAt(ctx, k) || (stateStartsAt(ctx, k) && !continuesWord(ctx, k)) || ctx.covered[k]) return -1;
    return k + 1 < limit && continuesWord(ctx, k) ? k + 1 : k;
  };
  const k = word(end + 1);
  if (k < 0) return -1;
  if (folded(ctx, k + 1) !== 'va' || !joined(ctx.text, ctx.tokens, k) || !joined(ctx.text, ctx.tokens, k + 1)) return -1;
  return word(k + 2);
}

/**
 * "ký" as written, the verb ("… Nhật Bản | ký Bản ghi nhớ"): too short for the rules' index, where it folds like the
 * "Kỳ" of "Hoa Kỳ". Not the "ký" of "Thư ký".
 */
function signsAt(ctx: Context, w: number): boolean {
  return ctx.tokens[w]!.text === 'ký' && !isCompound(ctx.tokens[w - 1]?.text ?? '', 'ký');
}

/** Verbs that make a run of lower-case words a clause: "Hội nghị có bộ trưởng …". */
const CLAUSE_VERBS = new Set(['có', 'là', 'gồm', 'ra']);

/**
 * The capitalised word that ends a run of up to ten words in lower case, or -1 when a grammar word,
 * a verb of a rule, "có" or a number breaks the run first ("Hội nghị có bộ trưởng quốc phòng 10 nước ASEAN" is a clause).
 */
function lowerRunToName(ctx: Context, from: number, limit: number): number {
  for (let k = from; k < limit && k - from <= 10; k++) {
    if (cap(ctx, k)) return k;
    const word = ctx.tokens[k]!.text.toLowerCase();
    // "Kế hoạch hành động hợp tác quốc phòng Việt Nam – Nhật Bản": "hợp tác" says what the plan is about, unless "với" makes it a clause.
    const cooperation = phraseAt(ctx.text, ctx.tokens, k, 'hop tac') && !phraseAt(ctx.text, ctx.tokens, k + 2, 'voi');
    if (!joined(ctx.text, ctx.tokens, k) || isFunctionWord(ctx.tokens[k]!.text) || CLAUSE_VERBS.has(word) || /\d/.test(word) || (isTriggerAt(ctx.text, ctx.tokens, k) && !cooperation)) return -1;
  }
  return -1;
}


/** The longest run of places in brackets looked for: "(Hà Đông, Hà Nội)" and longer. */
const BRACKETED_PLACES_LENGTH = 60;

/**
 * Whether words `first`…`last` are one of the comma-parted names in brackets right after a name: "Học viện Quân y (Hà
 * Đông, Hà Nội)", where each is a place.
 */
function inPlaceChainInBrackets(ctx: Context, first: number, last: number): boolean {
  // (Each place of the chain ends at a comma or the closing bracket: most names are not asked further.)
  if (!/^\s*[,)]/.test(ctx.text.slice(ctx.tokens[last]!.end, ctx.tokens[last]!.end + 3))) return false;
  // (Looked for only near the name: a long article is not searched back to its start for each name.)
  const start = ctx.tokens[first]!.start;
  const from = Math.max(0, start - BRACKETED_PLACES_LENGTH);
  const open = ctx.text.slice(from, start).lastIndexOf('(') + from;
  const close = ctx.text.slice(ctx.tokens[last]!.end, ctx.tokens[last]!.end + BRACKETED_PLACES_LENGTH).indexOf(')') + ctx.tokens[last]!.end;
  if (open < from + 1 || close < ctx.tokens[last]!.end || close - open > BRACKETED_PLACES_LENGTH) return false;
  const inside = ctx.text.slice(open + 1, close);
  if (!inside.includes(',') || !/^[\p{L} ,]+$/u.test(inside) || !inside.split(',').every((part) => /^\s*\p{Lu}/u.test(part))) return false;
  // Right after a name: one of the four words before the bracket is capitalised ("Học viện Quân y (…", "… An ninh nhân dân (…").
  return /\p{Lu}\p{L}*(?: \p{Ll}+){0,3} $/u.test(ctx.text.slice(Math.max(0, open - 30), open)) && !ctx.text.slice(open + 1, ctx.tokens[first]!.start).includes(')');
}

/**
 * Whether a word can be one Vietnamese syllable: no f, j, w, z, at most seven letters ("nghiêng"), and one of the
 * endings Vietnamese has ("Philippines", "Savannakhet" cannot).
 */
function vietnameseSyllable(word: string): boolean {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();
  return bare.length <= 7 && !/[fjwz]/.test(bare) && /(?:[aeiouy]|ch|nh|ng|c|m|n|p|t)$/.test(bare) && !stateNamed(word);
}

/**
 * How many words the state named from word `at` takes ("Thái Lan" two), or 0. A state's name is capitalised, first word and
 * last; `longest` reaches a full name, as written after "nước" ("Cộng hòa xã hội chủ nghĩa Việt Nam").
 */
function stateLengthAt(ctx: Context, at: number, longest = 3): number {
  for (let end = Math.min(ctx.tokens.length, at + longest) - 1; end >= at && cap(ctx, at); end--) {
    if (cap(ctx, end) && stateNamed(ctx.text.slice(ctx.tokens[at]!.start, ctx.tokens[end]!.end)) && !oceanGoesOn(ctx.text, ctx.tokens, end)) return end - at + 1;
  }
  return 0;
}

/** How many words "nước" and a state's full name after it take from `k` ("nước Cộng hòa Kazakhstan" three), or 0. */
function nuocStateLength(ctx: Context, k: number): number {
  const state = folded(ctx, k) === 'nuoc' && joined(ctx.text, ctx.tokens, k) ? stateLengthAt(ctx, k + 1, LONGEST_STATE_WORDS) : 0;
  return state > 0 ? state + 1 : 0;
}

/** Whether a state's name starts at `at` ("… Việt Nam và | Philippines"). */
const stateStartsAt = (ctx: Context, at: number): boolean => stateLengthAt(ctx, at) > 0;

/** Whether a ministry, a department or an agency ("Bộ", "Cục", "Vụ", "Viện", "Cơ quan") is named in tokens [from, to): an office's body, whose fields "và" may join. */
function ministryInside(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (['Bộ', 'Cục', 'Vụ', 'Viện'].includes(ctx.tokens[k]!.text) || (ctx.tokens[k]!.text === 'Cơ' && ctx.tokens[k + 1]?.folded === 'quan')) return true;
  return false;
}

/**
 * How many words the name of a city or province starting at `k` has, before a person's name that may follow it in an
 * office ("TP Huế | Nguyễn Văn Phương", "TP Đà Nẵng | Lê Trung Chinh", "TP Hồ Chí Minh | Susan Burns", "TP HCM | Trần …"):
 * where a family name starts a name of two to four words; else all but the last two capitalised words, one or two.
 */
function cityLength(ctx: Context, k: number, limit: number): number {
  if (isAcronym(ctx.tokens[k]!.text)) return 1;
  if (['ho chi minh', 'thua thien hue'].some((city) => phraseAt(ctx.text, ctx.tokens, k, city))) return 3;
  let run = 1;
  while (k + run < limit && run < 7 && cap(ctx, k + run) && joined(ctx.text, ctx.tokens, k + run - 1) && phraseLength(ctx, k + run, VI_RANKS) === 0 && !titleAt(ctx.tokens, k + run)) run++;
  for (let words = Math.min(3, run - 2); words >= 1; words--) {
    if (VI_FAMILY_NAMES.has(ctx.tokens[k + words]!.text.toLowerCase()) && run - words <= 4) return words;
  }
  return run <= 2 ? run : Math.min(2, run - 2);
}

/** The second fields of ministries, after "và" (folded): "Khoa học và Công nghệ", "Thông tin và Truyền thông", Australia's "Ngoại giao và Thương mại", Singapore's "Phát triển Kỹ thuật số và Thông tin", Brazil's "Tư pháp và An ninh công cộng", Egypt's "Quốc phòng và Sản xuất quân sự"; a department's too: "Cục Chính sách và Kế hoạch" …. */
const MINISTRY_SECOND_FIELDS = ['san xuat quan su', 'cuu chien binh', 'hai duong hoc', 'ke hoach', 'cong nghe', 'thong tin', 'thuong mai', 'hanh chinh', 'an ninh cong cong', 'cuu tro', 'truyen thong', 'moi truong', 'dao tao', 'phat trien nong thon', 'dau tu', 'xa hoi', 'du lich', 'hop tac quoc te'];

/** Grammar words that open what follows a name, never a name's last syllable (as written): "Bộ Quốc phòng | không bình luận". */
const CLAUSE_WORDS = new Set(['được', 'của', 'và', 'là', 'cho', 'với', 'tại', 'đã', 'sẽ', 'mà', 'thì', 'này', 'các', 'những', 'đang', 'vừa', 'bị', 'không', 'chưa']);

/** Verbs that open a clause right after a name, as written. */
const CLAUSE_VERBS_AFTER_NAMES = new Set(['chủ trì', 'dẫn đầu', 'tổ chức', 'phối hợp', 'tham dự', 'tham gia', 'tiếp đón', 'tiếp nhận', 'ban hành', 'thông qua', 'ký kết', 'công bố', 'tuyên bố', 'tài trợ', 'viện trợ', 'hỗ trợ', 'trao tặng', 'bàn giao',
  // Verbs of saying and of welcoming: "Tổng Thư ký ASEAN | hoan nghênh Mạng lưới …", "Bộ Quốc phòng | khẳng định …".
  'hoan nghênh', 'ủng hộ', 'khẳng định', 'nhấn mạnh', 'cam kết', 'đề nghị', 'bày tỏ', 'cảm ơn', 'chúc mừng', 'thông báo', 'cho biết', 'phát biểu', 'khai mạc', 'khai giảng', 'chỉ đạo', 'yêu cầu', 'đánh giá', 'kêu gọi', 'đề xuất',
  // Where it lies: "Căn cứ hải quân Ream | nằm ở tỉnh …".
  'nằm ở', 'nằm tại', 'nằm trên',
  // Units that twin or sign up with another: "Đồn Biên phòng … | kết nghĩa với Đại đội …".
  'kết nghĩa']);

/** Whether one of those verbs stands at word `at` ("Ban Bí thư | ban hành Chỉ thị …"); not after "Ban", which it names ("Ban chỉ đạo 389"). */
const clauseVerbAt = (ctx: Context, at: number) => CLAUSE_VERBS_AFTER_NAMES.has(`${ctx.tokens[at]!.text} ${ctx.tokens[at + 1]?.text ?? ''}`.toLowerCase()) && ctx.tokens[at - 1]?.folded !== 'ban';

/** Verbs of one syllable by which bodies meet, visit or attend. */
const ONE_SYLLABLE_MEETING_VERBS = new Set(['họp', 'tiếp', 'thăm', 'gặp', 'dự']);

/** Whether a name's last syllable and the next, lower-case one are one word ("Công an", "Quân đội", "Thư ký"): a name does not end inside a word. */
function continuesWord(ctx: Context, at: number): boolean {
  const next = ctx.tokens[at + 1];
  if (!next || cap(ctx, at + 1) || !joined(ctx.text, ctx.tokens, at)) return false;
  // "… Vịnh Bắc Bộ năm 2000": a year, not the "bộ năm" (set of five) of the word list.
  if (next.folded === 'nam' && /^\d/.test(ctx.tokens[at + 2]?.text ?? '')) return false;
  // "… Con đường | được nhắc đến": a grammar word opens the clause after a name, whatever pair the word list holds ("đường được").
  // ("Luật Phòng không nhân dân": after a capitalised syllable that opens a word, "không" ends the word "Phòng không", air
  // defence; not after a city's second syllable, "Hải Phòng | không …".)
  const airDefence = next.text === 'không' && cap(ctx, at) && !(at > 0 && isCompound(ctx.tokens[at - 1]!.text, ctx.tokens[at]!.text));
  // ("Văn phòng Nội các Nhật Bản": "Nội các", the cabinet, is one word; the plural "các" opens nothing after "Nội".)
  const cabinet = next.text === 'các' && ctx.tokens[at]!.text === 'Nội';
  if (CLAUSE_WORDS.has(next.text) && !airDefence && !cabinet) return false;
  // "Đại sứ quán Hoa Kỳ | cùng dự": a state's name of two syllables or more is whole, its last syllable no word's first
  // ("kỳ cùng"); one of a single syllable may be a word's ("Vụ Pháp chế").
  if ([2, 3].some((length) => at - length + 1 >= 0 && stateLengthAt(ctx, at - length + 1) === length)) return false;
  // "Bộ Ngoại giao | tiếp Đoàn đại biểu …": a verb of meeting before a name is the clause's, not a word's end ("giao tiếp").
  if (meetsAt(ctx.tokens, at + 1) && cap(ctx, at + 2)) return false;
  // "Vùng 5 Hải quân | chủ trì", "Bộ đội Biên phòng | không chỉ …": after a word's lower-case second syllable, the two
  // lower-case syllables after the name are a word of their own, not the end of one the name began ("quân chủ", "phòng không").
  // After a capitalised syllable, only a verb of the clause is: "Thành phố Hồ Chí Minh | chủ trì", but "Bộ Quốc phòng không
  // …", "Bộ Ngoại giao phối hợp …" ("phòng không", "giao phối" are words of the list too).
  const after = ctx.tokens[at + 2];
  const wordAfter = after !== undefined && !cap(ctx, at + 2) && joined(ctx.text, ctx.tokens, at + 1) && isCompound(next.text, after.text);
  // (Not after a syllable that ends no word, a word's first: "Công ước Cấm vũ | khí hóa học" goes on, "vũ khí" one word.)
  const endsWord = at > 0 && isCompound(ctx.tokens[at - 1]!.text, ctx.tokens[at]!.text);
  if (wordAfter && ((!cap(ctx, at) && endsWord) || clauseVerbAt(ctx, at + 1))) return false;
  // "Ban Chỉ đạo 389 Bộ Quốc phòng | họp …": a word the name ends with ("Quốc phòng") is whole; its last syllable opens no
  // other word ("phòng họp") with a verb of meeting.
  if (at > 0 && cap(ctx, at - 1) && !cap(ctx, at) && ONE_SYLLABLE_MEETING_VERBS.has(next.text) && isCompound(ctx.tokens[at - 1]!.text, ctx.tokens[at]!.text)) return false;
  return isCompound(ctx.tokens[at]!.text, next.text);
}

/**
 * Words institutions' names hold in lower case ("Tổng cục Công nghiệp quốc phòng", "Quân đội nhân dân Việt Nam", "Hội đồng
 * An ninh quốc gia", "Cục Gìn giữ hòa bình Việt Nam", "Hội nghị Quan chức Quốc phòng cấp cao ASEAN", "Cảng quốc tế Cam
 * Ranh", "Cục An toàn thông tin", "Lực lượng Bảo vệ bờ biển Philippines", "Công ty
 * TNHH Một thành viên …", "Bộ Tư lệnh Tác chiến không gian mạng"), and states' full names ("Chính phủ nước Cộng hòa xã hội
 * chủ nghĩa Việt Nam").
 */
// ("Viện Năng lượng nguyên tử Việt Nam", "Trung tâm Hỗ trợ An ninh hạt nhân", "Bộ Tư lệnh Cảnh sát cơ động", "Bộ Các lực lượng vũ
// trang cách mạng Cuba": atomic energy, nuclear security, the mobile police, Cuba's revolutionary armed forces.)
const INSTITUTION_WORDS = ['khong gian mang', 'quoc phong', 'nhan dan', 'quoc gia', 'the gioi', 'an ninh', 'bien phong', 'quan su', 'cong an', 'quoc te', 'thong tin', 'bo bien', 'thanh vien', 'khu vuc', 'toan cau', 'xa hoi chu nghia', 'hoa binh', 'cap cao', 'van tai', 'nong thon', 'nguyen tu', 'hat nhan', 'co dong', 'luc luong vu trang cach mang'];

/** Names whose last syllable is written in lower case: a coast guard ("Cảnh sát biển Việt Nam"), the United Nations, the Red Cross. */
const LOWER_LAST_SYLLABLE = [
  ['canh sat', 'biển'],
  ['lien hop', 'quốc'],
  // "Ủy ban Chữ thập đỏ quốc tế", "Hội Chữ thập đỏ Việt Nam".
  ['chu thap', 'đỏ'],
  // "Cục An ninh mạng", "Bộ Tư lệnh Tác chiến không gian mạng": cyber security, one word of three syllables.
  ['an ninh', 'mạng'],
  ['khong gian', 'mạng'],
  // "Hội nghị Bộ trưởng Quốc phòng ASEAN hẹp": the ministers' retreat, not their meeting.
  ['phong asean', 'hẹp'],
] as const;

/** The last of an institution's lower-case words from `k` ("quốc phòng"; "biển" of "Cảnh sát biển"), or -1. */
function institutionWordsEnd(ctx: Context, k: number): number {
  if (!joined(ctx.text, ctx.tokens, k - 1)) return -1;
  const phrase = INSTITUTION_WORDS.find((words) => phraseAt(ctx.text, ctx.tokens, k, words));
  const last = phrase ? k + phrase.split(' ').length - 1 : -1;
  if (phrase && ctx.tokens.slice(k, last).every((_, w) => joined(ctx.text, ctx.tokens, k + w))) return last;
  return k >= 2 && LOWER_LAST_SYLLABLE.some(([before, last]) => ctx.tokens[k]!.text === last && phraseAt(ctx.text, ctx.tokens, k - 2, before)) ? k : -1;
}

/** Words that end the topic of an instrument's name ("Bản ghi nhớ về hợp tác đào tạo | giữa …"). */
// As written, not folded: "cửa khẩu", "vũ khí", "tự vệ" hold syllables that fold like "của", "khi", "từ".
const TOPIC_ENDS = new Set(['giữa', 'với', 'tại', 'nhằm', 'nhân', 'trong', 'được', 'đã', 'sẽ', 'vừa', 'do', 'của', 'cho', 'là', 'theo', 'từ', 'khi', 'và', 'để', 'hôm']);

/** The last word of an office's portfolio after "phụ trách" that punctuation ends, from `k` ("các vấn đề chính sách,"), or -1. */
function portfolioEnd(ctx: Context, k: number, limit: number): number {
  const endsAt = (w: number) => w + 1 >= limit || /^\s*[,.;:()]/.test(ctx.text.slice(ctx.tokens[w]!.end, ctx.tokens[w + 1]!.start));
  for (let w = k; w < limit && w - k < 12; w++) {
    // ("Thứ trưởng Quốc phòng phụ trách các vấn đề quốc tế Nhật Bản,": the state whose office it is closes it.)
    // ("… phụ trách các vấn đề châu Âu,": a continent is a matter of the portfolio.)
    if (cap(ctx, w) && ctx.tokens[w - 1]!.text === 'châu') {
      if (endsAt(w)) return w;
      continue;
    }
    if (cap(ctx, w)) {
      const state = w > k ? stateLengthAt(ctx, w) : 0;
      const end = w + state - 1;
      return state > 0 && (end + 1 >= limit || /^\s*[,.;:()]/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]!.start))) ? end : -1;
    }
    // ("… phụ trách các vấn đề chính trị của EEAS,": the body whose office it is, named whole up to the punctuation.)
    if (ctx.tokens[w]!.text.toLowerCase() === 'của' && w > k && cap(ctx, w + 1)) {
      for (let e = w + 1; e < limit && e - w < 8; e++) if (endsAt(e)) return e;
      return -1;
    }
    // ("… phụ trách các vấn đề chính trị và xây dựng hòa bình,": two matters of one portfolio, in lower case.)
    const matters = ctx.tokens[w]!.text.toLowerCase() === 'và' && w > k && !cap(ctx, w + 1);
    if ((['tại', 'với', 'đã', 'sẽ', 'và', 'của'].includes(ctx.tokens[w]!.text.toLowerCase()) && !matters) || isTriggerAt(ctx.text, ctx.tokens, w)) return -1;
    if (endsAt(w)) return w;
  }
  return -1;
}

/** Words before a province's or a city's name, folded: what closes a provincial agency's name. */
const PROVINCE_WORDS = ['tinh', 'thanh pho'];

/** What an agency does right after its name, which its name never holds (as written). */
const AGENCY_VERBS = new Set(['cử', 'gửi', 'đến', 'thăm', 'tiếp', 'gặp', 'trao', 'tặng', 'nhận', 'mời', 'đón', 'đưa', 'giúp', 'vừa', 'đang', 'mở']);
/** The same, of two words whose first begins other words too ("phát triển", "thông tin"), folded. */
const AGENCY_VERB_PHRASES = ['phat bieu', 'thong bao', 'cho biet', 'de nghi', 'khang dinh', 'lam viec', 'cam on', 'chuc mung', 'ban giao', 'dieu dong', 'to chuc', 'chu tri', 'phoi hop', 'tiep nhan', 'dieu phoi', 'dong chu tri', 'dong to chuc', 'dang cai'];

/** The end of the name of an agency named in lower case after its first word ("Cục Phòng, chống ma túy") that opens at `k`, or -1. */
function lowerCaseNamedAgencyEnd(ctx: Context, k: number, limit: number): number {
  const afterHead = lowerCaseNamedHeadEnd(ctx, k);
  if (afterHead < 0) return -1;
  const named = extendName(ctx, afterHead, limit);
  const end = agencyNameEnd(ctx, named, limit);
  return end > named ? end : -1;
}

/** The last word of such an agency's head at `k`, capitalised and followed by a capitalised word ("Cục | Phòng …"), or -1. */
function lowerCaseNamedHeadEnd(ctx: Context, k: number): number {
  const head = LOWER_CASE_NAMED.find((h) => phraseAt(ctx.text, ctx.tokens, k, h));
  const afterHead = head ? k + head.split(' ').length - 1 : -1;
  return head && cap(ctx, k) && cap(ctx, afterHead + 1) && joined(ctx.text, ctx.tokens, afterHead) ? afterHead : -1;
}

/** Nouns that open with "không", which agencies' names hold: space, the air force, airspace, air traffic. */
const AIR_AND_SPACE = new Set(['không gian', 'không quân', 'không phận', 'không lưu']);
/** Adverbs that open a clause after a name, which no agency's name holds (as written). */
const CLAUSE_ADVERBS = new Set(['không', 'chưa', 'chẳng', 'luôn', 'đều', 'vẫn', 'còn', 'mới', 'thường', 'từng', 'rất', 'tiếp', 'cùng', 'lại', 'hãy', 'cần', 'phải']);

/** How many words in lower case an agency's name goes on with ("Cục Cảnh sát điều tra tội phạm về ma túy"). */
const AGENCY_TAIL_WORDS = 12;

/** Whether a tense or what an agency does stands at `k`: "đã", "cử", "phối hợp". */
function opensClause(ctx: Context, k: number): boolean {
  return ['đã', 'sẽ', 'vừa', 'đang', 'cũng'].includes(ctx.tokens[k]!.text) || AGENCY_VERBS.has(ctx.tokens[k]!.text) || AGENCY_VERB_PHRASES.some((verb) => phraseAt(ctx.text, ctx.tokens, k, verb));
}

/**
 * The end of an agency's name that goes on in lower case from `last`: "Cục Gìn giữ | hòa bình Việt Nam", "Cục Phòng, chống |
 * ma túy, Bộ Nội vụ Lào". Only a run that punctuation, the sentence's end or a state ends is a name's: "Cục Đối ngoại cử đoàn
 * sang …" is a clause, and is left as it was.
 */
function agencyNameEnd(ctx: Context, last: number, limit: number): number {
  // "Cơ quan Cảnh sát Quốc gia Kenya | sẵn sàng cử …": a name its state ends is whole.
  if (last > 0 && stateEndsAt(ctx, last - 1, last)) return last;
  let k = last + 1;
  // ("Cục An ninh mạng và phòng, chống tội phạm …": the comma of "phòng, chống" is inside the name.)
  const phongChong = (at: number) => phraseAt(ctx.text, ctx.tokens, at, 'phong') && /^, $/.test(ctx.text.slice(ctx.tokens[at]!.end, ctx.tokens[at + 1]?.start)) && phraseAt(ctx.text, ctx.tokens, at + 1, 'chong');
  // Whether a second field "và phòng, chống …" goes on: the sentence's end closes it too ("… và Cục An ninh mạng và phòng, chống
  // tội phạm sử dụng công nghệ cao.").
  let preventing = false;
  for (; k < limit && k - last <= AGENCY_TAIL_WORDS && (joined(ctx.text, ctx.tokens, k - 1) || phongChong(k - 1)) && !cap(ctx, k); k++) {
    // "Trung tâm Điều phối | hỗ trợ nhân đạo ASEAN …": a term of the field is the name's, whatever rule its words begin.
    const term = k > last + 1 || joined(ctx.text, ctx.tokens, last) ? fieldTermEndAt(ctx.text, ctx.tokens, k, limit) : -1;
    if (term >= k && term - last <= AGENCY_TAIL_WORDS) {
      k = term;
      continue;
    }
    const word = ctx.tokens[k]!.text.toLowerCase();
    // "… tội phạm về ma túy": police departments are named by the crimes they investigate.
    const crimes = word === 'về' && phraseAt(ctx.text, ctx.tokens, k - 2, 'toi pham');
    // "Cục Cảnh sát thi hành án hình sự": the enforcement of sentences, a noun, is no "thi hành" (implements).
    // "… và hỗ trợ tư pháp": a second field after "và" may begin with a rule's words; the name must still close with a comma,
    // a bracket or a state, below.
    const nounOrField = phraseAt(ctx.text, ctx.tokens, k, 'thi hanh an') || ctx.tokens[k - 1]!.text === 'và';
    // "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao": a second field in lower case after "và" is the name's;
    // "Cục Cảnh sát hình sự | và Cục …", "… | và các đơn vị": a name or a grammar word after it opens another item.
    if (word === 'và') {
      // ("… Cục Hải cảnh Quảng Tây | và chủ trì hội đàm": nor before what the agency does.)
      if (k + 1 < limit && !cap(ctx, k + 1) && joined(ctx.text, ctx.tokens, k) && !isFunctionWord(ctx.tokens[k + 1]!.text) && !opensClause(ctx, k + 1)) {
        preventing ||= phongChong(k + 1);
        continue;
      }
      return k > last + 1 ? k - 1 : last;
    }
    // "Cục Cảnh sát hình sự | phối hợp với …": what an agency does, or a tense, after words in lower case ends its name there
    // (not after an adverb: "Học viện Quốc phòng | không ngừng mở rộng …" is a clause already).
    // ("Trung tâm Ứng cứu khẩn cấp không gian mạng": "không gian" is a noun, no "không".)
    if (CLAUSE_ADVERBS.has(word) && !AIR_AND_SPACE.has(`${word} ${ctx.tokens[k + 1]?.text.toLowerCase() ?? ''}`)) return last;
    if (k > last + 1 && opensClause(ctx, k)) return k - 1;
    // "Cục Cảnh sát phòng, chống ma túy | thuộc Bộ An ninh Lào": whose the agency is ends its name.
    if (k > last + 1 && (word === 'thuộc' || (word === 'trực' && ctx.tokens[k + 1]?.text === 'thuộc'))) return k - 1;
    // ("… bức xạ và hạt nhân": "nhân" that ends a word, "hạt nhân", nuclear, is no "nhân dịp".)
    const wordEnd = () => isCompound(ctx.tokens[k - 1]!.text, ctx.tokens[k]!.text) && joined(ctx.text, ctx.tokens, k - 1);
    if (!crimes && (isFunctionWord(word) || (TOPIC_ENDS.has(word) && !wordEnd()) || CLAUSE_VERBS.has(word) || NEAR_WORDS.has(word) || AGENCY_VERBS.has(word) || AGENCY_VERB_PHRASES.some((verb) => phraseAt(ctx.text, ctx.tokens, k, verb)) || /\d/.test(word) || (isTriggerAt(ctx.text, ctx.tokens, k) && !nounOrField) || signsAt(ctx, k))) return last;
  }
  if (preventing && k >= limit && k - last <= AGENCY_TAIL_WORDS) return k - 1;
  if (k === last + 1 || k - last > AGENCY_TAIL_WORDS || k >= limit) return last;
  // "Cơ quan Cảnh sát điều tra | Bộ Công an": the ministry the agency is of closes its name.
  // (A police agency's, named by what it does: "Học viện Quốc phòng | đào tạo Bộ Quốc phòng Lào" is a clause.)
  const police = last > 0 && phraseAt(ctx.text, ctx.tokens, last - 1, 'canh sat') && k - last <= 3;
  if (police && ctx.tokens[k]!.text === 'Bộ' && cap(ctx, k + 1) && joined(ctx.text, ctx.tokens, k - 1)) return k - 1;
  // A comma, a bracket or a semicolon closes the name, not the sentence's end: "Học viện Quốc phòng đào tạo học viên quân sự
  // Lào." is a clause.
  const closed = (end: number) => /^\s*[,;:()]/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]?.start ?? ctx.text.length));
  // ("… hỗ trợ nhân đạo ASEAN": the association is whose the agency is, as a state is.)
  const state = stateLengthAt(ctx, k) || (ctx.tokens[k]!.text === 'ASEAN' ? 1 : 0);
  // "… ASEAN về quản lý thảm họa (Trung tâm AHA)": what it is for, after its owner, up to the bracket of its short name.
  const about = (end: number) => {
    if (ctx.tokens[end + 1]?.text !== 'về' || !joined(ctx.text, ctx.tokens, end)) return -1;
    for (let w = end + 2; w < limit && w - end < 8 && !cap(ctx, w); w++) if (/^\s*\(/.test(ctx.text.slice(ctx.tokens[w]!.end, ctx.tokens[w + 1]?.start ?? ctx.text.length))) return w;
    return -1;
  };
  if (state > 0 && joined(ctx.text, ctx.tokens, k - 1) && about(k + state - 1) > 0) return about(k + state - 1);
  // After a state, a tense or what an agency does opens the clause: "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam
  // | đã liên lạc …", "Cơ quan Cảnh sát quốc gia Hàn Quốc | cho biết …".
  const clauseAfter = (end: number) => joined(ctx.text, ctx.tokens, end) && end + 1 < limit && opensClause(ctx, end + 1);
  if (state > 0 && joined(ctx.text, ctx.tokens, k - 1)) return closed(k + state - 1) || clauseAfter(k + state - 1) ? k + state - 1 : last;
  // "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực III": a regional agency's name ends with its region's numeral.
  if (/^[IVX]{1,4}$/.test(ctx.tokens[k]!.text) && ['khu vuc', 'vung'].some((word) => phraseAt(ctx.text, ctx.tokens, k - word.split(' ').length, word)) && joined(ctx.text, ctx.tokens, k - 1)) {
    return k;
  }
  // "Trung tâm Hành động bom mìn tỉnh Quảng Trị": a provincial agency's name ends with its province.
  if (PROVINCE_WORDS.some((word) => phraseAt(ctx.text, ctx.tokens, k - word.split(' ').length, word))) {
    let end = ctx.covered[k]?.lastToken ?? k;
    while (end + 1 < limit && end - k < 2 && cap(ctx, end + 1) && joined(ctx.text, ctx.tokens, end) && headAt(ctx, end + 1) === undefined) end++;
    return closed(end) || clauseAfter(end) || end + 1 === limit ? end : last;
  }
  return closed(k - 1) ? k - 1 : last;
}

/**
 * What an event does, which no topic holds: "Hội thảo về an ninh biển | diễn ra tại Hà Nội", "Nhóm công tác … | họp tại …";
 * and what the parties agree to next: "… Bản ghi nhớ về hợp tác ứng phó sự cố trên biển | và nhất trí …"; the term of those
 * who chair a group ("Nhóm chuyên gia … về an ninh biển | nhiệm kỳ 2028–2031") (folded).
 */
const TOPIC_END_PHRASES = ['dien ra', 'keo dai', 'khai mac', 'be mac', 'ket thuc', 'bat dau', 'thu hut', 'quy tu', 'khai giang', 'be giang', 'danh cho', 'hop tai', 'va nhat tri', 'va thong nhat', 'va phu hop', 'phu hop voi', 'tren co so', 'trong khuon kho', 'cu the hoa', 'tap trung vao', 'bao trum', 'bao gom', 'quy dinh hop tac', 'nhiem ky'];
/**
 * Topics of a statement that set up a partnership with no sides named (folded), after which its name ends: "Tuyên bố
 * chung | về việc nâng cấp quan hệ lên …" ("… về nâng cấp quan hệ Việt Nam – Hàn Quốc lên …" names its sides, and is read whole).
 */
const UPGRADE_TOPICS = ['ve viec nang cap quan he len', 've viec thiet lap quan he'];
/** The words of what a partnership says it is for, folded: "vì hòa bình, hợp tác và phát triển bền vững", "… tại châu Á và trên thế giới". */
const PARTNERSHIP_AIM_WORDS = new Set('hoa binh thinh vuong hop tac phat trien ben vung on dinh an ninh tai chau a va tren the gioi khu vuc o'.split(' '));

/** Heads of what is named in sentence case, its first word alone capitalised (folded). */
const PROJECT_HEADS = ['du an', 'chuong trinh'];

/** Nouns "nhân" begins, where it is no "nhân dịp" (on the occasion of) ending a topic: "hỗ trợ nhân đạo". */
const NHAN_NOUNS = new Set(['đạo', 'dân', 'lực', 'sự', 'viên', 'quyền', 'tạo', 'văn', 'thân', 'chứng', 'mạng']);

/**
 * The tail of an instrument's or an event's name: its topic in lower case ("… về hợp tác đào tạo"),
 * its period ("giai đoạn 2025–2028", "năm 2025"), its number ("lần thứ 6"), its abbreviation.
 */
function nameTail(ctx: Context, first: number, end: number, kind: Kind, limit: number, topicFollows = false): number {
  const at = (k: number, phrase: string) => k < limit && phraseAt(ctx.text, ctx.tokens, k, phrase) && joined(ctx.text, ctx.tokens, k - 1);
  let last = end;
  // "Triển lãm Quốc phòng và An ninh châu Á": a continent is named with a lower-case "châu", inside a name too.
  if (at(last + 1, 'chau') && last + 2 < limit && cap(ctx, last + 2)) last += 2;
  // "Hiệp định về Quy chế | quản lý biên giới …": a topic the name's capitalised words began goes on in lower case.
  const ve = ctx.tokens.slice(first + 1, end).findIndex((t) => t.folded === 've') + first + 1;
  // "ký thỏa thuận hợp tác phát triển …": signed in lower case, an instrument is named by the topic right after its head.
  const topicBegun = (topicFollows || (ve > first && cap(ctx, ve + 1))) && last + 1 < limit && !cap(ctx, last + 1) && joined(ctx.text, ctx.tokens, last);
  // "Diễn tập thực binh về hỗ trợ nhân đạo …", "Hội thảo về an ninh biển": an event named in lower case by its manner and its topic.
  const eventVe = kind === 'event' && cap(ctx, first) ? [1, 2, 3, 4, 5].map((n) => last + n).find((k) => at(k, 've') && ctx.tokens.slice(last + 1, k).every((t, n) => !cap(ctx, last + 1 + n) && !isFunctionWord(t.text) && !isTriggerAt(ctx.text, ctx.tokens, last + 1 + n))) : undefined;
  // "Khóa huấn luyện rà phá bom mìn nhân đạo": a course is named by what it teaches, right after its head.
  // "tổ chức Hội thảo chia sẻ kinh nghiệm huấn luyện …": so is a meeting, right after the verb that organises or attends it.
  const headOnly = last === first + (headAt(ctx, first)?.[0] ?? 0) - 1;
  // ("Tham dự Hội nghị có …", opening the sentence, says who attended it.)
  // ("tổ chức thực binh Diễn tập …": how it was held may stand between.)
  const manner = phraseAt(ctx.text, ctx.tokens, first - 2, 'thuc binh') ? 2 : 0;
  const introducedBy = (verb: string) => first - manner - verb.split(' ').length > ctx.sentenceStart[first]! && phraseAt(ctx.text, ctx.tokens, first - manner - verb.split(' ').length, verb);
  const introduced = headOnly && ORGANISED_BY.some(introducedBy);
  const course = kind === 'event' && cap(ctx, first) && ((last === first + 2 && COURSE_HEADS.some((head) => phraseAt(ctx.text, ctx.tokens, first, head))) || introduced) && last + 1 < limit && !cap(ctx, last + 1) && joined(ctx.text, ctx.tokens, last);
  // "Nhóm công tác ASEAN về an ninh mạng": a working group is named by its field too.
  const group = kind === 'actor' && ['nhom cong tac', 'nhom chuyen gia'].some((head) => phraseAt(ctx.text, ctx.tokens, first, head));
  // "Tuyên bố chung | về việc nâng cấp quan hệ lên Đối tác …": what a statement sets up is a partnership of its own, no topic.
  if (UPGRADE_TOPICS.some((phrase) => at(last + 1, phrase))) return last;
  // "Quan hệ Đối tác Chiến lược Toàn diện | vì hòa bình và thịnh vượng tại châu Á và trên thế giới": what a partnership is for.
  if (kind === 'partnership' && at(last + 1, 'vi hoa binh')) {
    let k = last + 2;
    const gapAfter = (n: number) => ctx.text.slice(ctx.tokens[n]!.end, ctx.tokens[n + 1]?.start ?? ctx.text.length);
    while (k + 1 < limit && k - last < 20 && /^(?: |, )$/.test(gapAfter(k)) && PARTNERSHIP_AIM_WORDS.has(folded(ctx, k + 1)) && (!cap(ctx, k + 1) || folded(ctx, k) === 'chau')) k++;
    while (['va', 'tai', 'tren', 'o'].includes(folded(ctx, k))) k--;
    last = k;
    const sides = sidesAfter(ctx, last + 1, limit);
    return sides > 0 ? sides : last;
  }
  // ("Hội nghị … Nhóm chuyên gia ADMM+ về Hỗ trợ | nhân đạo và cứu trợ thảm họa": an event's topic too.)
  if (((kind === 'agreement' || kind === 'partnership' || kind === 'framework' || group) && (at(last + 1, 've') || topicBegun)) || (kind === 'event' && topicBegun) || eventVe !== undefined || course) {
    let k = eventVe !== undefined ? eventVe + 1 : (topicBegun || course) && !at(last + 1, 've') ? last + 1 : last + 2;
    // "… về hợp tác trong lĩnh vực đóng tàu": "trong lĩnh vực" goes on with the topic.
    // "… về hợp tác quốc phòng | ký năm 2014": the verb of signing ends it.
    // "… về hỗ trợ nhân đạo": a word that ends a topic ("nhân dịp") goes on inside a word of two syllables; "… về an ninh biển | diễn ra tại": an event's verb ends it.
    const word = (k: number) => ctx.tokens[k]?.text.toLowerCase() ?? '';
    // ("… cướp có vũ trang đối với tàu thuyền": "đối với" is one word, "với" no end there.)
    // ("… an ninh hạt nhân": "nhân" that ends the word "hạt nhân", nuclear.)
    const endsTopic = (k: number) => TOPIC_ENDS.has(word(k)) && !(word(k) === 'nhân' && (NHAN_NOUNS.has(word(k + 1)) || word(k - 1) === 'hạt')) && !(word(k) === 'với' && word(k - 1) === 'đối');
    const endPhrase = (k: number) => TOPIC_END_PHRASES.some((phrase) => phraseAt(ctx.text, ctx.tokens, k, phrase));
    // A course's or a meeting's topic ends at a verb of a clause, a number, its edition ("lần thứ 5", read below); a meeting's
    // named right after a verb, at any grammar word too ("tham dự Hội nghị | đều đánh giá cao …", "chủ trì Hội nghị | cùng …").
    const clause = (k: number) => course && (CLAUSE_VERBS.has(word(k)) || /\d/.test(word(k)) || phraseAt(ctx.text, ctx.tokens, k, 'lan thu') || (introduced && ((isFunctionWord(word(k)) && !['về', 'và'].includes(word(k))) || ['đều', 'rất', 'vừa'].includes(word(k)))));
    // (An event's edition, "lần thứ 3", ends its topic, whatever follows: "… lần thứ 3 | tổ chức tại …".)
    const edition = (k: number) => kind === 'event' && phraseAt(ctx.text, ctx.tokens, k, 'lan thu');
    // (So does its period, "giai đoạn 2025–2027", which the tail below gives back to a plan's name but not to a group's:
    // "Nhóm chuyên gia … về bom mìn | giai đoạn 2027–2030" is the term of its chairs.)
    const period = (k: number) => phraseAt(ctx.text, ctx.tokens, k, 'giai doan') && /^\d{4}/.test(ctx.tokens[k + 2]?.text ?? '');
    // ("… vì hòa bình và thịnh vượng tại châu Á và trên thế giới": a continent after "tại" is where the aim is, not a venue.)
    const atContinent = (k: number) => ['tại', 'ở'].includes(word(k)) && word(k + 1) === 'châu';
    const topicGoesOn = (k: number) => !signsAt(ctx, k) && !endPhrase(k) && !clause(k) && !edition(k) && !period(k) && (!endsTopic(k) || (folded(ctx, k) === 'va' && !cap(ctx, k + 1)) || (folded(ctx, k) === 'trong' && phraseAt(ctx.text, ctx.tokens, k + 1, 'linh vuc')) || atContinent(k));
    // "Hiệp định về Quy chế quản lý biên giới …": the topic's first word may be capitalised.
    const topicStart = k;
    // ("… ở châu Á": a continent is named with a lower-case "châu".)
    const continent = (k: number) => cap(ctx, k) && word(k - 1) === 'châu';
    // ("… trong lĩnh vực gìn giữ hòa bình Liên hợp quốc giữa …": the peacekeeping the United Nations does, inside the topic.)
    const unPeacekeeping = (k: number) => phraseAt(ctx.text, ctx.tokens, k - 2, 'hoa binh') && phraseAt(ctx.text, ctx.tokens, k, 'lien hop quoc') && k + 3 < limit;
    // ("Dự án … vì một Quảng Trị an toàn", "… kiểm soát ma túy tiểu vùng sông Mê Công": the place a project's aim is for, a
    // river, named inside the topic after the words that open it.)
    const placeNamedAfter = (k: number): boolean => cap(ctx, k) && ((word(k - 1) === 'một' && word(k - 2) === 'vì') || word(k - 1) === 'sông' || (cap(ctx, k - 1) && k - 1 > topicStart && placeNamedAfter(k - 1)));
    while (k < limit && k - last < 22 && joined(ctx.text, ctx.tokens, k - 1) && (!cap(ctx, k) || k === topicStart || continent(k) || unPeacekeeping(k) || placeNamedAfter(k)) && topicGoesOn(k)) k += unPeacekeeping(k) ? 3 : 1;
    // "… an ninh mạng và phòng, chống …": a topic does not end on half of what "và" joins.
    const va = k - 2;
    if (va > last + 1 && folded(ctx, va) === 'va' && k < limit && !joined(ctx.text, ctx.tokens, k - 1)) k = va;
    // A topic does not end on a grammar word ("… về an ninh biển và", cut by its length).
    while (k - 1 > topicStart && isFunctionWord(ctx.tokens[k - 1]!.text)) k--;
    if (k - 1 > last + 1) last = k - 1;
    // ("Diễn tập đa quốc gia về gìn giữ hòa bình Khaan Quest 2026": an exercise's own name and its year, after its topic.)
    if (kind === 'event' && last === k - 1 && cap(ctx, k) && joined(ctx.text, ctx.tokens, last) && headAt(ctx, k) === undefined && !stateStartsAt(ctx, k)) {
      let m = k;
      while (m + 1 < limit && m - k < 3 && cap(ctx, m + 1) && joined(ctx.text, ctx.tokens, m)) m++;
      if (/^\d{4}$/.test(ctx.tokens[m + 1]?.text ?? '') && joined(ctx.text, ctx.tokens, m)) last = m + 1;
    }
    // "Tuyên bố chung về tăng cường quan hệ | Đối tác Chiến lược …": the partnership a statement's topic is about, whole.
    const partnership = k === last + 1 && k < limit && phraseAt(ctx.text, ctx.tokens, last - 1, 'quan he') && cap(ctx, k) && headAt(ctx, k)?.[1] === 'partnership' && joined(ctx.text, ctx.tokens, last);
    if (partnership) {
      last = ctx.covered[k]?.lastToken ?? extendName(ctx, k + headAt(ctx, k)![0] - 1, limit, false, CONNECTORS, 'partnership');
    }
    // "… giữa Việt Nam và Lào": the two sides close the name.
    const sides = sidesAfter(ctx, last + 1, limit);
    if (sides > 0) last = sides;
  }
  // "(ADMM+)", "(AUMX)": an abbreviation inside the name, when the name goes on after it.
  const bracket = /^\s*\([^()\n]{1,12}\)\s*/.exec(ctx.text.slice(ctx.tokens[last]!.end));
  const after = bracket ? tokenFrom(ctx, ctx.tokens[last]!.end + bracket[0].length) : last + 1;
  const tail = (k: number): number => {
    if (after < 0 || k >= limit) return -1;
    if (phraseAt(ctx.text, ctx.tokens, k, 'lan thu') && k + 2 < limit) return k + 2;
    // "Hội nghị Bộ trưởng thường niên lần thứ 8": how often a meeting is held, before which one it is.
    const often = EDITION_QUALIFIERS.find((words) => phraseAt(ctx.text, ctx.tokens, k, words));
    const length = often?.split(' ').length ?? 0;
    if (kind === 'event' && often && phraseAt(ctx.text, ctx.tokens, k + length, 'lan thu') && k + length + 2 < limit) return k + length + 2;
    if (phraseAt(ctx.text, ctx.tokens, k, 'giai doan') && /^\d{4}/.test(ctx.tokens[k + 2]?.text ?? '')) return /^\d{4}$/.test(ctx.tokens[k + 3]?.text ?? '') ? k + 3 : k + 2;
    // "Kế hoạch hành động năm 2025" is that year's; a partnership "năm 2023" is the year it was set up.
    if (folded(ctx, k) === 'nam' && /^\d{4}$/.test(ctx.tokens[k + 1]?.text ?? '') && kind !== 'partnership') return k + 1;
    // "… đến năm 2030": a vision's horizon.
    if (phraseAt(ctx.text, ctx.tokens, k, 'den nam') && /^\d{4}$/.test(ctx.tokens[k + 2]?.text ?? '')) return k + 2;
    // "Triển lãm Quốc phòng quốc tế Việt Nam 2026": an event's edition by its year alone.
    if (kind === 'event' && /^(?:19|20)\d{2}$/.test(ctx.tokens[k]!.text) && joined(ctx.text, ctx.tokens, k - 1)) return k;
    return -1;
  };
  const tailEnd = tail(after);
  return tailEnd > 0 && (kind === 'event' || kind === 'agreement' || kind === 'partnership' || kind === 'framework') ? tailEnd : last;
}

/** Verbs right before a meeting that name it by its topic in lower case: "tổ chức Hội thảo chia sẻ kinh nghiệm …" (folded). */
const ORGANISED_BY = ['to chuc', 'dong to chuc', 'tham du', 'tham gia', 'chu tri', 'dong chu tri', 'khai mac', 'dang cai'];

/** Whether a verb of signing stands right before word `at`: "ký", "ký kết", "trao đổi", "thông qua", with "đã", "sẽ", "vừa" between. */
function signedBefore(ctx: Context, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && ['da', 'se', 'vua', 'cung'].includes(folded(ctx, k)) && ctx.tokens[k]!.text.toLowerCase() !== 'đa') k--;
  const word = folded(ctx, k);
  return word === 'ky' || (word === 'ket' && folded(ctx, k - 1) === 'ky') || (['doi', 'qua'].includes(word) && ['trao', 'thong'].includes(folded(ctx, k - 1)));
}

/** The last word of "giữa A và B" at `at`, where A and B are states or known names, or -1. */
function sidesAfter(ctx: Context, at: number, limit: number): number {
  const sideEnd = (k: number): number => {
    if (k >= limit) return -1;
    if (ctx.covered[k]?.firstToken === k) return ctx.covered[k]!.lastToken;
    for (let end = Math.min(limit - 1, k + 2); end >= k; end--) if (stateNamed(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[end]!.end))) return end;
    // "giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Kazakhstan": a state by its full name, after "nước".
    const full = nuocStateLength(ctx, k);
    return full > 0 && k + full - 1 < limit ? k + full - 1 : -1;
  };
  if (!joined(ctx.text, ctx.tokens, at - 1)) return -1;
  // "… quan hệ đối tác quốc phòng Việt Nam – Ấn Độ": two states joined by a dash close the name too.
  if (folded(ctx, at) !== 'giua') {
    const one = sideEnd(at);
    if (one < 0 || one + 1 >= limit || !/^\s*[–-]\s*$/.test(ctx.text.slice(ctx.tokens[one]!.end, ctx.tokens[one + 1]!.start))) return -1;
    return sideEnd(one + 1);
  }
  let first = sideEnd(at + 1);
  // "giữa Pháp, Úc và New Zealand": more sides before the last, after commas.
  while (first > 0 && /^, $/.test(ctx.text.slice(ctx.tokens[first]!.end, ctx.tokens[first + 1]?.start ?? ctx.text.length))) first = sideEnd(first + 1);
  if (first < 0 || folded(ctx, first + 1) !== 'va') return -1;
  const second = sideEnd(first + 2);
  return second >= 0 && second < limit ? second : -1;
}

const capitalisedHeadsOf = new WeakMap<Token[], { beforeName: Set<string>; beforeVe: Set<string> }>();
/**
 * The heads the article writes with a capital, folded, found once per article: before a name ("Hiệp định Chuyển giao …"),
 * and before "về" ("Bản ghi nhớ về …").
 */
function capitalisedHeadsOfArticle(ctx: Context): { beforeName: Set<string>; beforeVe: Set<string> } {
  let heads = capitalisedHeadsOf.get(ctx.tokens);
  if (!heads) {
    heads = { beforeName: new Set(), beforeVe: new Set() };
    for (let k = 0; k < ctx.tokens.length; k++) {
      const head = cap(ctx, k) ? headAt(ctx, k) : undefined;
      if (!head || !joined(ctx.text, ctx.tokens, k + head[0] - 1)) continue;
      const words = ctx.tokens.slice(k, k + head[0]).map((t) => t.folded).join(' ');
      if (cap(ctx, k + head[0])) heads.beforeName.add(words);
      else if (folded(ctx, k + head[0]) === 've') heads.beforeVe.add(words);
    }
    capitalisedHeadsOf.set(ctx.tokens, heads);
  }
  return heads;
}

/** The heads the article writes with a capital before a name ("Hiệp định Chuyển giao …"), folded. */
const capitalisedHeads = (ctx: Context): Set<string> => capitalisedHeadsOfArticle(ctx).beforeName;

/**
 * Whether the article names an instrument of the head at `at` in full elsewhere, with "về" or a capitalised word after the
 * head: the headline's "ký Bản ghi nhớ hợp tác" is the "Bản ghi nhớ về hợp tác thực thi pháp luật trên biển" of the text.
 * (The head at `at` itself, a topic in lower case after it, is none of them.)
 */
function namedInFullElsewhere(ctx: Context, at: number, length: number): boolean {
  const head = ctx.tokens.slice(at, at + length).map((t) => t.folded).join(' ');
  const heads = capitalisedHeadsOfArticle(ctx);
  return heads.beforeName.has(head) || heads.beforeVe.has(head);
}

/**
 * What follows a head in lower case after a verb of signing: "về" and a topic ("ký bản ghi nhớ về …"), a topic
 * without "về" ("ký thỏa thuận hợp tác phát triển hệ thống radar …"), or nothing that names it ("ký thỏa thuận
 * bao gồm …", "… hôm 12/6", "… với Thales").
 */
function topicAfterHead(ctx: Context, at: number): 've' | 'topic' | undefined {
  const word = ctx.tokens[at];
  if (word === undefined || !joined(ctx.text, ctx.tokens, at - 1)) return undefined;
  if (folded(ctx, at) === 've') return 've';
  const written = word.text.toLowerCase();
  if (cap(ctx, at) || isFunctionWord(word.text) || TOPIC_ENDS.has(written) || NO_TOPIC.has(written) || phraseAt(ctx.text, ctx.tokens, at, 'bao gom')) return undefined;
  return 'topic';
}

/** Words after an instrument's head that say when or how much, not what about (as written). */
const NO_TOPIC = new Set(['gồm', 'hôm', 'ngày', 'trị', 'này', 'đó', 'thứ', 'đầu', 'song']);

/** Heads of meetings that the press uses as verbs too, folded: "Bộ trưởng hội kiến Đại sứ …", and the words that make them nouns. */
const MEETING_VERBS = ['hoi dam', 'hoi kien', 'dien dam'];
const MEETING_NOUN_BEFORE = new Set(['cuoc', 'buoi', 'sau', 'tai', 'cac']);

function nameHeads(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const head = headAt(ctx, i);
    if (!head) continue;
    const [length, kind] = head;
    // The press often writes the head in lower case before a capitalised name: "thỏa thuận Đối tác …";
    // but a syllable that ends a word is no head ("Tuyên bố Tầm nhìn chung" holds no "Bộ").
    // "hai học viện trao đổi thư ý định về …", "ký bản ghi nhớ về …": an instrument signed is a new one, named in lower case by its topic.
    // ("ký Thỏa thuận trao đổi giảng viên": so is one whose head alone is capitalised, right after "ký"; not one exchanged or
    // passed, "trao đổi Bản ghi nhớ hợp tác đã ký năm 2019".)
    const signed = kind === 'agreement' && signedBefore(ctx, i) && (!cap(ctx, i) || ['ky', 'ket'].includes(folded(ctx, i - 1))) ? topicAfterHead(ctx, i + length) : undefined;
    const signedInLowerCase = !cap(ctx, i) && signed !== undefined;
    // "Cục Cảnh sát biển đã ký bản ghi nhớ | với Cơ quan An ninh Hàng hải Indonesia": an instrument signed with another side,
    // named by its genre alone, is the article's own.
    const signedWith = kind === 'agreement' && ['ky', 'ket'].includes(folded(ctx, i - 1)) && folded(ctx, i + length) === 'voi' && joined(ctx.text, ctx.tokens, i + length - 1);
    if (!cap(ctx, i) && !signedInLowerCase && !signedWith && !(joined(ctx.text, ctx.tokens, i + length - 1) && cap(ctx, i + length))) continue;
    // "trong khuôn khổ Hợp tác Mê Công – Lan Thương": cooperation names a framework only capitalised after "khuôn khổ" (not
    // "kết quả Hợp tác Quốc phòng Việt Nam – Campuchia", "hợp tác Việt Nam – Lào").
    if (phraseAt(ctx.text, ctx.tokens, i, 'hop tac') && length === 2 && !(cap(ctx, i) && (phraseAt(ctx.text, ctx.tokens, i - 2, 'khuon kho') || phraseAt(ctx.text, ctx.tokens, i - 3, 'khuon kho cua')))) continue;
    // "Viện Chiến lược Quốc phòng", "Viện Chính sách chiến lược Australia": an institute names itself with a capital after
    // "Viện"; "Viện trợ của Nhật Bản …", "Viện dẫn …" open a sentence with a verb or a common noun.
    if (length === 1 && folded(ctx, i) === 'vien' && !cap(ctx, i + 1)) continue;
    // "lao động hợp đồng Nhà máy Z119": in lower case, "hợp đồng" names a contract only after a verb of signing.
    if (!cap(ctx, i) && !signedInLowerCase && phraseAt(ctx.text, ctx.tokens, i, 'hop dong')) continue;
    // "hội kiến Tổng Tư lệnh …", "hội đàm với …": in lower case, a meeting's head is the verb; whom it meets is no part of a
    // name. Not after "cuộc", "buổi", "sau", "tại", where it is the noun ("cuộc hội đàm Việt Nam – Lào").
    if (!cap(ctx, i) && MEETING_VERBS.some((verb) => phraseAt(ctx.text, ctx.tokens, i, verb)) && !MEETING_NOUN_BEFORE.has(folded(ctx, i - 1))) continue;
    // "căn cứ hải quân Sattahip": a base, where, not a navy named "hải quân Sattahip".
    if (!cap(ctx, i) && placeWordsBefore(ctx.tokens, i) > 0) continue;
    // "đại diện Đại sứ quán Ấn Độ": representatives of a body, not a body named "đại diện …".
    // Nor, opening a sentence, before a body's name: "Đại diện Cục Cảnh sát … cho biết" is its representative speaking.
    // Nor before "hai …": "Đại diện hai Bộ đã ký …" are the two ministries' representatives.
    if (phraseAt(ctx.text, ctx.tokens, i, 'dai dien') && (!cap(ctx, i) || (cap(ctx, i + 2) && headAt(ctx, i + 2) !== undefined) || ctx.tokens[i + 2]?.text === 'hai')) continue;
    // "tổ chức Triển lãm …", "tổ chức Lễ …": in lower case, the verb "organise"; an organisation writes its "Tổ chức" capitalised.
    if (!cap(ctx, i) && phraseAt(ctx.text, ctx.tokens, i, 'to chuc')) continue;
    // "Công hàm phản đối": a note of protest is no instrument two sides are party to.
    if (phraseAt(ctx.text, ctx.tokens, i, 'cong ham') && phraseAt(ctx.text, ctx.tokens, i + 2, 'phan doi')) continue;
    if (!cap(ctx, i) && i > 0 && joined(ctx.text, ctx.tokens, i - 1) && isCompound(ctx.tokens[i - 1]!.text, ctx.tokens[i]!.text)) continue;
    // Nor one that begins a word: "Bộ trưởng Phan Văn Giang dự Hội nghị …" names no ministry ("Bộ") running on to the meeting.
    if (length === 1 && !cap(ctx, i + 1) && joined(ctx.text, ctx.tokens, i) && titleAt(ctx.tokens, i)) continue;
    const afterHead = i + length - 1;
    const limit = ctx.sentenceEnd[i]!;
    // A place's name joins no other: "Cửa khẩu Quốc tế Lao Bảo | với Bộ Quốc phòng Lào".
    // ("Nhà làm việc liên hợp cửa khẩu quốc tế Hữu Nghị": a building's name says in lower case what it is before the place it is at.)
    const building = kind === 'place' && cap(ctx, i) && phraseAt(ctx.text, ctx.tokens, i, 'nha lam viec');
    let last = extendName(ctx, afterHead, limit, (cap(ctx, i) && kind !== 'actor' && kind !== 'place') || building, kind === 'place' ? new Set() : CONNECTORS, kind);
    // "Cục Cảnh sát điều tra tội phạm về ma túy (Bộ Công an)": an agency's name capitalises its first word only.
    if (kind === 'actor' && lowerCaseNamedHeadEnd(ctx, i) === afterHead) last = agencyNameEnd(ctx, last, limit);
    // A head alone ("Thỏa thuận", "Bộ") is a reference or a common noun, not a name.
    let hasName = false;
    for (let k = afterHead + 1; k <= last; k++) hasName ||= cap(ctx, k);
    // "Ban Chỉ đạo 1237", "Đồn Biên phòng": a body's head written as a name, capitalised past its first word, is one,
    // with the number it goes by.
    if (kind === 'actor' && cap(ctx, i) && !hasName && ctx.tokens.slice(i + 1, afterHead + 1).some((t) => isCapitalised(t.text))) {
      hasName = true;
      if (last === afterHead && joined(ctx.text, ctx.tokens, last) && last + 1 < limit && /^\d{2,5}$/.test(ctx.tokens[last + 1]!.text)) last++;
    }
    // "Đồn Cảnh sát biên giới 817", "Đồn Công an cửa khẩu Nậm Phao": a force's words in lower case, then the number or the
    // place the body goes by.
    if (kind === 'actor' && cap(ctx, i) && hasName) last = namedAfterForceWords(ctx, last, limit);
    // "Trường Sĩ quan Lục quân 1": a school that goes by its number.
    // (Not a count: "… 2 năm qua", "… 3 lần".)
    const noCount = (k: number) => k + 1 >= limit || !COUNTED_AFTER_NUMBER.has(ctx.tokens[k + 1]!.text.toLowerCase());
    if (kind === 'actor' && ctx.tokens[i]!.text === 'Trường' && hasName && joined(ctx.text, ctx.tokens, last) && last + 1 < limit && /^\d{1,2}$/.test(ctx.tokens[last + 1]!.text) && noCount(last + 1)) last++;
    // "Văn phòng Ban Chỉ đạo 701": the office of a numbered steering committee, with its number.
    if (kind === 'actor' && last >= 2 && phraseAt(ctx.text, ctx.tokens, last - 2, 'ban chi dao') && joined(ctx.text, ctx.tokens, last) && last + 1 < limit && /^\d{2,5}$/.test(ctx.tokens[last + 1]!.text)) last++;
    // Without "về", only when the article names no instrument of that head with capitals: the headline's "ký hiệp định
    // chuyển giao trang thiết bị quốc phòng" is the "Hiệp định Chuyển giao Trang thiết bị …" of the text.
    const capitalisedElsewhere = () => capitalisedHeads(ctx).has(ctx.tokens.slice(i, i + length).map((t) => t.folded).join(' '));
    // Only right after the head: "ký hợp đồng trị giá 2 tỷ USD với Thales" names no contract by what follows Thales.
    let withTail = nameTail(ctx, i, last, kind, limit, signed === 'topic' && last === afterHead && (cap(ctx, i) ? !namedInFullElsewhere(ctx, i, length) : !capitalisedElsewhere()));
    // "Đại sứ quán Ấn Độ tại Việt Nam": an embassy is named with the state it is in (in a city, it is located there).
    if (hasName && phraseAt(ctx.text, ctx.tokens, i, 'dai su quan') && ctx.tokens[last + 1]?.text.toLowerCase() === 'tại' && joined(ctx.text, ctx.tokens, last) && joined(ctx.text, ctx.tokens, last + 1)) {
      const state = [3, 2, 1].map((n) => last + 1 + n).find((end) => end < limit && !(cap(ctx, end + 1) && joined(ctx.text, ctx.tokens, end)) && stateNamed(ctx.text.slice(ctx.tokens[last + 2]!.start, ctx.tokens[end]!.end)));
      if (state !== undefined) withTail = state;
    }
    // "Phái bộ Liên hợp quốc tại Nam Sudan": a mission is named with the state or the place it works in.
    if (hasName && phraseAt(ctx.text, ctx.tokens, i, 'phai bo') && withTail === last && ctx.tokens[last + 1]?.text.toLowerCase() === 'tại' && joined(ctx.text, ctx.tokens, last) && joined(ctx.text, ctx.tokens, last + 1) && cap(ctx, last + 2)) {
      // ("… tại Cộng hòa Trung Phi": a state's name is taken whole, with its words in lower case.)
      const state = stateLengthAt(ctx, last + 2);
      let end = last + 1 + Math.max(state, 1);
      while (state === 0 && end + 1 < limit && end - last < 5 && (cap(ctx, end + 1) || continuesWord(ctx, end)) && joined(ctx.text, ctx.tokens, end)) end++;
      withTail = end;
    }
    // "Tổng Lãnh sự quán Việt Nam tại Côn Minh": a consulate is named with the city it is in, which tells it from the others.
    const consulate = hasName && (phraseAt(ctx.text, ctx.tokens, i, 'tong lanh su quan') || phraseAt(ctx.text, ctx.tokens, i, 'lanh su quan'));
    if (consulate && withTail === last && ctx.tokens[last + 1]?.text.toLowerCase() === 'tại' && joined(ctx.text, ctx.tokens, last) && joined(ctx.text, ctx.tokens, last + 1)) {
      const city = last + 2 + placeWordsFrom(ctx.tokens, last + 2);
      let end = city;
      while (end + 1 < limit && end - city < 3 && cap(ctx, end + 1) && joined(ctx.text, ctx.tokens, end)) end++;
      if (city < limit && cap(ctx, city) && !stateStartsAt(ctx, city)) withTail = end;
    }
    // "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; ông X …": a province's own command, named with the bare word for the province
    // the article is about, is named with it when a comma, a semicolon or the sentence's end follows.
    if (kind === 'actor' && hasName && withTail === last && last + 1 < limit && ['tỉnh', 'huyện'].includes(ctx.tokens[last + 1]!.text) && joined(ctx.text, ctx.tokens, last) && /^\s*[,;.)]/.test(ctx.text.slice(ctx.tokens[last + 1]!.end, ctx.tokens[last + 2]?.start ?? ctx.text.length))) withTail = last + 1;
    // "Ủy ban quốc gia quản lý thảm họa Campuchia": a foreign body named in lower case after its head, up to its state.
    // ("Cơ quan Thực thi | pháp luật hàng hải Malaysia": so is one named in sentence case, its first word alone capitalised.)
    const sentenceCase = () => afterHead < last && cap(ctx, afterHead + 1) && ctx.tokens.slice(afterHead + 2, last + 1).every((_t, n) => !cap(ctx, afterHead + 2 + n));
    if (kind === 'actor' && cap(ctx, i) && withTail === last && (!hasName || sentenceCase())) {
      const end = lowerCaseUpToState(ctx, last, limit);
      if (end > last) [withTail, hasName] = [end, true];
    }
    // "Kỳ họp lần thứ 9 Ủy ban hợp tác an ninh Việt Nam – Lào": a meeting of a body that is named in lower case after its
    // head, up to its states.
    if (kind === 'event' && cap(ctx, i) && withTail === last && last > afterHead) {
      const bodyHead = headAt(ctx, last - 1)?.[0] === 2 ? last - 1 : last;
      if (headAt(ctx, bodyHead)?.[1] === 'actor' && bodyHead + (headAt(ctx, bodyHead)?.[0] ?? 0) - 1 === last) withTail = lowerCaseUpToState(ctx, last, limit);
    }
    // "Kế hoạch phối hợp phòng, chống tội phạm mạng giai đoạn 2025–2027": a plan named in lower case up to its years.
    if (!hasName && cap(ctx, i) && withTail === last && (kind === 'agreement' || kind === 'framework')) withTail = yearsAfterTopic(ctx, last, limit);
    // "Hiệp định hợp tác quốc phòng giữa Việt Nam và Pháp": named in lower case by its topic and its two sides.
    if (!hasName && cap(ctx, i) && withTail === last && (kind === 'agreement' || kind === 'partnership')) withTail = sidesAfterTopic(ctx, last, limit);
    // "Hiệp định hợp tác nghề cá ở Vịnh Bắc Bộ", "Dự án Khắc phục hậu quả bom mìn tại tỉnh Quảng Trị": an instrument
    // named in lower case up to the place it is about.
    if ((!hasName || !cap(ctx, last)) && cap(ctx, i) && withTail === last && (kind === 'agreement' || kind === 'framework')) {
      const place = placeAfterTopic(ctx, last, limit);
      if (place > last) withTail = nameTail(ctx, i, place, kind, limit);
    }
    // "Dự án Tăng cường | năng lực thực thi pháp luật trên biển": a project or a programme named in sentence case after its
    // head, its first word alone capitalised, goes on with its topic in lower case.
    if (kind === 'framework' && withTail === last && sentenceCase() && PROJECT_HEADS.some((head) => phraseAt(ctx.text, ctx.tokens, i, head))) {
      withTail = nameTail(ctx, i, last, kind, limit, true);
    }
    // "Bản ghi nhớ về hợp tác phòng ngừa và ứng phó sự cố trên Biển Đông": where the topic is, right after it ("tại" says where it was signed).
    if (cap(ctx, i) && withTail > last && (kind === 'agreement' || kind === 'framework') && ['trên', 'ở'].includes(ctx.tokens[withTail + 1]?.text ?? '') && joined(ctx.text, ctx.tokens, withTail)) {
      const place = placeAfterTopic(ctx, withTail - 1, limit);
      if (place > withTail + 1) withTail = place;
    }
    // "Biên bản ghi nhớ hợp tác phòng, chống tội phạm ma túy", "Hiệp định hợp tác quốc phòng": an instrument named by the
    // cooperation it is for, right after its head, without "về".
    if (!hasName && cap(ctx, i) && withTail === last && (kind === 'agreement' || kind === 'framework') && joined(ctx.text, ctx.tokens, last) && phraseAt(ctx.text, ctx.tokens, last + 1, 'hop tac')) {
      const topic = nameTail(ctx, i, last, kind, limit, true);
      // Not "Bản ghi nhớ hợp tác | đã ký năm 2019": the cooperation alone names no instrument, unless its sides follow
      // ("Thỏa thuận hợp tác giữa Bộ Tư lệnh … và Bộ Quốc phòng Lào").
      if (topic > last + 2 || (topic === last + 2 && folded(ctx, topic + 1) === 'giua')) withTail = topic;
    }
    // "nâng cấp quan hệ lên Đối tác chiến lược toàn diện": a partnership named by its rank alone, in lower case after its head.
    // ("Đối tác Chiến lược toàn diện Việt Nam – Pháp": so does a rank whose first word is capitalised, "quan hệ" before it,
    // and the two states it joins after it.)
    if ((cap(ctx, i) || phraseAt(ctx.text, ctx.tokens, i, 'quan he')) && kind === 'partnership' && withTail === last) {
      withTail = partnershipRankEnd(ctx, last, limit);
      if (withTail > last) withTail = dashedStatesAfter(ctx, withTail, limit);
    }
    // "Bản ghi nhớ về hợp tác đào tạo": an instrument named by its topic, in lower case; "Tuyên bố chung | về việc nâng
    // cấp quan hệ …" by its genre alone.
    const settingUp = cap(ctx, i) && kind === 'agreement' && UPGRADE_TOPICS.some((phrase) => phraseAt(ctx.text, ctx.tokens, last + 1, phrase));
    if (!hasName && !settingUp && !(signedWith && withTail === last) && !((cap(ctx, i) || signedInLowerCase) && withTail > last + 1)) continue;
    // "giữa hai Bộ Quốc phòng ký năm 2019": two bodies the article names, said by their kind, no third one.
    // (Not "Bí thư thứ hai | Đại sứ quán …", "Kỳ họp thứ hai, Quốc hội …": the second.)
    if (kind === 'actor' && folded(ctx, i - 1) === 'hai' && !cap(ctx, i - 1) && joined(ctx.text, ctx.tokens, i - 1) && folded(ctx, i - 2) !== 'thu') continue;
    out.push({ first: i, last: withTail, kind, rule: 'name-head', score: 0.75 });
    // "Phái bộ UNMISS và UNISFA": the second abbreviation is another of the head's kind.
    const second = withTail + 2;
    if (isAcronym(ctx.tokens[withTail]!.text) && folded(ctx, withTail + 1) === 'va' && second < limit && isAcronym(ctx.tokens[second]!.text) && joined(ctx.text, ctx.tokens, withTail + 1)) out.push({ first: second, last: second, kind, rule: 'name-head', score: 0.7 });
    i = withTail;
  }
}

/** Words that say a partnership's rank, as written after "Đối tác" ("chiến lược toàn diện", "chiến lược tăng cường"), folded. */
const PARTNERSHIP_RANKS = [['chien', 'luoc'], ['toan', 'dien'], ['tang', 'cuong'], ['hop', 'tac'], ['sau', 'rong']];

/** The end of a partnership's rank in lower case after its head ("Đối tác | chiến lược toàn diện"), or `end` when there is none. */
function partnershipRankEnd(ctx: Context, end: number, limit: number): number {
  let last = end;
  for (let found = true; found; ) {
    found = false;
    for (const rank of PARTNERSHIP_RANKS) {
      if (last + rank.length < limit && joined(ctx.text, ctx.tokens, last) && rank.every((w, n) => folded(ctx, last + 1 + n) === w && !cap(ctx, last + 1 + n))) {
        last += rank.length;
        found = true;
        break;
      }
    }
  }
  // One word of rank at least, and not "hợp tác" alone ("đối tác hợp tác" is a partner that cooperates).
  return last > end && !(last === end + 2 && folded(ctx, end + 1) === 'hop') ? last : end;
}

/** Words of a force or a service, as written, that a numbered body's name may hold in lower case ("biên giới", "cơ động"). */
const FORCE_WORDS = new Set(['biên', 'giới', 'phòng', 'cơ', 'động', 'đặc', 'nhiệm', 'bộ', 'binh', 'công', 'hải', 'quân', 'không', 'cảnh', 'sát', 'cứu', 'nạn', 'tuần', 'tra', 'cửa', 'khẩu']);

/**
 * The number, or the run of capitalised words that names a place, after up to three force words in lower case ("biên giới |
 * 817", "cửa khẩu | Nậm Phao"), or `end` when neither follows. Not a state: "Đồn Công an biên giới | Lào" is the post's state.
 */
function namedAfterForceWords(ctx: Context, end: number, limit: number): number {
  let k = end + 1;
  while (k < limit && k - end <= 3 && joined(ctx.text, ctx.tokens, k - 1) && FORCE_WORDS.has(ctx.tokens[k]!.text)) k++;
  if (k === end + 1 || k >= limit || !joined(ctx.text, ctx.tokens, k - 1)) return end;
  if (/^\d{2,5}$/.test(ctx.tokens[k]!.text)) return k;
  if (!cap(ctx, k) || stateStartsAt(ctx, k)) return end;
  let last = k;
  while (last + 1 < limit && last - k < 3 && cap(ctx, last + 1) && joined(ctx.text, ctx.tokens, last) && !stateStartsAt(ctx, last + 1)) last++;
  return last;
}

/** The end of two states joined by a dash right after `end` ("… | Việt Nam – Pháp"), or `end`. */
function dashedStatesAfter(ctx: Context, end: number, limit: number): number {
  const first = stateLengthAt(ctx, end + 1);
  if (first === 0 || !joined(ctx.text, ctx.tokens, end)) return end;
  const second = end + 1 + first;
  if (second >= limit || !/^\s*[–—-]\s*$/.test(ctx.text.slice(ctx.tokens[second - 1]!.end, ctx.tokens[second]!.start))) return end;
  const length = stateLengthAt(ctx, second);
  return length > 0 ? second + length - 1 : end;
}

/** The end of "giữa A và B" after a topic in lower case of up to twelve words, or `end`. */
function sidesAfterTopic(ctx: Context, end: number, limit: number): number {
  for (let k = end + 1; k < limit && k - end <= 12 && joined(ctx.text, ctx.tokens, k - 1) && !cap(ctx, k); k++) {
    if (CLAUSE_START.has(ctx.tokens[k]!.text.toLowerCase())) return end;
    if (folded(ctx, k) !== 'giua' || k === end + 1 || !cap(ctx, k + 1)) continue;
    // Two sides, each a run of capitalised words (a known name taken whole), joined by "và".
    let last = k;
    for (let side = 0; side < 2; side++) {
      let n = last + 1;
      if (!cap(ctx, n)) return end;
      while (n + 1 < limit && joined(ctx.text, ctx.tokens, n) && cap(ctx, n + 1)) n = ctx.covered[n + 1]?.lastToken ?? n + 1;
      last = ctx.covered[n]?.lastToken ?? n;
      // ("… và Bộ Quốc | phòng Lào": a side that a word's second syllable goes on from is a body's name, which the instrument's
      // name leaves out; its sides are read from "giữa A và B" as parties.)
      if (joined(ctx.text, ctx.tokens, last) && !cap(ctx, last + 1) && isCompound(ctx.tokens[last]!.text, ctx.tokens[last + 1]?.text ?? '')) return end;
      if (side === 0 && !(folded(ctx, last + 1) === 'va' && joined(ctx.text, ctx.tokens, last))) return end;
      if (side === 0) last++;
    }
    return last;
  }
  return end;
}

/**
 * The end of up to eight words in lower case after `end` and a state's name that closes them before punctuation, "và" or the
 * sentence's end ("Ủy ban | quốc gia quản lý thảm họa Campuchia"), or `end`: no grammar word, verb or trigger between.
 */
function lowerCaseUpToState(ctx: Context, end: number, limit: number): number {
  for (let k = end + 1; k < limit && k - end <= 9 && joined(ctx.text, ctx.tokens, k - 1); k++) {
    if (cap(ctx, k)) {
      const state = stateLengthAt(ctx, k);
      // "Ủy ban hợp tác an ninh Việt Nam – Lào": a joint body, up to the second of two states joined by a dash.
      const close = state > 0 ? Math.max(dashedStatesAfter(ctx, k - 1, limit), k + state - 1) : k - 1;
      const after = ctx.text.slice(ctx.tokens[close]?.end ?? 0, ctx.tokens[close + 1]?.start ?? ctx.text.length);
      return state > 0 && k > end + 1 && (close + 1 >= limit || /^\s*[,;.)]/.test(after) || folded(ctx, close + 1) === 'va') ? close : end;
    }
    // ("Ủy ban hợp tác …": cooperation right after the head names the body's purpose; "hợp tác với …" is a clause, ended by "với".)
    const purpose = k === end + 1 && phraseAt(ctx.text, ctx.tokens, k, 'hop tac');
    if (isFunctionWord(ctx.tokens[k]!.text) || (isTriggerAt(ctx.text, ctx.tokens, k) && !purpose) || opensClause(ctx, k)) return end;
  }
  return end;
}

/** The end of "giai đoạn 2025–2027" or "năm 2025" after a topic in lower case of up to sixteen words (a national programme's: "Chương trình hành động quốc gia khắc phục hậu quả bom mìn sau chiến tranh giai đoạn …"), or `end`. */
function yearsAfterTopic(ctx: Context, end: number, limit: number): number {
  for (let k = end + 1; k < limit && k - end <= 16 && joined(ctx.text, ctx.tokens, k - 1) && !cap(ctx, k); k++) {
    const years = phraseAt(ctx.text, ctx.tokens, k, 'giai doan') ? k + 2 : folded(ctx, k) === 'nam' ? k + 1 : -1;
    if (years > 0 && k > end + 1 && /^\d{4}$/.test(ctx.tokens[years]?.text ?? '')) return /^\d{4}$/.test(ctx.tokens[years + 1]?.text ?? '') && /^[–-]$/.test(ctx.text.slice(ctx.tokens[years]!.end, ctx.tokens[years + 1]!.start)) ? years + 1 : years;
    if (isFunctionWord(ctx.tokens[k]!.text)) return end;
  }
  return end;
}

/** Where an instrument's topic in lower case is about: "ở", "tại", "trong", "trên" and a capitalised place; the end of the place, or `end`. */
function placeAfterTopic(ctx: Context, end: number, limit: number): number {
  for (let k = end + 1; k < limit && k - end <= 14 && !cap(ctx, k); k++) {
    // "… lãnh hải, vùng đặc quyền kinh tế và thềm lục địa trong …": a topic may list with commas.
    if (!joined(ctx.text, ctx.tokens, k - 1) && ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start) !== ', ') return end;
    const word = ctx.tokens[k]!.text.toLowerCase();
    if (PLACE_PREPOSITIONS.has(word) && k > end + 1) {
      let place = k + 1 + placeWordsFrom(ctx.tokens, k + 1);
      // "… tại Trường Sĩ quan Lục quân 1", "… trong Hội nghị …": a body or an event, not a place the name is about.
      const head = headAt(ctx, place);
      if (!cap(ctx, place) || !joined(ctx.text, ctx.tokens, place - 1) || (head && head[1] !== 'place')) return end;
      while (place + 1 < limit && cap(ctx, place + 1) && joined(ctx.text, ctx.tokens, place)) place++;
      // "… ở Bệnh viện …": a name that goes on in lower case is no place's.
      return continuesWord(ctx, place) ? end : place;
    }
    const cooperation = phraseAt(ctx.text, ctx.tokens, k, 'hop tac') && !phraseAt(ctx.text, ctx.tokens, k + 2, 'voi');
    if ((isFunctionWord(word) && word !== 'và') || CLAUSE_VERBS.has(word) || signsAt(ctx, k) || /\d/.test(word) || (isTriggerAt(ctx.text, ctx.tokens, k) && !cooperation)) return end;
  }
  return end;
}

/** Words before a quoted name that make it an event (folded): "exercise “…”", "chiến dịch “…”"; "diễn tập", "tập trận" are read as pairs. */
const QUOTED_EVENT_WORDS = new Set(['exercise', 'drill', 'operation', 'patrol', 'campaign', 'dich']);

/** Words before a quoted title that make it a project's or a programme's (folded): "dự án “Nâng cao năng lực …”", "the project \"Building …\"". */
const PROJECT_WORDS = [['du', 'an'], ['chuong', 'trinh'], ['de', 'an'], ['sang', 'kien'], ['project'], ['programme'], ['program'], ['initiative']];

/** An event's word, then a verb that names it, right before a quoted name (folded): "operation, code-named", "chiến dịch mang tên". */
const CODE_NAMED = /\b(?:exercise|drill|operation|patrol|campaign|chien dich|dien tap|tap tran|huan luyen)s?\b(?: [^,.;]{1,40})?,? (?:code ?named|dubbed|named|called|mang ten|co ten)$/;

/** Words before a quoted theme or motto (folded). */
const THEME_WORDS = ['chu de', 'khau hieu', 'thong diep', 'theme', 'motto', 'slogan', 'tagline'].map((words) => words.split(' '));

/** Heads of festivals and contests, as written, each split into its words: "Lễ hội …", "Hội thao …", "Liên hoan …". */
const FESTIVAL_HEADS = ['Lễ hội', 'Hội thao', 'Hội thi', 'Hội diễn', 'Liên hoan', 'Cuộc thi', 'Giải'].map((head) => head.split(' '));

/** Where a festival's name that runs up to a quoted name at `quoted` opens, within eight words and no punctuation, or -1. */
function festivalOpening(ctx: Context, quoted: number): number {
  for (let k = quoted - 1; k >= 0 && k >= quoted - 8; k--) {
    if (k < quoted - 1 && !joined(ctx.text, ctx.tokens, k)) return -1;
    if (FESTIVAL_HEADS.some((head) => head.every((w, n) => ctx.tokens[k + n]?.text === w))) return k;
  }
  return -1;
}

function quotedNames(ctx: Context, out: RawCandidate[]): void {
  // (Single quotes too, as some releases write them: "exercise 'Sagar Setu-2026'"; not an apostrophe inside or after a word.)
  for (const match of ctx.text.matchAll(/[“"«]([^“”"«»\n]{2,200})[”"»]|(?<![\p{L}\d])['‘](\p{Lu}[^'‘’\n]{1,80})['’](?![\p{L}\d])/gu)) {
    const start = match.index + 1;
    const end = start + (match[1] ?? match[2] ?? '').length;
    const inner = tokensWithin(ctx, start, end);
    if (inner.length === 0 || !cap(ctx, inner[0]!)) continue;
    // "dự án “Nâng cao năng lực ứng phó sự cố tràn dầu trên biển”": a project's title, as long and as lower-case as it is.
    const project = PROJECT_WORDS.some((words) => words.every((w, n) => ctx.tokens[inner[0]! - words.length + n]?.folded === w)) && /\s$/.test(ctx.text.slice(0, match.index));
    if (project && inner.length <= 30) {
      // 'đã ký Văn kiện dự án “Khắc phục hậu quả bom mìn …”': the project document signed, an instrument named with its title.
      const documentAt = inner[0]! - 4;
      const document = ctx.tokens[documentAt]?.folded === 'van' && ctx.tokens[documentAt + 1]?.folded === 'kien' && ctx.tokens[documentAt + 2]?.folded === 'du';
      out.push({ first: document ? documentAt : inner[0]!, last: inner.at(-1)!, kind: document ? 'agreement' : 'framework', rule: 'quoted-title', score: 0.7 });
      continue;
    }
    if (inner.length > 10) continue;
    // "“It works,” he said": English quotes a name in title case, and says anything else.
    if (ctx.english && inner.some((k) => !cap(ctx, k) && !['of', 'the', 'and', 'for', 'on', 'in', 'to'].includes(ctx.tokens[k]!.folded))) continue;
    const first = inner[0]!;
    const last = inner.at(-1)!;
    // "Với chủ đề “Chung tay vì một ASEAN an toàn”", "under the theme “…”": a theme or a motto is words, not a thing named.
    if (THEME_WORDS.some((words) => words.every((w, n) => ctx.tokens[first - words.length + n]?.folded === w))) continue;
    // "cuộc diễn tập “Lá chắn Mekong 2024”", "exercise “Pacific Shield”": what the word before the quotes says it is.
    const before = ctx.tokens[first - 1]?.folded ?? '';
    // "The operation, code-named “Jade Current”, …", "chiến dịch truy quét … mang tên “…”": an event's word before the naming verb.
    const named = CODE_NAMED.exec(foldForSearch(ctx.text.slice(Math.max(0, match.index - 80), match.index)));
    const event = named !== null || QUOTED_EVENT_WORDS.has(before) || (before === 'tap' && ['dien', 'luyen'].includes(ctx.tokens[first - 2]?.folded ?? '')) || (before === 'tran' && ctx.tokens[first - 2]?.folded === 'tap');
    // (In single quotes only an occasion's name: "Commander 'Bull' Halvorsen" quotes a nickname.)
    if (match[2] !== undefined && !event) continue;
    // "Lễ hội Âm nhạc quân đội quốc tế “Tháp Spasskaya” năm 2027": a festival or a contest named in sentence case up to its
    // quoted name, and its year, is one name.
    const festival = ctx.english ? -1 : festivalOpening(ctx, first);
    if (festival >= 0) {
      const year = ctx.tokens[last + 1]?.folded === 'nam' && /^\d{4}$/.test(ctx.tokens[last + 2]?.text ?? '') ? last + 2 : /^\d{4}$/.test(ctx.tokens[last + 1]?.text ?? '') ? last + 1 : last;
      out.push({ first: festival, last: year, kind: 'event', rule: 'name-head', score: 0.7 });
      continue;
    }
    out.push({ first, last, kind: event ? 'event' : (headAt(ctx, first)?.[1] ?? 'framework'), rule: 'quoted-name', score: 0.6 });
  }
}

/**
 * One capitalised word inside a sentence names something (Ukraine, Brussels, Nga) when what
 * follows is punctuation or a grammar word; before a lower-case syllable it is the first half of
 * a title ("Bộ trưởng", "Chủ tịch").
 */
function loneName(ctx: Context, i: number): boolean {
  if (i === ctx.sentenceStart[i] || /[:“"(]\s*$/.test(ctx.text.slice(ctx.tokens[i - 1]?.end ?? 0, ctx.tokens[i]!.start))) return false;
  if (headAt(ctx, i) || ctx.tokens[i]!.text === 'Tết') return false;
  const next = ctx.tokens[i + 1];
  if (!next || !joined(ctx.text, ctx.tokens, i) || ctx.sentenceStart[i + 1] !== ctx.sentenceStart[i]) return true;
  // "ký tại Seoul ngày 12/11", "đến Manila sáng 3/4": a word of time after a name closes it.
  return isFunctionWord(next.text) || TIME_WORDS.has(next.text);
}

/** Words of time that follow a place's name, as written ("ngày", not "ngay"); "Tết" before them is a holiday, no name. */
const TIME_WORDS = new Set(['ngày', 'tháng', 'sáng', 'chiều', 'tối', 'trưa', 'hôm', 'đêm']);

function capitalisedRuns(ctx: Context, out: RawCandidate[]): void {
  const placeEnds = new Set(out.flatMap((c) => (c.kind === 'place' ? [c.last] : [])));
  // (Asked once per state: an article that names a state in brackets a thousand times is not searched a thousand times.)
  const outsideBrackets = new Map<string, boolean>();
  const namedOutside = (name: string) => outsideBrackets.get(name) ?? outsideBrackets.set(name, namedOutsideBrackets(ctx.text, name)).get(name)!;
  const push = (candidate: RawCandidate) => {
    out.push(candidate);
    if (candidate.kind === 'place') placeEnds.add(candidate.last);
  };
  const rankAt = (k: number) => phraseLength(ctx, k, VI_RANKS) || phraseLength(ctx, k, VI_TITLES);
  // "… cho Quảng Trị", where the article says "tỉnh Quảng Trị" elsewhere: a province or a city named alone, given to, is a place.
  const provinces = provincesNamed(ctx);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!cap(ctx, i)) continue;
    // "thứ Ba (14/1/2025)": a day of the week.
    if (ctx.tokens[i - 1]?.text.toLowerCase() === 'thứ' && WEEKDAYS.has(ctx.tokens[i]!.text)) continue;
    // "40 triệu USD": an amount's currency is no name.
    if (CURRENCY_CODES.has(ctx.tokens[i]!.text)) continue;
    // "PV: Hợp tác với Mozambique …", "Ảnh: Quang Huy": a line's label before its colon names nothing.
    if (LINE_LABELS.has(ctx.tokens[i]!.text) && ctx.text[ctx.tokens[i]!.end] === ':' && (i === 0 || /\n\s*$/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start)))) continue;
    // "QĐND Online - Ngày …", "VOV.VN - Cuộc diễn tập …": the paper that reports and what follows its dash name nothing.
    if (NEWS_OUTLETS.has(ctx.tokens[i + 1]?.text ?? '') || NEWS_OUTLETS.has(ctx.tokens[i]!.text)) {
      while (i + 1 < ctx.tokens.length && cap(ctx, i + 1) && /^(?:[ \t]*[–-]?[ \t]*|\.)$/.test(ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i + 1]!.start))) i++;
      continue;
    }
    // A rank ("Chuẩn Đô đốc") stands before a name; it is not one. Nor is a title the offices read ("Phó Thủ tướng | Trần Hồng Hà").
    const rank = rankAt(i);
    if (rank > 0) {
      i += rank - 1;
      continue;
    }
    let last = i;
    // A name runs on over spaces and a dash, never over a line's end ("… Cam Ranh" in a headline, "Sáng 12-6" below).
    // A dash between two states ("Việt Nam – Brunei") parts them.
    const dashBetweenStates = (k: number) => /[–-]/.test(ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]!.start)) && (stateEndsAt(ctx, i, k) || stateStartsAt(ctx, k + 1));
    while (last + 1 < ctx.tokens.length && cap(ctx, last + 1) && /^[ \t]*[–-]?[ \t]*$/.test(ctx.text.slice(ctx.tokens[last]!.end, ctx.tokens[last + 1]!.start)) && !dashBetweenStates(last)) last++;
    // "tàu CSB 8002": a vessel's letters and its number are one name.
    // ("Tàu CSB 8003 đã cập …": the word for a ship opening a sentence, capitalised, is no part of its name.)
    const shipWord = ctx.tokens[i]!.text === 'Tàu' && last > i && isAcronym(ctx.tokens[i + 1]!.text);
    if (isAcronym(ctx.tokens[last]!.text) && /^\d{2,5}$/.test(ctx.tokens[last + 1]?.text ?? '') && joined(ctx.text, ctx.tokens, last) && (folded(ctx, i - 1) === 'tau' || shipWord)) last++;
    let first = shipWord ? i + 1 : i;
    // "Tàu 016 Quang Trung", "tàu 016 Quang Trung", "tàu 015-Trần Hưng Đạo": a ship named by its hull number and its name is
    // one name from the number.
    const hullNumber = (k: number) => /^\d{2,5}(?:-\p{Lu}\p{Ll}*)?$/u.test(ctx.tokens[k]!.text);
    if (first === i && i >= 2 && hullNumber(i - 1) && folded(ctx, i - 2) === 'tau' && joined(ctx.text, ctx.tokens, i - 2) && joined(ctx.text, ctx.tokens, i - 1)) first = i - 1;
    if (opensSentence(ctx.tokens[first]!.text, ctx.tokens[first + 1]?.text)) first++;
    // "Theo Chuẩn Đô đốc Lê Minh Tâm, …": nor after the word that opens the sentence.
    const rankAfterOpener = first > i ? rankAt(first) : 0;
    if (rankAfterOpener > 0) {
      i = first + rankAfterOpener - 1;
      continue;
    }
    // "Đoàn Tùy viên …": a name of two words or more does not end inside a word (but a state's does).
    // (Nor a person's full name: "đồng chí Nguyễn Văn Bình | thường trực …"; "Đoàn Tùy viên" is a delegation.)
    const fullName = last - first >= 2 && VI_FAMILY_NAMES.has(ctx.tokens[first]!.text.toLowerCase());
    if (last > first && continuesWord(ctx, last) && !stateEndsAt(ctx, first, last) && !fullName) last++;
    // "Ngày" alone opens a sentence and names nothing.
    if (first > last) continue;
    // "châu Á", "châu Á – Thái Bình Dương": a continent is named with a lower-case "châu".
    if (first === i && folded(ctx, i - 1) === 'chau' && !cap(ctx, i - 1) && joined(ctx.text, ctx.tokens, i - 1)) {
      push({ first: i - 1, last, kind: 'place', rule: 'capitalised-run', score: 0.6 });
      i = last;
      continue;
    }
    // A line in capitals ("BÀI VIẾT …") is a header, not a name.
    if (last > first && ctx.tokens.slice(first, last + 1).every((t) => isAcronym(t.text))) {
      i = last;
      continue;
    }
    // "Thành phố Hồ Chí Minh": a city's capitalised "Thành phố" is part of its name.
    if (ctx.tokens[first - 2]?.text === 'Thành' && ctx.tokens[first - 1]?.text === 'phố' && joined(ctx.text, ctx.tokens, first - 1)) {
      push({ first: first - 2, last, kind: 'place', rule: 'capitalised-run', score: 0.6 });
      i = last;
      continue;
    }
    // "tiếng Anh", "tiếng Việt": a language, taught and learned as a domain of cooperation, not the state it is named after
    // ("nổi tiếng Hạ Long" is famous Ha Long, no language).
    if (ctx.tokens[first - 1]?.text.toLowerCase() === 'tiếng' && !isCompound(ctx.tokens[first - 2]?.text ?? '', 'tiếng') && last - first < 3) {
      push({ first: first - 1, last, kind: 'domain', rule: 'domain-phrase', score: 0.5 });
      i = last;
      continue;
    }
    const bracketed = ctx.text[ctx.tokens[first]!.start - 1] === '(' && ctx.text[ctx.tokens[last]!.end] === ')';
    if (newsAgencyInBrackets(ctx.text, ctx.tokens, first, last)) {
      i = last;
      continue;
    }
    // "Ý định thư" (a letter of intent): one capitalised syllable that makes a word with the next is no name, unless the
    // next makes a word of its own with the one after ("Pháp chính thức chuyển giao …", "sang Mỹ học tập").
    const next = ctx.tokens[last + 1]?.text ?? '';
    if (first === last && joined(ctx.text, ctx.tokens, last) && isCompound(ctx.tokens[last]!.text, next) && !(joined(ctx.text, ctx.tokens, last + 1) && isCompound(next, ctx.tokens[last + 2]?.text ?? ''))) {
      i = last;
      continue;
    }
    // "tham gia UNMISS, UNISFA và MINUSCA", "làm nhiệm vụ tại UNMISS": a peacekeeping operation by its abbreviation alone.
    const operation = first === last ? UN_OPERATIONS.get(ctx.tokens[first]!.text) : undefined;
    if (operation) {
      push({ first, last, kind: operation, rule: 'name-head', score: 0.7 });
      i = last;
      continue;
    }
    // A state is a name wherever it stands ("tại Singapore ngày 7/7"); in brackets after a place, it is where that place lies.
    // ("Kuala Lumpur (Malaysia), 9/7 — … Việt Nam và Malaysia …": a state the article also names as a side stays an actor.)
    const stateName = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
    if (stateNamed(stateName) && !(bracketed && placeEnds.has(first - 1) && !namedOutside(stateName))) {
      // "Vương quốc Anh", "Cộng hòa Séc", "Cộng hòa Dân chủ Nhân dân Lào": the formal words before a state's name, opened by a
      // capital, are the name's.
      let formal = first;
      for (let k = first - 2; k >= Math.max(0, first - 6); k--) {
        if (!joined(ctx.text, ctx.tokens, k) || (k < first - 2 && !joined(ctx.text, ctx.tokens, k + 1))) break;
        if (cap(ctx, k) && FORMAL_STATE_WORDS.has(`${folded(ctx, k)} ${folded(ctx, k + 1)}`) && stateNamed(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[last]!.end)) === stateNamed(stateName)) formal = k;
      }
      push({ first: formal, last, kind: 'actor', rule: 'capitalised-run', score: 0.7, category: 'state' });
      i = last;
      continue;
    }
    // "Brussels (Bỉ)": a place named in brackets after a place is where that place lies.
    // (Not an abbreviation: "… chống lại tàu thuyền ở châu Á (ReCAAP)" spells the instrument, not where Asia lies.)
    const placeBefore = bracketed && placeEnds.has(first - 1) && !(first === last && /^\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*\p{Lu}/u.test(ctx.tokens[first]!.text));
    const lone = first === last && (bracketed ? placeBefore : isAcronym(ctx.tokens[first]!.text) || loneName(ctx, first) || placeWordsBefore(ctx.tokens, first) > 0);
    if (last - first >= 1 || lone) {
      const before = folded(ctx, first - 1);
      const person = !lone && (['ong', 'ba', 'ngai'].includes(before) || ctx.tokens.slice(first, last + 1).every((t) => /^[A-Za-z'-]+$/.test(t.text.replace(FOREIGN_LETTERS, 'a')) && !isAcronym(t.text)));
      // "tại Hà Nội", "chuyến thăm Hà Nội", "đến Manila": where, not who.
      // "tại các tỉnh Quảng Trị, Quảng Nam và Kon Tum": the names listed after a place are places too.
      const listedAfterPlace = (placeEnds.has(first - 1) && /^,\s*$/.test(ctx.text.slice(ctx.tokens[first - 1]!.end, ctx.tokens[first]!.start))) || (before === 'va' && placeEnds.has(first - 2));
      // "khu vực Ấn Độ Dương – Thái Bình Dương": a region; an ocean is a place, whatever state it is named after.
      // "Biển Đông", "Vịnh Bắc Bộ": a sea or a gulf is named by what it is.
      const region = phraseAt(ctx.text, ctx.tokens, first - 2, 'khu vuc') || OCEANS.some((ocean) => ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end).includes(ocean)) || (last > first && SEA_WORDS.has(ctx.tokens[first]!.text));
      // "Học viện Lục quân (Đà Lạt)", "Trường Sĩ quan Công binh (Bình Dương)": Vietnamese syllables in brackets right after a
      // name are where it is (a body in brackets has its head: "(Bộ Quốc phòng)"; a state is read above).
      // ("Học viện Quân y (Hà Đông, Hà Nội)": so is each of a chain of places in such brackets.)
      const whereInBrackets = ((bracketed && (cap(ctx, first - 1) || cap(ctx, first - 2))) || inPlaceChainInBrackets(ctx, first, last)) && last > first && ctx.tokens.slice(first, last + 1).every((t) => vietnameseSyllable(t.text) && !isAcronym(t.text));
      // ("rời Cam Ranh": where a ship leaves, as written, not "rồi", then.)
      // (Only where it is given to or spoken of: "Nghệ An hỗ trợ …", "Quảng Trị ký …" are the province acting; "Biên phòng Quảng
      // Trị" is its border guard.)
      const province = ['cho', 've', 'den', 'toi', 'khap'].includes(before) && provinces.has(ctx.tokens.slice(first, last + 1).map((t) => t.folded).join(' '));
      const place = province || ['tai', 'o', 'tham', 'den', 'toi', 'gan'].includes(before) || ctx.tokens[first - 1]?.text.toLowerCase() === 'rời' || placeWordsBefore(ctx.tokens, first) > 0 || before === 'tinh' || region || placeBefore || listedAfterPlace || whereInBrackets;
      const named = !place && personNameAt(ctx, first, last + 1) === last;
      push({ first, last, kind: place ? 'place' : 'actor', rule: 'capitalised-run', score: lone ? 0.45 : 0.55, person: (person || named) && !place, ...((person || named) && !place ? { category: 'person' as const } : {}) });
    }
    i = last;
  }
}

/** The names the article writes after "tỉnh" or "thành phố" in lower case (folded): its provinces and cities. */
function provincesNamed(ctx: Context): Set<string> {
  const names = new Set<string>();
  for (let k = 1; k < ctx.tokens.length; k++) {
    const after = ctx.tokens[k - 1]!.text === 'tỉnh' ? k : ctx.tokens[k - 1]!.text === 'phố' && ctx.tokens[k - 2]?.text === 'thành' ? k : -1;
    if (after < 0 || !cap(ctx, after)) continue;
    let last = after;
    while (last + 1 < ctx.tokens.length && last - after < 2 && cap(ctx, last + 1) && joined(ctx.text, ctx.tokens, last)) last++;
    names.add(ctx.tokens.slice(after, last + 1).map((t) => t.folded).join(' '));
  }
  return names;
}

const ONE_SYLLABLE_TAILS = new Set(['mang', 'chung', 'bien', 'moi']);
const SEA_WORDS = new Set(['Biển', 'Vịnh', 'Eo']);

/** "an ninh mạng", "an ninh hàng hải": security domains named by what they secure. */
function domainPhrases(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i + 2 < ctx.tokens.length; i++) {
    if (!phraseAt(ctx.text, ctx.tokens, i, 'an ninh') || !joined(ctx.text, ctx.tokens, i + 1)) continue;
    const tail = folded(ctx, i + 2);
    if (isFunctionWord(ctx.tokens[i + 2]!.text) || cap(ctx, i + 2) || /^\d/.test(tail)) continue;
    // Most Vietnamese words have two syllables ("hàng hải", "tập thể"); a few one ("mạng", "chung").
    const second = folded(ctx, i + 3);
    const two =
      ctx.domainBigrams.has(`${tail} ${second}`) ||
      (!ONE_SYLLABLE_TAILS.has(tail) && joined(ctx.text, ctx.tokens, i + 2) && second !== '' && !isFunctionWord(ctx.tokens[i + 3]!.text) && !cap(ctx, i + 3));
    out.push({ first: i, last: i + (two ? 3 : 2), kind: 'domain', rule: 'domain-phrase', score: 0.65 });
  }
}

const LIST_TRIGGER_INDEX = phraseIndex(DOMAIN_LIST_TRIGGERS.map((t): [string, true] => [t, true]));

/** What views are exchanged on rather than what is cooperated in (folded): "tình hình …", "các vấn đề …", "quan hệ …". */
const SITUATION_WORDS = ['tinh hinh', 'cac van de', 'nhung van de', 'van de', 'quan he', 'phuong huong', 'ket qua', 'viec', 'cac bien phap', 'bien phap'];

function listTriggerAt(ctx: Context, i: number): number {
  // "phòng, chống buôn lậu, mua bán người và tội phạm ma túy": what is fought, a list.
  if (folded(ctx, i) === 'chong' && folded(ctx, i - 1) === 'phong') return 1;
  const found = phraseFrom(LIST_TRIGGER_INDEX, ctx.text, ctx.tokens, i);
  if (found) {
    const phrase = found.phrase;
    const n = found.words.length;
    const after = ctx.text.slice(ctx.tokens[i + n - 1]!.end, ctx.tokens[i + n]?.start ?? ctx.text.length);
    // "hợp tác trong khuôn khổ …", "hợp tác trong thời gian tới": where and when, not what.
    if (phrase === 'hop tac trong' && ['khuon', 'thoi', 'nam', 'giai', 'nhieu', 'viec'].includes(folded(ctx, i + n))) return 0;
    // "Thỏa thuận không bao gồm hoạt động tiêu hủy …", "does not include": what is left out is no field of it.
    if (['khong', 'chua'].includes(folded(ctx, i - 1))) return 0;
    // "trao đổi về tình hình khu vực và thế giới", "thảo luận về các vấn đề cùng quan tâm": views on a situation, no fields.
    if (['trao doi ve', 'thao luan ve'].includes(phrase) && SITUATION_WORDS.some((words) => phraseAt(ctx.text, ctx.tokens, i + n, words))) return 0;
    // "Chương trình huấn luyện tập trung vào …": the list's trigger is "tập trung vào", which "luyện tập" (drill) overlaps.
    if (phrase === 'luyen tap' && phraseAt(ctx.text, ctx.tokens, i + 1, 'tap trung vao')) return 0;
    return phrase === 'nhu' && !after.includes(':') ? 0 : n;
  }
  return 0;
}

/** Subjects that open a new clause after a semicolon (folded): "…; phía Việt Nam sẵn sàng …", "…; hai bên cũng …". */
const CLAUSE_SUBJECTS = ['phia', 'hai ben', 'cac ben', 'dong thoi', 'ngoai ra', 'ben canh do', 'doan', 'theo do'];

/** Words of tense, of the passive and of having, as written: an item they open is a clause ("…, có hiệu lực 5 năm"). */
const CLAUSE_START = new Set(['đã', 'sẽ', 'đang', 'được', 'bị', 'vừa', 'có']);

/**
 * Items of a list after "trong các lĩnh vực như", "bao gồm", "như:": split at commas; the list
 * ends at the clause's end, at a word that opens a new clause, or at an item that holds a
 * relation's trigger (a clause, not a name). Only a list that runs to its clause's end has its
 * last item split at "và" ("…, tội phạm có tổ chức và buôn lậu").
 */
function domainListItems(ctx: Context, from: number): [number, number][] {
  const items: [number, number][] = [];
  // A list trigger that ends the article ("… bao gồm") has no items.
  if (from >= ctx.tokens.length) return items;
  let limit = ctx.sentenceEnd[from]!;
  const at = (i: number) => (phrase: string) => phraseAt(ctx.text, ctx.tokens, i, phrase);
  // "… đào tạo, an ninh biển, quân y và công nghiệp quốc phòng; phía Việt Nam sẵn sàng …": a semicolon before a new
  // subject ends the list, and the sentence there.
  // (Within eighty words: a list is never longer, and a sentence with no full stop is not read to its end for each trigger.)
  for (let k = from + 1; k < limit && k - from < 80; k++) {
    if (!/;/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start))) continue;
    if (cap(ctx, k) || CLAUSE_SUBJECTS.some(at(k))) limit = k;
    break;
  }
  // ("…, trong đó tập trung vào …": another list's trigger inside an item opens that list, which is read from there.)
  const clauseInside = (i: number) => isTriggerAt(ctx.text, ctx.tokens, i, ['covers', 'supports']) || CLAUSE_OPENERS.some(at(i)) || listTriggerAt(ctx, i) > 1;
  let start = from;
  let natural = false;
  // "…: nghiên cứu, phát triển và sản xuất vũ khí; chuyển giao công nghệ; …": items that hold commas are parted by semicolons.
  const parts = /;/.test(ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[limit - 1]!.end)) ? /[;:.()]/ : /[,;:.()]/;
  while (start < limit) {
    let end = start;
    while (end + 1 < limit && !parts.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]!.start))) end++;
    let first = start;
    // Words that lead an item in: "các", "việc", "cũng như", "trong đó có", and "và" after a semicolon ("…; và đào tạo ngoại ngữ").
    const leader = (k: number) => (phraseAt(ctx.text, ctx.tokens, k, 'trong do co') ? 3 : phraseAt(ctx.text, ctx.tokens, k, 'cung nhu') ? 2 : ITEM_LEADERS.has(ctx.tokens[k]!.folded) || (k === start && ctx.tokens[k]!.folded === 'va') ? 1 : 0);
    while (first <= end && leader(first) > 0) first += leader(first);
    // "các nội dung đã thống nhất năm 2026": an item opened by a tense or the passive is a clause, as written ("đa phương" is a word).
    if (first > end || CLAUSE_OPENERS.some(at(first)) || isTriggerAt(ctx.text, ctx.tokens, first) || CLAUSE_START.has(ctx.tokens[first]!.text.toLowerCase())) {
      // "…, mua bán người và xuất nhập cảnh trái phép, đồng thời …": the list ran to the end of its clause.
      natural = items.length > 0 && first <= end && CLAUSE_OPENERS.some(at(first));
      break;
    }
    let clause = false;
    for (let k = first + 1; k <= end && !clause; k++) clause = clauseInside(k);
    if (clause) break;
    // "khóa tập huấn về an ninh mạng tại Hà Nội": where the occasion is ends the list.
    // ("… cư trú trái phép tại khu vực biên giới hai nước": so does a place said in lower case.)
    const placeAfter = (k: number) => isCapitalised(ctx.tokens[k]?.text ?? '') || WHERE_WORDS.some((words) => phraseAt(ctx.text, ctx.tokens, k, words));
    const where = ctx.tokens.slice(first + 1, end + 1).findIndex((t, k) => t.folded === 'tai' && placeAfter(first + k + 2));
    if (where >= 0) {
      items.push([first, first + where]);
      natural = true;
      break;
    }
    const separator = ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]?.start ?? ctx.text.length);
    // "ba nội dung chính: …": what stands before a colon announces the list.
    if (/:/.test(separator) && items.length === 0) {
      start = end + 1;
      continue;
    }
    items.push([first, end]);
    if (/[.]/.test(separator) || end + 1 >= limit) {
      natural = true;
      break;
    }
    if (/[:()]/.test(separator)) break;
    start = end + 1;
  }
  // The last items are joined by "và" or "cũng như": "…; gìn giữ hòa bình cũng như an ninh hàng hải".
  const split: [number, number][] = [];
  for (const [a, b] of items) {
    let from = a;
    for (let k = a + 1; k < b; k++) {
      const joiner = ctx.tokens[k]!.folded === 'va' && (natural || items.length === 1) ? 1 : phraseAt(ctx.text, ctx.tokens, k, 'cung nhu') ? 2 : 0;
      if (joiner === 0) continue;
      split.push([from, k - 1]);
      from = k + joiner;
      k = from;
    }
    split.push([from, b]);
  }
  return split.filter(([a, b]) => b > a && b - a < 10);
}

/** Words that open a place said in lower case (folded): "khu vực biên giới", "vùng biển", "các cửa khẩu". */
const WHERE_WORDS = ['khu vuc', 'vung bien', 'bien gioi', 'cua khau', 'cac cua khau', 'cac tinh'];

/** Words of crimes, folded: what makes something fought a field of cooperation. */
const CRIME_WORDS = ['toi pham', 'buon lau', 'buon ban', 'mua ban', 'ma tuy', 'trai phep', 'khung bo', 'cuop bien', 'rua tien', 'lua dao', 'gian lan', 'danh bac', 'vu khi', 'tan cong mang'];

function domainLists(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const n = listTriggerAt(ctx, i);
    if (!n) continue;
    // "phối hợp đấu tranh với …": what is fought is a field only as a crime ("tội phạm ma túy", "xuất nhập cảnh trái phép"),
    // not the people or the propaganda fought ("đối tượng cầm đầu đường dây", "các hoạt động chống phá").
    const fought = /dau tranh (?:voi|chong)$/.test(ctx.tokens.slice(i, i + n).map((t) => t.folded).join(' '));
    for (const [first, last] of domainListItems(ctx, i + n)) {
      if (fought && !ctx.tokens.slice(first, last + 1).some((t, k) => CRIME_WORDS.some((w) => phraseAt(ctx.text, ctx.tokens, first + k, w)))) continue;
      // A proper name in a list is an actor, not a domain; a domain may end on one ("hỗ trợ chung cho Ukraine").
      if (isCapitalised(ctx.tokens[first]!.text) && first !== ctx.sentenceStart[first]) continue;
      if (ctx.tokens.slice(first, last + 1).some((t) => isAcronym(t.text))) continue;
      out.push({ first, last, kind: 'domain', rule: 'domain-list', score: 0.55 });
    }
    i += n - 1;
  }
}

/** "luật pháp quốc tế", "luật nhân đạo quốc tế": a body of law, named in lower case. */
function lawPhrases(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (folded(ctx, i) !== 'luat' || cap(ctx, i)) continue;
    for (let k = i + 1; k <= i + 4 && k + 1 < ctx.tokens.length && joined(ctx.text, ctx.tokens, k - 1); k++) {
      if (isFunctionWord(ctx.tokens[k]!.text) || cap(ctx, k)) break;
      if (phraseAt(ctx.text, ctx.tokens, k, 'quoc te')) {
        out.push({ first: i, last: k + 1, kind: 'framework', rule: 'name-head', score: 0.6 });
        i = k + 1;
        break;
      }
    }
  }
}

/**
 * A partnership the text names by what it is about, in lower case: "quan hệ đối tác hợp tác
 * trong lĩnh vực quốc phòng an ninh" — up to the end of the domain it names.
 */
function partnershipPhrases(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!phraseAt(ctx.text, ctx.tokens, i, 'quan he doi tac')) continue;
    let k = i + 4;
    if (phraseAt(ctx.text, ctx.tokens, k, 'hop tac')) k += 2;
    if (phraseAt(ctx.text, ctx.tokens, k, 'trong linh vuc')) k += 3;
    else if (phraseAt(ctx.text, ctx.tokens, k, 've')) k += 1;
    else continue;
    if (!joined(ctx.text, ctx.tokens, k - 1) || ctx.knownKind(k) !== 'domain') continue;
    const last = ctx.covered[k]!.lastToken;
    out.push({ first: i, last, kind: 'partnership', rule: 'name-head', score: 0.6 });
    i = last;
  }
}

// Compared with their tones: "Trường Cao đẳng …" (a school) opens with no "trưởng" (chief).
const VI_TITLES = OFFICE_TITLES_VI.map((title) => title.split(' ').map(toneKey)).sort((a, b) => b.length - a.length);
// As written, not folded: "Ba Lan" opens with no "bà", "Đỗ Xuân Tùng" with no "đó".
const VI_RANKS = RANKS_VI.map((rank) => rank.split(' ').map(toneKey)).sort((a, b) => b.length - a.length);
/**
 * Words that say what an office-holder says or does: "Đại sứ | cho biết Nhật Bản …" names no office of Japan, nor does
 * "Thứ trưởng Bộ Quốc phòng | dẫn đầu Đoàn đại biểu …", "… | chủ trì Hội nghị", "… | thay mặt Bộ Quốc phòng" (first syllables, folded).
 */
const SPEECH_VERBS = new Set(['cho', 'noi', 'khang', 'nhan', 'cam', 'de', 'bay', 'danh', 'chuc', 'mong', 'tiep', 'gap', 'neu', 'phat', 'trao', 'ky', 'dan', 'chu', 'dong', 'tham', 'to', 'phoi', 'thay', 'hoan', 'ung', 'keu', 'yeu', 'chi']);
/**
 * Words that carry an office's name past a lower-case word: "Đại sứ Australia tại Việt Nam", "… của Bộ Ngoại giao Anh",
 * and the province or city a local command belongs to ("Chỉ huy trưởng Bộ đội Biên phòng tỉnh Quảng Trị").
 */
const OFFICE_CONNECTORS = new Set(['tai', 'cua', 'phu', 'trach', 'thuong', 'tru', 've', 'chau', 'tinh', 'thanh', 'pho', 'huyen']);

/** The length of the first phrase that stands at `at`, its words compared with their tones (`toneKey`). */
function phraseLength(ctx: Context, at: number, phrases: string[][]): number {
  const word = (k: number) => {
    const token = ctx.tokens[k];
    return token && toneKey(token.text);
  };
  return phrases.find((p) => p.every((w, k) => word(at + k) === w && (k === 0 || joined(ctx.text, ctx.tokens, at + k - 1))))?.length ?? 0;
}

/** Letters of other languages' names that Vietnamese does not use: "Paweł Zieliński", "Jörg", "Dvořák" (not "é", "ó", a Vietnamese tone). */
const FOREIGN = 'łńśźżąęöüäçñøåčšžřćőűîïëœæş';
const FOREIGN_CAPITALS = FOREIGN.toUpperCase();
const FOREIGN_LETTERS = new RegExp(`[${FOREIGN}${FOREIGN_CAPITALS}ß]`, 'gu');
/** A word of a name written in the Latin letters of another language ("Paweł", "Kröger", "Øystein", "Dong-hyun", "Kosiniak-Kamysz"). */
const FOREIGN_NAME_WORD = new RegExp(`^[A-Z${FOREIGN_CAPITALS}][a-z${FOREIGN}ß]+(?:-[A-Za-z${FOREIGN}${FOREIGN_CAPITALS}][a-z${FOREIGN}ß]+)?$`, 'u');

/** A Vietnamese personal name: two to four capitalised syllables, opening with a family name or written in Latin letters only. */
function personNameAt(ctx: Context, at: number, limit: number): number {
  let last = at;
  // An initial and its full stop go on into the name: "K. Shanmuganathan".
  const initial = (k: number) => /^[A-Z]$/.test(ctx.tokens[k]!.text) && /^\.[ \t]+$/.test(ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]?.start ?? ctx.text.length));
  // "bà Anneke van Rijn", "ông Carlos de la Vega": a particle in lower case between the words of a name in Latin letters.
  const particle = (k: number) => NAME_PARTICLES.has(ctx.tokens[k]?.text ?? '') && joined(ctx.text, ctx.tokens, k - 1) && joined(ctx.text, ctx.tokens, k);
  let particles = 0;
  for (;;) {
    if (last + 1 < limit && last - at - particles < 3 && cap(ctx, last + 1) && (joined(ctx.text, ctx.tokens, last) || initial(last))) last++;
    else if (last + 2 < limit && particles < 2 && particle(last + 1) && cap(ctx, last + 2)) [last, particles] = [last + 2, particles + 1];
    else if (last + 3 < limit && particles === 0 && particle(last + 1) && particle(last + 2) && cap(ctx, last + 3)) [last, particles] = [last + 3, 2];
    else break;
  }
  const words = ctx.tokens.slice(at, last + 1).filter((t) => !NAME_PARTICLES.has(t.text));
  // "New Zealand", "Sierra Leone": a state written in Latin letters is no person.
  if (words.length < 2 || headAt(ctx, at) !== undefined || words.some((t) => isAcronym(t.text)) || stateLengthAt(ctx, at) === words.length) return -1;
  const family = VI_FAMILY_NAMES.has(words[0]!.text.toLowerCase());
  const latin = words.every((t) => FOREIGN_NAME_WORD.test(t.text) || /^[A-Z]\.?$/.test(t.text));
  // (A particle only inside a name in Latin letters: "… Hà Nội da …" is none.)
  if (particles > 0 && !latin) return -1;
  return family || latin ? last : -1;
}

/** Two or three capitalised words from `at` that end the capitalised run and name nothing else (no head, state or abbreviation), or -1. */
function nameAfterState(ctx: Context, at: number, limit: number): number {
  let last = at;
  while (last + 1 < limit && last - at < 2 && cap(ctx, last + 1) && joined(ctx.text, ctx.tokens, last)) last++;
  const runGoesOn = last + 1 < limit && cap(ctx, last + 1) && joined(ctx.text, ctx.tokens, last);
  const words = ctx.tokens.slice(at, last + 1);
  if (words.length < 2 || runGoesOn || headAt(ctx, at) !== undefined || stateStartsAt(ctx, at) || words.some((t) => isAcronym(t.text))) return -1;
  return last;
}

/** Academic degrees the press writes before a name, short, after a rank or alone: "Thiếu tướng, PGS, TS Vũ Đình Trọng". */
const DEGREES = new Set(['GS', 'PGS', 'TS', 'ThS', 'TSKH', 'BS', 'CKII', 'BSCKII']);

/** How many words from `at` are degrees, each after a comma, a full stop or a space ("PGS, TS", "PGS.TS"), or 0. */
function degreesLength(ctx: Context, at: number): number {
  let k = at;
  while (DEGREES.has(ctx.tokens[k]?.text ?? '') && (k === at || /^(?:, |\.| )$/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start)))) k++;
  return k - at;
}

/**
 * Offices and the people who hold them, as two names: "Bộ trưởng Nội vụ Ấn Độ | Anand Verma",
 * "Đại sứ Australia tại Việt Nam | Sarah Whitfield", "Thượng tướng | Lương Quốc Hùng". The office
 * runs from its title over capitalised words (and "tại", "của", "phụ trách" …) to where a
 * personal name begins; a rank or "ông/bà" before a name is part of neither.
 */
function officesAndPeople(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    // ("Thiếu tướng, PGS, TS Vũ Đình Trọng", "PGS.TS Nguyễn Văn A": a rank's degrees after its comma, or degrees alone.)
    const ranked = phraseLength(ctx, i, VI_RANKS);
    const degrees = degreesLength(ctx, i + ranked);
    const rank = ranked + degrees;
    // (Not before a state: "Đại sứ New Zealand Caroline Beresford" is an office, then its holder.)
    if (rank > 0 && (cap(ctx, i) || ['ông', 'bà'].includes(ctx.tokens[i]!.text)) && (joined(ctx.text, ctx.tokens, i + rank - 1) || degrees > 0) && stateLengthAt(ctx, i + rank) === 0) {
      // After a rank, the capitalised words that end the run are a person's name whatever its language ("Thượng tá Rơ Châm Hlin").
      const named = personNameAt(ctx, i + rank, ctx.sentenceEnd[i]!);
      const last = named > 0 || !cap(ctx, i + rank) ? named : nameAfterState(ctx, i + rank, ctx.sentenceEnd[i]!);
      if (last > 0 && !ctx.covered[i + rank]) {
        out.push({ first: i + rank, last, kind: 'actor', rule: 'person-name', score: 0.7, person: true, category: 'person' });
        i = last;
        continue;
      }
    }
    const title = phraseLength(ctx, i, VI_TITLES);
    // "Bộ trưởng Quốc phòng Việt Nam | Phan Văn Giang": a known office, then its holder's name.
    const office = ctx.covered[i];
    if (title > 0 && office?.firstToken === i && office.lastToken >= i + title - 1 && ctx.knownKind(i) === 'actor' && joined(ctx.text, ctx.tokens, office.lastToken)) {
      const at = office.lastToken + 1;
      const name = ctx.covered[at] ? -1 : personNameAt(ctx, at, ctx.sentenceEnd[i]!);
      if (name > 0) out.push({ first: at, last: name, kind: 'actor', rule: 'person-name', score: 0.7, person: true, category: 'person' });
      i = Math.max(i, name > 0 ? name : office.lastToken);
      continue;
    }
    if (title === 0 || !cap(ctx, i) || ctx.covered[i]) continue;
    // "Đại sứ quán Ấn Độ" is an embassy, a body named by its head, not an ambassador of "quán Ấn Độ".
    if ((headAt(ctx, i)?.[0] ?? 0) > title) continue;
    // A title inside a longer name ("Hội nghị Bộ trưởng Quốc phòng …") is that name's.
    if (i > 0 && joined(ctx.text, ctx.tokens, i - 1) && cap(ctx, i - 1) && phraseLength(ctx, i - 2, VI_RANKS) === 0 && phraseLength(ctx, i - 1, VI_RANKS) === 0) continue;
    if (headEndsBefore(ctx, i)) continue;
    // "Tham vấn chính trị cấp Thứ trưởng Ngoại giao …": the level of a meeting, no office of anyone's.
    if (i > 0 && ctx.tokens[i - 1]!.text === 'cấp' && joined(ctx.text, ctx.tokens, i - 1)) continue;
    const limit = ctx.sentenceEnd[i]!;
    let end = i + title - 1;
    let person = -1;
    let personEnd = -1;
    let unitInside = false;
    let cityEnd = -1;
    for (let k = end + 1; k < limit; k++) {
      // "Ủy viên phụ trách Chính trị, Hòa bình và An ninh": the portfolio's own list, past its comma.
      const listed = joined(ctx.text, ctx.tokens, k - 1) ? -1 : commaListInName(ctx, k - 1, limit);
      if (listed < 0 && !joined(ctx.text, ctx.tokens, k - 1)) break;
      if (listed > 0) {
        end = listed;
        k = end;
        continue;
      }
      // "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao": two offices, one person; "Đồn trưởng Đồn Biên phòng Ia Dom | Thiếu tá …":
      // a rank opens its holder's name.
      // ("Đại sứ Kenya tại Thái Lan kiêm nhiệm Việt Nam": but an envoy accredited to a second state holds one office.)
      const accredited = phraseAt(ctx.text, ctx.tokens, k, 'kiem nhiem') ? stateLengthAt(ctx, k + 2) : 0;
      if (accredited > 0 && joined(ctx.text, ctx.tokens, k + 1)) {
        end = k + 1 + accredited;
        k = end;
        continue;
      }
      if (ctx.tokens[k]!.text === 'kiêm' || (cap(ctx, k) && phraseLength(ctx, k, VI_RANKS) > 0)) break;
      // "Tư lệnh Bộ Tư lệnh Ấn Độ Dương – Thái Bình Dương Hoa Kỳ": the two oceans of the Indo-Pacific, past their dash.
      if (ctx.tokens[k - 1]!.text === 'Dương' && /^\s*[–-]\s*$/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start)) && ctx.tokens[k + 2]?.text === 'Dương') {
        end = k + 2;
        // (Their state may follow, "… Thái Bình Dương Hoa Kỳ"; any other capitalised word opens the holder's name.)
        if (cap(ctx, end + 1) && stateLengthAt(ctx, end + 1) === 0) break;
        k = end;
        continue;
      }
      if (!cap(ctx, k) && continuesWord(ctx, k - 1)) {
        end = k;
        continue;
      }
      // "Thứ trưởng Ngoại giao Philippines phụ trách các vấn đề chính sách, bà …": the portfolio, up to the punctuation.
      const portfolio = phraseAt(ctx.text, ctx.tokens, k, 'phu trach') ? portfolioEnd(ctx, k + 2, limit) : -1;
      if (portfolio > 0) {
        end = portfolio;
        break;
      }
      // "Cục trưởng Cục Phòng, chống ma túy, …": an agency named in lower case after its first word.
      const agency = lowerCaseNamedAgencyEnd(ctx, k, limit);
      if (agency > 0) {
        end = agency;
        k = end;
        continue;
      }
      // A head inside the office's name is taken whole ("Tư lệnh Cảnh sát biển …"), and a lower-case
      // word between two capitalised parts of it ("… Lực lượng Bảo vệ bờ biển Philippines").
      const head = cap(ctx, k) ? headAt(ctx, k) : undefined;
      if (head && head[0] > 1 && joined(ctx.text, ctx.tokens, k + head[0] - 2)) {
        end = k + head[0] - 1;
        k = end;
        continue;
      }
      // "Phó Tiểu đoàn trưởng Tiểu đoàn 711": a numbered unit inside the office's name, with its number and service.
      const unit = unitEnd(ctx.text, ctx.tokens, k, limit);
      if (unit > k) {
        end = unit;
        k = end;
        unitInside = true;
        continue;
      }
      if (!cap(ctx, k) && !SPEECH_VERBS.has(folded(ctx, k)) && k + 2 < limit && isCompound(ctx.tokens[k]!.text, ctx.tokens[k + 1]!.text) && joined(ctx.text, ctx.tokens, k) && joined(ctx.text, ctx.tokens, k + 1) && cap(ctx, k + 2)) {
        end = k + 1;
        k = end;
        continue;
      }
      // "Cục trưởng Cục Điều tra an ninh mạng": a known name of three words or more, in lower case inside the body's name.
      const known = ctx.covered[k];
      if (!cap(ctx, k) && !cap(ctx, k - 1) && known?.firstToken === k && known.lastToken - k >= 2 && known.lastToken < limit) {
        end = known.lastToken;
        k = end;
        continue;
      }
      if (!cap(ctx, k)) {
        // Lower-case words go on only as connectors ("tại", "của"), just after the title ("Điều phối viên thường trú"),
        // or as an institution's own words ("Chủ nhiệm Tổng cục Công nghiệp quốc phòng").
        const institutional = institutionWordsEnd(ctx, k);
        if (institutional > 0) {
          end = institutional;
          k = end;
          continue;
        }
        // "Bộ trưởng Bộ Thông tin và Truyền thông", "… Bộ Khoa học và Công nghệ": a ministry's second field after "và" (not
        // "và Phu nhân", "và Bộ trưởng …", "và Lực lượng vũ trang").
        const field = folded(ctx, k) === 'va' && cap(ctx, k + 1) && ministryInside(ctx, i + title, k) ? MINISTRY_SECOND_FIELDS.find((words) => phraseAt(ctx.text, ctx.tokens, k + 1, words)) : undefined;
        if (field && k + field.split(' ').length < limit) {
          end = k + field.split(' ').length;
          k = end;
          continue;
        }
        // ("Tổng thống Brazil | thăm Việt Nam": not after the office's state, nor a verb.)
        // ("hai Bộ trưởng | dự lễ khánh thành …", "… | ký Biên bản": a verb of attending or signing, not "dự án", "ký túc xá".)
        const attendsOrSigns = ['dự', 'ký'].includes(ctx.tokens[k]!.text) && !isCompound(ctx.tokens[k]!.text, ctx.tokens[k + 1]?.text ?? '');
        // ("Cục trưởng | làm trưởng đoàn", as written: "lâm" of "Đại biện lâm thời" folds alike.)
        // ("hai Bộ trưởng | nhất trí …", "hai Bộ trưởng | thông báo tình hình …": after a count, the title says who again, and the
        // words after it are the clause's.)
        const counted = ['hai', 'ba', 'cac', 'nhung'].includes(ctx.tokens[i - 1]?.folded ?? '');
        const afterTitle = !counted && k - (i + title) < 2 && !isFunctionWord(ctx.tokens[k]!.text) && !SPEECH_VERBS.has(folded(ctx, k)) && ctx.tokens[k]!.text.toLowerCase() !== 'làm' && !AGENCY_VERBS.has(ctx.tokens[k]!.text.toLowerCase()) && !attendsOrSigns && !stateEndsAt(ctx, i + title, k - 1);
        // ("Chỉ huy trưởng Phân đội 2 của DPAA | tại Hà Nội": where a unit is stationed is the unit's place, not the office's name.)
        if (unitInside && folded(ctx, k) === 'tai') break;
        // "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; ông X": the province the article is about, said by its bare word.
        if (['tinh', 'huyen'].includes(folded(ctx, k)) && end === k - 1 && /^\s*[,;.)]/.test(ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]?.start ?? ctx.text.length))) {
          end = k;
          break;
        }
        // "Thứ trưởng Bộ Công an nước Cộng hòa xã hội chủ nghĩa Việt Nam": the state's full name after "nước".
        const state = nuocStateLength(ctx, k);
        if (state > 0) {
          end = k + state - 1;
          k = end;
          continue;
        }
        if (OFFICE_CONNECTORS.has(folded(ctx, k)) || afterTitle) continue;
        break;
      }
      // "Bộ trưởng Quốc phòng Thái Lan Anan Srisombat": a state ends the office before a person's name, though "Thái" is also a family name.
      const state = stateLengthAt(ctx, k);
      if (state > 0 && cap(ctx, k + state) && joined(ctx.text, ctx.tokens, k + state - 1)) {
        end = k + state - 1;
        k = end;
        continue;
      }
      // "Bộ trưởng Quốc phòng Trung Quốc Đổng Quân": after the office's state, the capitalised words left are its holder's name,
      // whatever family name opens it.
      const afterState = stateEndsAt(ctx, i + title, k - 1) ? nameAfterState(ctx, k, limit) : -1;
      const name = afterState > 0 ? afterState : personNameAt(ctx, k, limit);
      // The name of a person starts where the office's owner has ended (a state, a known name, a
      // body), or right after a bare title ("Bộ trưởng Anand Verma" is the minister himself).
      // A Vietnamese name of three syllables or more, opening with a family name, is a person wherever it starts ("Người phát ngôn Bộ Ngoại giao Đoàn Thị Thu Trang").
      // "… Ấn Độ Dương – Thái Bình Dương": an ocean's last word is no family name.
      // "Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh | Susan Burns": a city's name after "TP", "thành phố", "tỉnh" is no person's; it
      // is the office's, and its holder's name starts after it.
      const cityBefore = ['TP', 'TP.'].includes(ctx.tokens[k - 1]!.text) || ['thanh pho', 'tinh'].some((words) => phraseAt(ctx.text, ctx.tokens, k - words.split(' ').length, words));
      if (cityBefore) {
        end = cityEnd = k + cityLength(ctx, k, limit) - 1;
        k = end;
        continue;
      }
      const fullName = name - k >= 2 && VI_FAMILY_NAMES.has(ctx.tokens[k]!.text.toLowerCase()) && !oceanAround(ctx.text, ctx.tokens, k);
      // "Phó Tổng cục trưởng KCG Kim Dong-hyun": a body's abbreviation ends the office too.
      if (name > 0 && !ctx.covered[k] && (k === i + title || ctx.covered[k - 1] || stateEndsAt(ctx, i + title, k - 1) || k - 1 === cityEnd || fullName || isAcronym(ctx.tokens[k - 1]!.text))) {
        person = k;
        personEnd = name;
        break;
      }
      end = ctx.covered[k]?.lastToken ?? k;
      k = end;
    }
    // "Phó Thủ tướng | kiêm Bộ trưởng …": a title alone before "kiêm" is an office of its own.
    // ("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Lê Hoài Khang": a head of government's title alone, then the same person's
    // next office after its comma.)
    const nextOffice = end < i + title && STANDALONE_TITLES.includes(ctx.tokens.slice(i, end + 1).map((t) => t.folded).join(' ')) && /^, $/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]?.start ?? 0)) && phraseLength(ctx, end + 1, VI_TITLES) > 0;
    if (end < i + title && (ctx.tokens[end + 1]?.text === 'kiêm' || nextOffice)) {
      out.push({ first: i, last: end, kind: 'actor', rule: 'office-title', score: 0.65, category: 'office' });
      i = end;
      continue;
    }
    // "Tùy viên Quốc phòng | Đại sứ quán Hàn Quốc tại Việt Nam": a title alone is an office where the embassy it is held at follows.
    const atEmbassy = end === i + title - 1 && embassyAt(ctx, end + 1);
    if (end >= i + title || person > 0 || atEmbassy) {
      if (end >= i + title || atEmbassy) out.push({ first: i, last: end, kind: 'actor', rule: 'office-title', score: 0.7, category: 'office' });
      if (person > 0) {
        out.push({ first: person, last: personEnd, kind: 'actor', rule: 'person-name', score: 0.7, person: true, category: 'person' });
        end = personEnd;
      }
      i = end;
      continue;
    }
    // A title and a name: "Bộ trưởng Trần Minh Khôi".
    const name = personNameAt(ctx, i + title, limit);
    if (name > 0) {
      out.push({ first: i + title, last: name, kind: 'actor', rule: 'person-name', score: 0.65, person: true, category: 'person' });
      i = name;
    }
  }
}

/** Whether a capitalised name head ends right before `i`: "Hội nghị | Bộ trưởng Quốc phòng …" is a meeting, not an office. */
function headEndsBefore(ctx: Context, i: number): boolean {
  for (let h = Math.max(0, i - 4); h < i; h++) {
    const head = headAt(ctx, h);
    if (head && h + head[0] === i && cap(ctx, h) && joined(ctx.text, ctx.tokens, i - 1)) return true;
  }
  return false;
}

/** Whether the words from..to end with the name of a state ("… Ấn Độ"). */
function stateEndsAt(ctx: Context, from: number, to: number): boolean {
  if (oceanGoesOn(ctx.text, ctx.tokens, to)) return false;
  // A state's name is capitalised: folded, "bị" of "thiết bị" would be Belgium's "Bỉ".
  for (let k = Math.max(from, to - 3); k <= to; k++) {
    if (cap(ctx, k) && stateNamed(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[to]!.end))) return true;
  }
  return false;
}

/** The days of the week after "thứ". */
const WEEKDAYS = new Set(['Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy']);

/** A date after a dateline's place (its state in brackets before: "Seoul (Hàn Quốc), …"): "ngày 14/3/2025", "ngày 22 tháng 4 năm 2025", "21-1-2025", "19 August 2025", "thứ Ba (14/1/2025)", "March 4", then the agency's "(Yonhap)". */
const DATELINE = /^(?:\s*\(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}\)(?=,))?\s*(?:,\s*(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|,\s*(?:(?:ngày|sáng|chiều|tối|hôm)\s+)?(?:thứ \S+\s*)?\(?\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\)?|,\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s*\d{4})?|\s*\(\p{Lu}\p{Ll}+\.?\s+\d{1,2}\)|,\s*thứ \S+\s*\(\d{1,2}\/\d{1,2}(?:\/\d{4})?\))?(?:\s*\(\p{Lu}\p{L}+\))?\s*(?:--\s|[—–-]\s|\n)/u;
/** "LYON, France —", "NUKU'ALOFA, Tonga (AP) —": a city in capitals and its state (checked to be one), then the dash. */
const STATE_DATELINE = /^,\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:\s*\(\p{Lu}\p{L}+\))?\s*[—–-]\s/u;

/**
 * The place a report is filed from, before its date at the start of a paragraph: "Hà Nội, ngày
 * 14/3/2025 —", "WASHINGTON, May 22, 2025 —", "Tokyo (Jan. 20) —"; `end`, where the dateline's date and dash end.
 */
function datelines(ctx: Pick<Context, 'text' | 'tokens'>): { first: number; last: number; end: number }[] {
  const out: { first: number; last: number; end: number }[] = [];
  for (const paragraph of ctx.text.matchAll(/(?:^|\n)([^\n]+)/g)) {
    const start = paragraph.index + paragraph[0].length - paragraph[1]!.length;
    let first = tokenFrom(ctx, start);
    if (first < 0 || !isCapitalised(ctx.tokens[first]!.text)) continue;
    // "SEOUL/HAI PHONG, Nov. 8 (Yonhap) --": filed from two places, each a place.
    const slashed = ctx.tokens[first + 1] && /^\/$/.test(ctx.text.slice(ctx.tokens[first]!.end, ctx.tokens[first + 1]!.start)) && isCapitalised(ctx.tokens[first + 1]!.text) ? first : -1;
    if (slashed >= 0) first++;
    let last = first;
    while (last - first < 3 && ctx.tokens[last + 1] && /^ +$/.test(ctx.text.slice(ctx.tokens[last]!.end, ctx.tokens[last + 1]!.start)) && isCapitalised(ctx.tokens[last + 1]!.text)) last++;
    for (let end = last; end >= first; end--) {
      const rest = ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end]!.end + 40);
      const state = STATE_DATELINE.exec(rest);
      const dateline = DATELINE.exec(rest)?.[0] ?? (state && isAcronym(ctx.tokens[first]!.text) && stateNamed(state[1]!) ? state[0] : undefined);
      // "Background" alone on its line is a heading: a place without a date needs its dash ("Tokyo —").
      if (dateline !== undefined && (/[\d—–-]/.test(dateline))) {
        // "BÀI VIẾT HƯ CẤU — …": a line in capitals is a header, not a place; "NEW YORK, 4 November 2026 —" has its date.
        if (end > first && !/\d/.test(dateline) && ctx.tokens.slice(first, end + 1).every((t) => isAcronym(t.text))) break;
        // "The ASEAN – Japan Defence Ministers' Meeting took place …": a name's dash, after "The", with no date.
        if (ctx.tokens[first]!.text === 'The' && !/\d/.test(dateline)) break;
        if (stateNamed(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[end]!.end))) break;
        // "QĐND Online - Ngày 14 tháng 10 …": the paper that reports, not where.
        if (ctx.tokens.slice(first, end + 1).some((t) => NEWS_OUTLETS.has(t.text))) break;
        out.push({ first, last: end, end: ctx.tokens[end]!.end + dateline.length });
        if (slashed >= 0) out.push({ first: slashed, last: slashed, end: ctx.tokens[end]!.end + dateline.length });
        break;
      }
    }
  }
  return out;
}

export function datelinePlaces(ctx: Pick<Context, 'text' | 'tokens'>): RawCandidate[] {
  return datelines(ctx).map(({ first, last }) => ({ first, last, kind: 'place', rule: 'dateline', score: 0.7 }));
}

/** Where each dateline's date and dash end: what follows is the report's first clause, of which the dateline is no part. */
export const datelineEnds = (ctx: Pick<Context, 'text' | 'tokens'>): number[] => datelines(ctx).map((d) => d.end);

/** The heads by their folded words, each with its written form, which a match must have with its tones. */
const EVENT_HEAD_INDEX = phraseIndex(EVENT_PHRASE_HEADS.map(([written, use]): [string, { written: string; use: 'alone' | 'qualified' }] => [foldedWords(written).join(' '), { written, use }]));
const EVENT_QUALIFIER_INDEX = phraseIndex(EVENT_PHRASE_QUALIFIERS.map((q): [string, true] => [q, true]));

/** Whether "lần thứ N" (the Nth round) stands at word `at`. */
const roundAt = (ctx: Context, at: number) => phraseAt(ctx.text, ctx.tokens, at, 'lan thu') && /^\d+$/.test(folded(ctx, at + 2));

/** Verbs that issue a statement, folded. */
const ISSUING_VERBS = new Set(['ra', 'cong bo', 'thong qua', 'ky', 'ky ket']);

/**
 * "hai nước đã ra Tuyên bố chung, trong đó …": a joint statement the article names only by its genre, as it is issued, is a
 * new instrument (elsewhere a bare "Tuyên bố chung" refers back to the article's own). Not when the article names one in full.
 */
function issuedStatements(ctx: Context, out: RawCandidate[]): void {
  if (out.some((c) => c.kind === 'agreement' && phraseAt(ctx.text, ctx.tokens, c.first, 'tuyen bo chung'))) return;
  for (let i = 1; i < ctx.tokens.length; i++) {
    if (!cap(ctx, i) || !phraseAt(ctx.text, ctx.tokens, i, 'tuyen bo chung')) continue;
    if (![2, 1].some((n) => ISSUING_VERBS.has(ctx.tokens.slice(i - n, i).map((t) => t.folded).join(' ')))) continue;
    // Bare: what follows is no more of its name ("Tuyên bố chung về …", "Tuyên bố chung Việt Nam – …" are named ones).
    if (joined(ctx.text, ctx.tokens, i + 2) && (cap(ctx, i + 3) || ['ve', 'giua'].includes(folded(ctx, i + 3)))) continue;
    out.push({ first: i, last: i + 2, kind: 'agreement', rule: 'instrument-phrase', score: 0.5 });
    return;
  }
}

/** Events named in lower case by what happened, with the words that say which (see EVENT_PHRASE_HEADS). */
function eventPhrases(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    // Lower case, or capitalised only as a sentence's first word ("Cuộc tuần tra …") or before the round it is ("Tuần tra
    // chung lần thứ 45").
    const found = phraseFrom(EVENT_HEAD_INDEX, ctx.text, ctx.tokens, i);
    const head = found && tonedPhraseAt(ctx.tokens, i, found.value.written) && (!cap(ctx, i) || i === ctx.sentenceStart[i] || roundAt(ctx, i + found.words.length)) ? found : undefined;
    if (!head) {
      ceremony(ctx, i, out);
      continue;
    }
    // "các cuộc tuần tra": events in general, not one.
    if (['cac', 'nhung', 'moi'].includes(folded(ctx, i - 1))) continue;
    let last = i + head.words.length - 1;
    // "buổi tiếp theo" (the next session), "buổi tiếp xúc cử tri": the head's last word begins another word.
    if (joined(ctx.text, ctx.tokens, last) && isCompound(ctx.tokens[last]!.text, ctx.tokens[last + 1]?.text ?? '')) continue;
    for (let k = last + 1; k < ctx.sentenceEnd[i]! && joined(ctx.text, ctx.tokens, k - 1); ) {
      const qualifier = phraseFrom(EVENT_QUALIFIER_INDEX, ctx.text, ctx.tokens, k);
      let next = qualifier ? k + qualifier.words.length : k;
      if (!qualifier && roundAt(ctx, k)) next = k + 3;
      else if (!qualifier && folded(ctx, k) === 'nam' && /^\d{4}$/.test(folded(ctx, k + 1))) next = k + 2;
      // "chuyến thăm chính thức Việt Nam": where the visit went.
      else if (!qualifier && head.phrase.endsWith('tham') && cap(ctx, k)) {
        for (let e = Math.min(ctx.sentenceEnd[i]! - 1, k + 3); e >= k && next === k; e--) if (stateNamed(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[e]!.end))) next = e + 1;
        if (next > k) {
          last = next - 1;
          break;
        }
      }
      if (next === k) break;
      last = next - 1;
      k = next;
    }
    // "khai giảng khóa tập huấn sĩ quan tham mưu gìn giữ hòa bình …": a course opened or closed is named by its topic, in lower case.
    const opened = COURSE_HEADS.includes(head.phrase) && folded(ctx, i - 1) === 'giang' && ['khai', 'be'].includes(folded(ctx, i - 2));
    // (Its topic may name a language or a body: "… tiếng Anh chuyên ngành", "… gìn giữ hòa bình Liên hợp quốc"; its year is not its name's.)
    while (opened && last - i < 10 && last + 1 < ctx.sentenceEnd[i]! && joined(ctx.text, ctx.tokens, last) && !isFunctionWord(ctx.tokens[last + 1]!.text) && !/\d/.test(ctx.tokens[last + 1]!.text) && folded(ctx, last + 1) !== 'nam') last++;
    if (head.value.use === 'qualified' && last === i + head.words.length - 1) continue;
    out.push({ first: i, last, kind: 'event', rule: 'event-phrase', score: 0.5 });
    i = last;
  }
}

/**
 * "Lễ hồi hương hài cốt quân nhân …", "lễ thượng cờ": a ceremony is named by what it does, in words of
 * its own, capitalised mid-sentence or not. "Lễ" as written: folded, it is the surname "Lê". After
 * "buổi" it is the occasion the article named before ("Dự buổi lễ có …"), no new one. A round of
 * something ("đợt tìm kiếm chung lần thứ 158") is an event when its number says which.
 */
function ceremony(ctx: Context, i: number, out: RawCandidate[]): void {
  const word = ctx.tokens[i]!.text.toLowerCase();
  const round = ROUND_WORDS.has(word);
  if ((word !== 'lễ' && !round) || folded(ctx, i - 1) === 'buoi') return;
  // ("tham gia lễ hội | nằm trong Kế hoạch …": a festival in lower case, or alone, is one named before, no ceremony of its own;
  // "Lễ hội Té nước Bunpimay": one named by its capitalised words, a syllable in lower case between them.)
  if (word === 'lễ' && ctx.tokens[i + 1]?.text.toLowerCase() === 'hội') {
    if (!cap(ctx, i + 2) || !joined(ctx.text, ctx.tokens, i + 1)) return;
    let end = i + 2;
    // ("Lễ hội Văn hóa, Thể thao và Du lịch …": over a list of its capitalised fields.)
    const listed = (k: number) => cap(ctx, k) && /^, $/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start));
    const and = (k: number) => ctx.tokens[k]?.text === 'và';
    for (let k = i + 3; k < ctx.sentenceEnd[i]! && k - i <= 10 && (joined(ctx.text, ctx.tokens, k - 1) || listed(k)); k++) {
      if (cap(ctx, k)) end = k;
      else if (and(k) ? !cap(ctx, k + 1) : !(cap(ctx, k + 1) || (and(k + 1) && cap(ctx, k + 2))) || isFunctionWord(ctx.tokens[k]!.text)) break;
    }
    // (A name does not end inside a word: "… Du | lịch".)
    if (end + 1 < ctx.sentenceEnd[i]! && joined(ctx.text, ctx.tokens, end) && !cap(ctx, end + 1) && isCompound(ctx.tokens[end]!.text, ctx.tokens[end + 1]!.text)) end++;
    out.push({ first: i, last: end, kind: 'event', rule: 'name-head', score: 0.6 });
    return;
  }
  let last = i;
  // ("Dự lễ có …": who attended the ceremony named before, no "lễ có".)
  // ("Ngày 5/6, Lễ ký diễn ra tại …": what the ceremony does is no word of its name.)
  // (Nor the course or round it opens: "Lễ khai giảng | khóa bồi dưỡng điều tra tội phạm mạng" is an event of its own.)
  const opensEvent = (k: number) => phraseFrom(EVENT_HEAD_INDEX, ctx.text, ctx.tokens, k)?.value.use === 'alone';
  const ends = (k: number) => CEREMONY_VERBS.some((words) => phraseAt(ctx.text, ctx.tokens, k, words)) || (k > i + 1 && opensEvent(k));
  // ("Dự lễ khai giảng | có Trung tướng X, …": nor who came to it.)
  const whoCame = (k: number) => ctx.tokens[k]!.text === 'có' && (k === i + 1 || cap(ctx, k + 1) || ['ông', 'bà', 'đại', 'lãnh', 'các'].includes(ctx.tokens[k + 1]?.text.toLowerCase() ?? ''));
  // ("lễ tiễn | tàu 015-Trần Hưng Đạo": nor the ship it sees off, named by its number.)
  const ship = (k: number) => folded(ctx, k) === 'tau' && /^\d/.test(ctx.tokens[k + 1]?.text ?? '');
  while (last - i < 9 && last + 1 < ctx.sentenceEnd[i]! && joined(ctx.text, ctx.tokens, last) && !cap(ctx, last + 1) && !isFunctionWord(ctx.tokens[last + 1]!.text) && folded(ctx, last + 1) !== 'lan' && !whoCame(last + 1) && !ends(last + 1) && !ship(last + 1)) last++;
  // ("Lễ tiếp nhận 19 hài cốt liệt sĩ quân tình | nguyện": cut by its length, a name does not end inside a word.)
  if (last - i === 9 && last + 1 < ctx.sentenceEnd[i]! && joined(ctx.text, ctx.tokens, last) && !cap(ctx, last + 1) && isCompound(ctx.tokens[last]!.text, ctx.tokens[last + 1]!.text)) last++;
  // "đợt tìm kiếm chung lần thứ 158": a round of anything is one event when its number says which.
  if (round) {
    // Or by "đầu tiên" (the first), and the year it is the first of: "đợt tuần tra song phương đầu tiên của năm 2025" —
    // a round of an activity, not "chuyến hàng viện trợ đầu tiên" (a shipment) nor "đợt giao nhận quân đầu tiên".
    // ("đợt tham quan": a visit's "tham" does not end inside "tham quan", a tour.)
    const endsWord = (words: string) => !isCompound(ctx.tokens[i + words.split(' ').length]!.text, ctx.tokens[i + words.split(' ').length + 1]?.text ?? '');
    const activity = ROUND_ACTIVITIES.find((words) => phraseAt(ctx.text, ctx.tokens, i + 1, words) && endsWord(words));
    const first = last > i + 1 && phraseAt(ctx.text, ctx.tokens, last - 1, 'dau tien') && activity;
    if (word === 'chuyến' && !activity) return;
    // "… cho biết đã kết thúc đợt tìm kiếm tàu cá …": a round of an activity carried out or ended is the article's occasion, by
    // that activity's words.
    // ("Đợt tìm kiếm tàu cá … đã kết thúc hôm 5/6": or, opening the sentence, one its verb says was held or ended.)
    const saidHeld = (k: number) => ROUND_HELD.some((words) => phraseAt(ctx.text, ctx.tokens, k, words));
    // (Or after when: "Sáng 21/10, đợt tìm kiếm … đã kết thúc".)
    const opens = i === ctx.sentenceStart[i] || (i - ctx.sentenceStart[i]! <= 4 && /,\s*$/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start)));
    const opensHeld = opens && ctx.tokens.slice(i + 1, ctx.sentenceEnd[i]).some((_, k) => saidHeld(i + 1 + k));
    const carried = word === 'đợt' && activity && (opensHeld || ROUND_CARRIED.some((words) => phraseAt(ctx.text, ctx.tokens, i - words.split(' ').length, words)));
    if (first) {
      if (phraseAt(ctx.text, ctx.tokens, last + 1, 'cua nam') && /^\d{4}$/.test(folded(ctx, last + 3))) last += 3;
    } else if (last > i && roundAt(ctx, last + 1)) last += 3;
    else if (carried) last = i + activity.split(' ').length;
    else return;
  }
  if (last > i) out.push({ first: i, last, kind: 'event', rule: 'event-phrase', score: 0.5 });
}

/** Heads of Vietnamese bodies that a field in lower case may close, folded: "Trung tâm Huấn luyện gìn giữ hòa bình". */
const FIELD_BODY_HEADS = ['trung tam', 'hoc vien', 'truong', 'vien', 'cuc', 'van phong'].map((h) => h.split(' '));

/**
 * "Trung tâm Huấn luyện gìn giữ hòa bình của Bộ Quốc phòng": a body's capitalised name that a field of three words or more
 * follows in lower case, the name ending there (before "của", "thuộc", a bracket or punctuation), is named with that field.
 * The body's candidate is lengthened over it; the field stays a candidate of its own, read inside the name.
 */
function fieldsClosingBodies(ctx: Context, found: RawCandidate[]): void {
  const namesBody = (c: RawCandidate) => FIELD_BODY_HEADS.some((h) => phraseAt(ctx.text, ctx.tokens, c.first, h.join(' ')));
  const bodyEndingAt = new Map(found.filter((c) => c.kind === 'actor' && c.rule === 'name-head' && namesBody(c)).map((c) => [c.last, c]));
  for (const term of found.filter((c) => c.rule === 'field-term' && c.last - c.first >= 2)) {
    const body = bodyEndingAt.get(term.first - 1);
    if (!body || !joined(ctx.text, ctx.tokens, body.last)) continue;
    const after = ctx.tokens[term.last + 1];
    const closes = !after || ['của', 'thuộc'].includes(after.text) || /^\s*[,.;:()]/.test(ctx.text.slice(ctx.tokens[term.last]!.end, after.start));
    if (closes) body.last = term.last;
  }
}

/** What a ceremony does, after its name (folded): "diễn ra", "được tổ chức", "kéo dài". */
const CEREMONY_VERBS = ['dien ra', 'duoc to chuc', 'keo dai'];

/** Activities done in rounds (folded): what a voyage or a first round must be of to be an event. */
const ROUND_ACTIVITIES = ['tuan tra', 'huan luyen', 'dien tap', 'luyen tap', 'tim kiem', 'ra pha', 'khao sat', 'giao luu', 'tham', 'hoi dam', 'dao tao', 'tap huan'];

/** Verbs that carry out or end a round of something, folded: "kết thúc đợt tìm kiếm", "triển khai đợt tuần tra". */
const ROUND_CARRIED = ['ket thuc', 'trien khai', 'tien hanh', 'to chuc', 'bat dau', 'phat dong', 'hoan thanh'];

/** What a round's sentence says of it after its name, folded: "Đợt tìm kiếm … đã kết thúc", "… diễn ra từ …". */
const ROUND_HELD = ['ket thuc', 'dien ra', 'bat dau', 'hoan thanh', 'duoc tien hanh', 'duoc trien khai', 'duoc to chuc'];

/** Words that open a round of something, as written: "đợt", "cuộc", "khóa" (a course), "chuyến" (a voyage). */
const ROUND_WORDS = new Set(['đợt', 'cuộc', 'khóa', 'khoá', 'chuyến']);

/**
 * "ASEAN Member States", "EU member states", "các nước thành viên ASEAN": the states of an organisation, taken
 * together, are an actor of their own that readers mark (what "ASEAN" does is not what its members do).
 */
function memberStates(ctx: Pick<Context, 'text' | 'tokens'>): RawCandidate[] {
  const out: RawCandidate[] = [];
  const at = (k: number, phrase: string) => phraseAt(ctx.text, ctx.tokens, k, phrase);
  ctx.tokens.forEach((token, k) => {
    if (isAcronym(token.text) && (at(k + 1, 'member states') || at(k + 1, 'member countries'))) out.push({ first: k, last: k + 2, kind: 'actor', rule: 'name-head', score: 0.6, category: 'state' });
    const members = ['quoc gia thanh vien', 'nuoc thanh vien'].find((p) => at(k + 1, p));
    const last = members ? k + members.split(' ').length + 1 : -1;
    // ("Là các quốc gia thành viên ASEAN, hai nước …": after "là" (are), what the subject is, not an actor.)
    if (token.folded === 'cac' && members && isAcronym(ctx.tokens[last]?.text ?? '') && ctx.tokens[k - 1]?.folded !== 'la') out.push({ first: k, last, kind: 'actor', rule: 'name-head', score: 0.6, category: 'state' });
  });
  return out;
}

/**
 * The events an English article names in lower case that are not ones its names gave already: "The talks were co-chaired
 * by …" after "… held their third Security and Defence Consultations" is that event ("the talks" is new only where the
 * article has named no event yet), and "Exercise Komodo 2025, a multilateral naval exercise hosted by …" says what the
 * event named before the comma is.
 */
function newEventPhrases(ctx: Context, found: RawCandidate[]): RawCandidate[] {
  let firstEvent = ctx.tokens.findIndex((_, k) => ctx.knownKind(k) === 'event');
  for (const c of found) if (c.kind === 'event' && (firstEvent < 0 || c.first < firstEvent)) firstEvent = c.first;
  const eventEnds = new Set(found.filter((c) => c.kind === 'event').map((c) => c.last));
  const apposition = (c: RawCandidate) => ['a', 'an'].includes(ctx.tokens[c.first - 1]?.folded ?? '') && eventEnds.has(c.first - 2) && /^\s*,\s*$/.test(ctx.text.slice(ctx.tokens[c.first - 2]!.end, ctx.tokens[c.first - 1]!.start));
  const referenceBack = (c: RawCandidate) => c.kind === 'event' && c.rule === 'event-phrase' && !ceremonyOfItsKind(ctx.tokens, c.first, c.last) && firstEvent >= 0 && c.first > firstEvent && ['the', 'this'].includes(ctx.tokens[c.first - 1]?.folded ?? '') && ctx.tokens[c.last + 1]?.folded !== 'between';
  return englishEventPhrases(ctx).filter((c) => !referenceBack(c) && !apposition(c));
}

/** Verbs that hold an occasion, folded, of two syllables: "tổ chức", "tiến hành". */
const HOLDING_VERBS_VI = ['to chuc', 'tien hanh', 'khai mac'];

/**
 * Every candidate range the rules find, after dropping what the graph already knows: a range
 * whose first word is covered by a known name is that name, not a new one.
 */
/**
 * "Kampala (Uganda)", "Dushanbe (Tajikistan)": in English too, a state in brackets right after a place, which the article
 * names nowhere outside brackets, is where that place lies, as the Vietnamese rules read "Viêng Chăn (Lào)".
 */
function placesInBrackets(ctx: Context, kept: RawCandidate[]): void {
  const endingAt = new Map(kept.map((c) => [c.last, c]));
  for (const c of kept) {
    // ("The Hague (the Netherlands)": the state's article inside the brackets.)
    const the = ctx.tokens[c.first - 1]?.folded === 'the' && ctx.text[ctx.tokens[c.first - 1]!.start - 1] === '(' ? 1 : 0;
    if (c.category !== 'state' || ctx.text[ctx.tokens[c.first - the]!.start - 1] !== '(' || endingAt.get(c.first - the - 1)?.kind !== 'place') continue;
    if (namedOutsideBrackets(ctx.text, ctx.text.slice(ctx.tokens[c.first - the]!.start, ctx.tokens[c.last]!.end))) continue;
    c.kind = 'place';
    delete c.category;
  }
}

/** An EU legal act by its type and number: "Council Decision (CFSP) 2024/583", "Regulation (EU) 2021/947". */
const EU_LEGAL_ACT = /\b(?:(?:Council|Commission|Implementing|Delegated)\s+)*(?:Decision|Regulation|Directive|Joint Action)\s+\((?:CFSP|EU|EC|Euratom)\)\s+(?:No\s+)?\d{2,4}\/\d+\b/g;

/** The EU's legal acts named by their number, each an instrument: its brackets and its slash are inside the name. */
function euLegalActs(ctx: Context): RawCandidate[] {
  const out: RawCandidate[] = [];
  for (const match of ctx.text.matchAll(EU_LEGAL_ACT)) {
    const inside = tokensWithin(ctx, match.index, match.index + match[0].length);
    const [first, last] = [inside[0], inside.at(-1)];
    if (first !== undefined && last !== undefined && ctx.tokens[first]!.start === match.index && ctx.tokens[last]!.end === match.index + match[0].length) out.push({ first, last, kind: 'agreement', rule: 'name-head', score: 0.8 });
  }
  return out;
}

export function findCandidateRanges(ctx: Context): RawCandidate[] {
  const found: RawCandidate[] = [...datelinePlaces(ctx), ...memberStates(ctx)];
  acronymDefinitions(ctx, found);
  if (ctx.english) {
    pushAll(found, englishNames({ ...ctx, english: ctx.english }));
    pushAll(found, englishDomainLists(ctx));
    pushAll(found, newEventPhrases(ctx, found));
    pushAll(found, englishLowerCaseBodies(ctx));
    pushAll(found, englishLowerCaseInstruments(ctx));
    pushAll(found, euLegalActs(ctx));
    pushAll(found, englishLowerCaseOffices(ctx));
  } else {
    officesAndPeople(ctx, found);
    pushAll(found, militaryUnits(ctx));
    nameHeads(ctx, found);
    partnershipPhrases(ctx, found);
    lawPhrases(ctx, found);
    domainLists(ctx, found);
    domainPhrases(ctx, found);
    capitalisedRuns(ctx, found);
    eventPhrases(ctx, found);
    issuedStatements(ctx, found);
  }
  quotedNames(ctx, found);
  pushAll(found, fieldTermRanges(ctx));
  if (!ctx.english) fieldsClosingBodies(ctx, found);
  // An acronym the article defines is a mention of its long form wherever it stands, not a name of its own.
  const defined = new Set(found.flatMap((c) => (c.acronym ? [c.acronym] : [])));
  // A term of the field inside an event or an instrument named in lower case is its topic ("memorandum of understanding on maritime security").
  // A list item that says more of one term ("tội phạm ma túy xuyên biên giới") is read whole; one that runs two terms together is not.
  const phrases = found.filter((c) => c.rule === 'event-phrase' || c.rule === 'instrument-phrase');
  const terms = found.filter((c) => c.rule === 'field-term');
  const within = (c: RawCandidate, outer: RawCandidate) => outer.first <= c.first && outer.last >= c.last && outer.last - outer.first > c.last - c.first;
  const items = found.filter((c) => c.rule === 'domain-list' && terms.filter((t) => within(t, c)).length === 1);
  // "đã tổ chức diễn tập chung tại …": a field's word for an occasion, after a verb that holds one, is that occasion.
  const held = (c: RawCandidate) => phrases.some((p) => p.first === c.first && p.last === c.last) && HOLDING_VERBS_VI.some((verb) => phraseAt(ctx.text, ctx.tokens, c.first - 2, verb));
  const topic = (c: RawCandidate) => (c.rule === 'field-term' && (phrases.some((p) => within(c, p)) || items.some((item) => within(c, item)) || held(c))) || (c.rule === 'domain-phrase' && phrases.some((p) => within(c, p)));
  // (Nor is a degree before a name, "PGS, TS Vũ Đình Trọng", a name of its own.)
  const distinct = found.filter((c) => !(c.rule === 'capitalised-run' && c.first === c.last && defined.has(ctx.tokens[c.first]!.text)) && !topic(c) && !(c.first === c.last && DEGREES.has(ctx.tokens[c.first]!.text)));
  // "The 3rd meeting of the India–Nigeria Joint Defence Cooperation Committee (JDCC)": a meeting named by its body goes before
  // the body's own definition, which it ends with (the body is then read inside it).
  // (Not a dialogue's: "The 3rd meeting of the Defence Policy Dialogue (DPD) between Japan and Vietnam" is the dialogue's round.)
  // (Each rank is found once, before the sort: the definitions by where they end.)
  const definedFrom = new Map<number, number>();
  for (const a of found) if (a.rule === 'acronym-definition' && a.kind === 'actor') definedFrom.set(a.last, Math.max(a.first, definedFrom.get(a.last) ?? -1));
  const meetingOfDefined = (c: RawCandidate) => c.kind === 'event' && c.rule === 'name-head' && (definedFrom.get(c.last) ?? -1) > c.first;
  // "the Joint Statement on the Global Combat Air Programme (GCAP)": an instrument on a programme the article defines is a
  // document of its own, which the programme's name ends (and is read inside it).
  const topicFrom = new Map<number, number>();
  for (const a of found) if (a.rule === 'acronym-definition' && ['on', 've'].includes(ctx.tokens[a.first - 1]?.folded === 'the' ? ctx.tokens[a.first - 2]?.folded ?? '' : ctx.tokens[a.first - 1]?.folded ?? '')) topicFrom.set(a.last, a.first);
  const instrumentOnDefined = (c: RawCandidate) => c.kind === 'agreement' && c.rule === 'name-head' && (topicFrom.get(c.last) ?? -1) > c.first;
  const ranks = new Map(distinct.map((c) => [c, meetingOfDefined(c) || instrumentOnDefined(c) ? RULE_RANK['acronym-definition'] + 1 : RULE_RANK[c.rule]]));
  distinct.sort((a, b) => ranks.get(b)! - ranks.get(a)! || b.last - b.first - (a.last - a.first));
  const taken = new Array<boolean>(ctx.tokens.length).fill(false);
  const kept: RawCandidate[] = [];
  for (const candidate of distinct) {
    // A name the graph knows is a mention, never a new candidate, even when a rule would read on;
    // a longer English name around it is a new one ("EU–Indonesia Partnership and Cooperation Agreement").
    const inside = ctx.covered[candidate.first];
    // So is a term of the field that a known name only begins ("đào tạo ngoại ngữ" after "đào tạo").
    // (A run of capitals only when it goes on for two words more: "European Union | Naval Force Operation Atalanta".)
    if (inside && (!(ctx.english || candidate.rule === 'field-term') || inside.lastToken >= candidate.last || (candidate.rule === 'capitalised-run' && candidate.last - inside.lastToken < 2))) continue;
    if (ctx.covered[candidate.last] && ctx.covered[candidate.last]!.firstToken <= candidate.first) continue;
    let free = true;
    for (let k = candidate.first; k <= candidate.last && free; k++) free = !taken[k];
    if (!free) continue;
    for (let k = candidate.first; k <= candidate.last; k++) taken[k] = true;
    kept.push(candidate);
  }
  kept.sort((a, b) => a.first - b.first);
  if (ctx.english) placesInBrackets(ctx, kept);
  return kept;
}

