/**
 * The matcher for the constructions of `relationRules.ts`. A sentence is read as a row of units:
 * the names it uses (known entities, new candidates, references to the article's own instrument
 * or event) and the words and punctuation between them. A construction matches where its
 * elements stand in that row; its {S} and {T} give the relation's ends, one relation per name of
 * a list. Names of a kind the rule does not allow never match, so no rule can propose a relation
 * the graph would refuse.
 */
import { isCapitalised, type Token } from '../text/tokens';
import { foldKeepLength } from '../text/fold';
import { INSTRUMENTS, RELATION_RULES, type RelationRule } from './relationRules';
import { OFFICE_TITLES_EN, OFFICE_TITLES_VI, RANKS_EN, RANKS_VI } from './nameLexicon';
import { SHORT_RANK_OPENERS, SHORT_TITLES } from '../text/abbreviations';
import { learnedKinds, type LearnedRules } from './learn';
import { addTo, greatest, least } from '../model/collections';
import { refKey, type CuratedKind as Kind, type EndRef, type RelationProposal, type Span } from './types';
import { spanOf } from './tokenSpans';
import { stateOfAdjective } from './states';
import { ceremonyOfItsKind } from './englishNames';
import { CALENDAR_WORDS, COUNT_WORDS_EN, placeWordsBefore, THE_TWO_PARTIES } from './wordLists';

export type Slot = {
  first: number;
  last: number;
  ref: EndRef;
  kind: Kind;
  viaReference: boolean;
  reference?: 'subject' | Kind;
  /** For actors: person, office, state … where known; an office and its holder side by side are one item of a list. */
  category?: string;
  /** "hai cơ quan", "the two agencies": each of the two the words stand for is an end ("ref" is the first). */
  parties?: EndRef[];
  /**
   * "hai nước", "the two countries", "hai Thứ trưởng": where a rule wants actors, not the article's instrument,
   * the two states or the two people the article names most.
   */
  twoActors?: EndRef[];
};

/** The slots of each end, looked up instead of searched for every relation of a long article. */
export function slotsByRef(slots: Slot[]): Map<string, Slot[]> {
  const byRef = new Map<string, Slot[]>();
  for (const s of slots) addTo(byRef, refKey(s.ref), s);
  return byRef;
}

/**
 * `after`, in English: a verb's form right after an article or a possessive is a noun ("the support"),
 * and a participle right after "was" is passive ("was welcomed by"): neither is the verb a construction reads.
 */
type Unit = { type: 'word'; folded: string; token: number; after?: 'determiner' | 'be' } | { type: 'punct'; char: string } | { type: 'slot'; slot: Slot };

type Element =
  | { type: 'slot'; end: 'S' | 'T'; many: boolean; aims?: true; fields?: true }
  | { type: 'words'; phrases: string[][]; optional: boolean }
  | { type: 'punct'; char: string; optional: boolean }
  | { type: 'gap'; max: number; names: boolean; optional: boolean }
  | { type: 'start'; not: boolean }
  | { type: 'end' };

/**
 * A compiled construction, with what its first unit must be (a name, one of some words, or anything) and, for each of
 * the words it cannot do without, the words one of which a sentence must hold for it to be read there at all.
 */
type Compiled = { rule: RelationRule; elements: Element[]; hasSource: boolean; starts: 'slot' | Set<string> | 'any'; needs: string[][] };

function needsOf(elements: Element[]): string[][] {
  return elements.flatMap((e) => (e.type === 'words' && !e.optional && e.phrases.every((p) => p.length > 0) ? [[...new Set(e.phrases.map((p) => p[0]!))]] : []));
}

function startsOf(elements: Element[]): Compiled['starts'] {
  const first = elements[0]?.type === 'start' ? elements[1] : elements[0];
  if (first?.type === 'slot') return 'slot';
  if (first?.type === 'words' && !first.optional) return new Set(first.phrases.map((p) => p[0]!));
  return 'any';
}

const foldWords = (phrase: string) => foldKeepLength(phrase.replace(/['’]s\b/g, ' s')).split(/\s+/).filter(Boolean);

function compile(pattern: string): Element[] {
  const elements: Element[] = [];
  for (const raw of pattern.match(/\[[^\]]*\]\??|\S+/g) ?? []) {
    const optional = raw.endsWith('?') && raw.length > 1;
    const body = optional ? raw.slice(0, -1) : raw;
    const slot = /^\{([ST])(\+?)\}$/.exec(body);
    if (slot) elements.push({ type: 'slot', end: slot[1] as 'S' | 'T', many: slot[2] === '+' });
    else if (body === '…' || body === '~' || body === '~~') elements.push({ type: 'gap', max: body === '…' ? 5 : body === '~' ? 14 : 30, names: body !== '…', optional: true });
    else if (body === '^' || body === '!^') elements.push({ type: 'start', not: body === '!^' });
    else if (body === '$') elements.push({ type: 'end' });
    else if (/^[,:;()–]$/.test(body)) elements.push({ type: 'punct', char: body, optional });
    else if (body.startsWith('[')) elements.push({ type: 'words', phrases: body.slice(1, -1).split('|').map(foldWords), optional });
    else elements.push({ type: 'words', phrases: [foldWords(body)], optional });
  }
  return elements;
}

/** The built-in rules and those learned from review, compiled once per set of learned rules. */
const COMPILED = new WeakMap<LearnedRules, Map<'vi' | 'en', Compiled[]>>();
function compiled(language: 'vi' | 'en', learned: LearnedRules): Compiled[] {
  const byLanguage = COMPILED.get(learned) ?? new Map<'vi' | 'en', Compiled[]>();
  COMPILED.set(learned, byLanguage);
  let list = byLanguage.get(language);
  if (!list) {
    const learnedRules: RelationRule[] = learned.constructions
      .filter((c) => c.language === language)
      .map((c) => ({ id: `learned/${c.predicate}`, predicate: c.predicate, words: c.pattern.replace(/\{[ST]\}/g, '…').trim(), ...learnedKinds(c.predicate), score: 0.6, vi: [], en: [], [language]: [c.pattern] }));
    list = [...RELATION_RULES, ...learnedRules].flatMap((rule) =>
      rule[language].map((p) => {
        const elements = compile(p).map((e) => (e.type === 'slot' && e.end === 'T' && AIMED.has(rule.predicate) ? { ...e, aims: true as const } : e.type === 'slot' && e.end === 'T' && rule.predicate === 'covers' ? { ...e, fields: true as const } : e));
        return { rule, elements, hasSource: elements.some((e) => e.type === 'slot' && e.end === 'S'), starts: startsOf(elements), needs: needsOf(elements) };
      }),
    );
    byLanguage.set(language, list);
  }
  return list;
}

/** English prepositions: a name right after one (or its owner after one: "with Vietnam's Navy") is their object. */
const PREPOSITIONS = new Set(['to', 'with', 'of', 'for', 'in', 'from', 'by', 'on', 'at', 'into', 'through']);
function afterPreposition(units: Unit[], u: number): boolean {
  let k = u - 1;
  while (units[k]?.type === 'word' && (units[k] as { folded: string }).folded === 's' && units[k - 1]?.type === 'slot') k -= 2;
  const unit = units[k];
  return unit?.type === 'word' && PREPOSITIONS.has(unit.folded);
}

/** Prepositions, and the words of time or condition that open a phrase before a clause's subject ("During the visit, …", "Under the Agreement, …"). */
const OPENING_PREPOSITIONS = new Set([...PREPOSITIONS, 'during', 'after', 'before', 'under']);

/** Whether a preposition, and perhaps an article, stand before unit `u`: "During the visit, the crew …" describes no visit. */
function openedByPreposition(units: Unit[], u: number): boolean {
  let k = u - 1;
  while (units[k]?.type === 'word' && ['the', 'a', 'an'].includes((units[k] as { folded: string }).folded)) k--;
  const unit = units[k];
  return unit?.type === 'word' && OPENING_PREPOSITIONS.has(unit.folded);
}

/** Words after which a name says where: "tại", "ở", "at" (not "in": "took part in Exercise X, the exercise of Y"). */
const PLACE_WORDS = new Set(['tai', 'o', 'at']);
/** Whether "tại", "ở" or "at" stands up to five words before unit `u`: "tại Cửa khẩu Quốc tế Lao Bảo". */
function afterPlaceWord(units: Unit[], u: number): boolean {
  for (let k = u - 1; k >= Math.max(0, u - 5); k--) {
    const unit = units[k]!;
    if (unit.type !== 'word') return false;
    if (PLACE_WORDS.has(unit.folded)) return true;
  }
  return false;
}

/**
 * Words that ask someone to do something: "đề nghị phía Hoa Kỳ tiếp tục hỗ trợ …", "mời Cảnh sát
 * biển Việt Nam tham dự …", "invited Indonesia to take part in …". What the one asked is to do has
 * not been done, so it is no relation of theirs. As written, with their tones: folded, "mời"
 * (invite) is also "mới" (new) and "mọi" (every).
 */
const ASKING_WORDS = [['đề', 'nghị'], ['mời'], ['mong'], ['kêu', 'gọi'], ['yêu', 'cầu'], ['urged'], ['urges'], ['urge'], ['invited'], ['invites'], ['invite'], ['asked'], ['asks'], ['called', 'on'], ['calls', 'on'], ['encouraged'], ['encourages']];
/** Words between the asking word and the one asked, as written: "đề nghị phía Hoa Kỳ", "urged the Council" ("cùng", not "cũng"). */
const ASKED_LEADS = new Set(['phía', 'bên', 'the', 'cùng']);
/** What a person asked to do has not done: taking part, supporting. */
const NOT_DONE_WHEN_ASKED = new Set(['participates_in', 'supports']);

/** Whether "signed in", "signed at" stand right before unit `u`. */
function signedAt(units: Unit[], u: number): boolean {
  const [verb, preposition] = [units[u - 2], units[u - 1]];
  return verb?.type === 'word' && ['signed', 'concluded', 'inked'].includes(verb.folded) && preposition?.type === 'word' && ['in', 'at'].includes(preposition.folded);
}

/** Whether a date follows the name at unit `u`: "in Canberra on Monday", "in Hanoi on 4 March" says where something was done, not what it is about. */
function datedAfter(units: Unit[], u: number): boolean {
  const [on, day] = [units[u + 1], units[u + 2]];
  return on?.type === 'word' && on.folded === 'on' && day?.type === 'word' && (CALENDAR_WORDS.has(day.folded) || /^\d/.test(day.folded));
}

/** Whether an instrument or an event stands before unit `u` in its clause, with "on" or "về" between: what `u` opens is its topic. */
function topicOfNamedThing(units: Unit[], u: number): boolean {
  let on = false;
  // Within the clause's last forty units: a sentence with no full stop is no longer read back to its start for each field.
  for (let k = u - 1; k >= Math.max(0, u - 40); k--) {
    const unit = units[k]!;
    if (unit.type === 'punct' && /[.;:]/.test(unit.char)) return false;
    if (unit.type === 'word' && (unit.folded === 'on' || unit.folded === 've')) on = true;
    if (unit.type === 'slot' && ['event', 'agreement', 'partnership', 'framework'].includes(unit.slot.kind)) return on;
  }
  return false;
}

/** Words that make a place's name a region, waters or a coast, not a city. */
const REGION_WORDS = new Set(['sea', 'seas', 'ocean', 'gulf', 'strait', 'straits', 'bay', 'channel', 'region', 'peninsula', 'pacific', 'indo-pacific', 'asia', 'africa', 'europe', 'arctic', 'antarctic', 'atlantic', 'basin', 'coast', 'waters', 'islands', 'archipelago', 'horn', 'sahel', 'mekong', 'east', 'west', 'north', 'south', 'corridor']);

/** Vietnamese words of seas and waters, as written (folded, "biển" would also be the "Biên" of "Biên Hòa"). */
const SEA_WORDS_VI = new Set(['biển', 'vịnh', 'dương', 'eo', 'vùng']);

/** Whether a name is a continent's or a region's, in Vietnamese: "Đông Nam Á", "châu Âu", "Trung Đông" (not "Hội nghị Cấp cao Đông Á"). */
function continentNamed(tokens: Token[], slot: Slot): boolean {
  const words = tokens.slice(slot.first, slot.last + 1).map((t) => t.text);
  return words.length <= 3 && ['Á', 'Âu', 'Phi', 'Đông', 'Mỹ'].includes(words.at(-1)!) && words.slice(0, -1).every((w) => ['Đông', 'Nam', 'Tây', 'Bắc', 'Trung', 'châu', 'Châu'].includes(w));
}

/** Whether the place a slot names is a region by one of its words ("the South China Sea", "the Indo-Pacific", "Southeast Asia"). */
function regionNamed(tokens: Token[], slot: Slot): boolean {
  return tokens.slice(slot.first, slot.last + 1).some((t) => REGION_WORDS.has(t.folded) || SEA_WORDS_VI.has(t.text.toLowerCase()) || /(?:asia|east|west)$/.test(t.folded));
}

/** Whether the list of names at units `at` is asked, by a word just before it, to do what "to" and a verb after it say. */
function askedToDo(units: Unit[], tokens: Token[], at: number[]): boolean {
  // A name not among the sentence's units (-1) is no list that stands anywhere.
  if (at.length === 0 || at.includes(-1)) return false;
  const first = least(at);
  // The rest of the list asked ("the Philippines | and Vietnam to sign …"), then "to" and a verb.
  let k = greatest(at) + 1;
  const listed = (unit: Unit | undefined) => unit?.type === 'slot' || (unit?.type === 'punct' && unit.char === ',') || (unit?.type === 'word' && ['and', 'or', 'the'].includes(unit.folded));
  while (k < units.length && listed(units[k])) k++;
  const [to, verb] = [units[k], units[k + 1]];
  return to?.type === 'word' && to.folded === 'to' && verb?.type === 'word' && askedBy(units, tokens, first);
}

/**
 * Words right before those who watched a signing or whose occasion it was, folded: "Dưới sự chứng kiến của A và B, …", "In the
 * presence of A, …", "witnessed by A", "Trong khuôn khổ chuyến thăm chính thức Vương quốc Tây Ban Nha, …". Not "chứng kiến A
 * và B ký …", where A and B sign.
 */
const WITNESSING = [['chung', 'kien', 'cua'], ['presence', 'of'], ['witnessed', 'by'], ['khuon', 'kho']];
/** Small words inside a list of names and titles (folded). */
const NAME_LINKS = new Set(['va', 'and', 'the', 'cua', 'ong', 'ba', 'ngai']);

/**
 * Whether the name at unit u belongs to the names those words lead, or to "Nhân chuyến thăm … của X," opening the sentence:
 * back from it only names, titles, small words and an office's comma before its holder's rank ("Bộ trưởng Bộ Công an Việt
 * Nam, Đại tướng Trần Quang Vinh") stand. A witness or a host signs nothing.
 */
function witnessed(units: Unit[], tokens: Token[], u: number): boolean {
  const wordAt = (k: number) => units[k]?.type === 'word' ? (units[k] as { folded: string }).folded : undefined;
  for (let k = u - 1; k >= 0; k--) {
    const unit = units[k]!;
    if (unit.type === 'slot') continue;
    if (unit.type === 'punct') {
      const before = units[k - 1];
      const next = units[k + 1];
      const apposition = unit.char === ',' && before?.type === 'slot' && before.slot.category === 'office' && next?.type === 'word' && isCapitalised(tokens[next.token]!.text);
      if (apposition) continue;
      return false;
    }
    if (WITNESSING.some((words) => words.every((w, n) => wordAt(k - words.length + 1 + n) === w))) return true;
    if (k === 0 && unit.folded === 'nhan') return true;
    // "Vương quốc Tây Ban Nha": a lower-case syllable after a capitalised one is part of a name.
    const previous = units[k - 1];
    if (isCapitalised(tokens[unit.token]!.text) || NAME_LINKS.has(unit.folded) || (previous?.type === 'word' && isCapitalised(tokens[previous.token]!.text))) continue;
    return false;
  }
  return false;
}

/** Past "của Kiểm ngư" at `k` when another ship of the list follows (", tàu …", "và tàu …"); else `k`. */
function pastShipOwner(units: Unit[], k: number): number {
  let j = k + 1;
  while (j < units.length && j - k <= 6 && !(units[j]?.type === 'punct') && wordsAt(units, j, ['va']) < 0) j++;
  const comma = units[j]?.type === 'punct' && (units[j] as { char: string }).char === ',';
  return (comma && wordsAt(units, j + 1, ['tau']) > 0) || wordsAt(units, j, ['va', 'tau']) > 0 ? j : k;
}

/** Whether the name at unit u is the one asked by an asking word just before it. */
function askedBy(units: Unit[], tokens: Token[], u: number): boolean {
  let k = u - 1;
  // ("mời Bộ trưởng Langford dự …": a title or a rank before the one asked.)
  for (let n = 2; n <= 4 && k - n + 1 >= 0; n++) if (rankAt(units, k - n + 1) === n) k -= n;
  for (let unit = units[k]; unit?.type === 'word' && ASKED_LEADS.has(tokens[unit.token]!.text.toLowerCase()); unit = units[k]) k--;
  return ASKING_WORDS.some((words) =>
    words.every((word, n) => {
      const unit = units[k - words.length + 1 + n];
      return unit?.type === 'word' && tokens[unit.token]!.text.toLowerCase() === word;
    }),
  );
}

/**
 * What joins the names of a list: a comma, "và", "and", "cũng như", "as well as", "and with" ("in line
 * with A and with B"), "and to" ("commitment to A and to upholding B"), "and on" ("cooperation on A and on B") …, and the partner a body acts with ("A phối hợp với B tổ chức …", "A, in
 * cooperation with B, organised …").
 * Longest first: "cũng như" before "cũng".
 */
// ("…, the Plus countries, including Australia, China …", "…, namely …": the list goes on with its members.)
const JOINERS = [['including'], ['namely'], ['along', 'with'], ['and', 'with'], ['and', 'to'], ['and', 'on'], ['and', 'in'], ['va', 've'], ['va', 'voi'], ['in', 'cooperation', 'with'], ['in', 'partnership', 'with'], ['phoi', 'hop', 'voi'], ['as', 'well', 'as'], ['together', 'with'], ['jointly', 'with'], ['and', 'by'], ['cung', 'voi'], ['cung', 'nhu'], ['va'], ['and'], ['cung'], ['hoac'], ['or'], ['with'], ['voi']];
/**
 * Whether the name at unit `u` is whose words the sentence gives: right after "Theo", "According to" and any rank, form of
 * address or title ("Theo ông …", "According to Mr …", "Theo Bộ trưởng …"; not "Theo đó Việt Nam …", "accordingly"), or
 * that one's office after its comma.
 */
function citedSource(units: Unit[], u: number): boolean {
  // ("According to the Ministry of Defence, …": an article may come first.)
  const reached = (k: number) => [k, wordsAt(units, k, ['the']) > 0 ? k + 1 : k].some((at) => at === u || afterRanks(units, at) === u);
  for (let k = u - 1; k >= 0 && u - k <= 4 && units[k]!.type === 'word'; k--) {
    if ((wordsAt(units, k, ['theo']) > 0 && reached(k + 1)) || (wordsAt(units, k, ['according', 'to']) > 0 && reached(k + 2))) return true;
  }
  // ("Theo ông Ngô Quang Vinh, Cục trưởng Cục An toàn thông tin, cuộc diễn tập …": the office is the source's.)
  const unit = units[u];
  const before = units[u - 2];
  return unit?.type === 'slot' && unit.slot.category === 'office' && units[u - 1]?.type === 'punct' && (units[u - 1] as { char: string }).char === ',' && before?.type === 'slot' && before.slot.category === 'person' && citedSource(units, u - 2);
}

/** Words between a name and "cùng" (together with) the next (folded): "đã", "sẽ", "mong muốn", "sẵn sàng", "tiếp tục", "luôn". */
const BEFORE_TOGETHER = ['da', 'se', 'mong muon', 'san sang', 'tiep tuc', 'luon'].map((w) => w.split(' '));
/** Nouns after a name that say it stands for several states (folded): "the Plus countries, including …". */
const COLLECTIVE_NOUNS = new Set(['countries', 'nations', 'states']);
/** Those a body sends, after its name (folded): "Australian Defence Force personnel, …"; and "itself". */
const SENT_PEOPLE = new Set(['personnel', 'troops', 'sailors', 'soldiers', 'marines', 'airmen', 'officers', 'staff', 'itself']);
/**
 * Words before a list's next name that are no part of it: articles, the fighting of what is fought
 * ("…, chống ma túy", "combating piracy"), the upholding of what is upheld, the ships of a navy ("tàu Hải quân Ấn Độ và tàu Hải quân …").
 */
const LEADING_WORDS = new Set(['the', 'joint', 'cac', 'nhung', 'a', 'an', 'its', 'their', 'of', 'chong', 'phong', 'countering', 'combating', 'combatting', 'fighting', 'upholding', 'respecting', 'tau', 'ships', ...COUNT_WORDS_EN]);
/** English words after a name that show it qualifies no noun: "its Strategic Compass | and invited …". */
const NOT_A_NOUN = new Set(['and', 'or', 'but', 'in', 'to', 'of', 'for', 'with', 'at', 'on', 'by', 'as', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'since', 'from', 'under', 'during', 'after', 'before']);
/** Letters after a person's name: a member of parliament, an honour. */
const POST_NOMINALS = new Set(['mp', 'jr', 'ao', 'obe', 'mbe', 'cbe', 'kc', 'qc']);
/** The people a body sends, before "của" and its name in a list: "các bác sĩ của Bệnh viện …, kỹ sư của Binh chủng Công binh và nhân viên cứu hộ của Quân khu 4". */
const PEOPLE_OF_VI = ['bac si', 'ky su', 'nhan vien', 'nhan vien cuu ho', 'can bo', 'chien si', 'quan nhan', 'si quan', 'hoc vien', 'chuyen gia', 'thuy thu', 'phi cong', 'y bac si'].flatMap((who) => [`${who} cua`, `cac ${who} cua`]).map((w) => w.split(' '));
/** Those who represent a body or come from a state, before its name in a list: "…; đại diện lãnh đạo Cục Đối ngoại và …", "cùng các chuyên gia đến từ Nhật Bản", "representatives of the …". */
// "… cùng các nước đối tác Australia, Hoa Kỳ …": the partner countries, then their names.
// ("tàu SAR 413, tàu CSB 8003 và …": a ship's word before each of a list of ships.)
// ("…; and representatives of the embassies of Spain and Türkiye": the states whose embassies sent them; longest first.)
const REPRESENTATIVES = [['representatives', 'of', 'the', 'embassies', 'of'], ['the', 'embassies', 'of'], ['tau'], ['cac', 'nuoc', 'doi', 'tac'], ['cac', 'nuoc'], ['cac', 'quoc', 'gia'], ['dai', 'dien'], ['cac', 'don', 'vi', 'cua'], ['lanh', 'dao'], ['cac', 'chuyen', 'gia', 'den', 'tu'], ['chuyen', 'gia', 'den', 'tu'], ['doan'], ['representatives'], ['representative'], ['experts', 'from'], ['officials', 'from'], ['military', 'attaches', 'of'], ['defence', 'attaches', 'of'], ['defense', 'attaches', 'of'], ['delegations', 'from'], ['delegations', 'of'], ...PEOPLE_OF_VI];
/** A count of states before their names, or of people before where they come from: "8 nước đối tác gồm", "6 học viên đến từ", "140 officers of the". */
const COUNTED_MEMBERS = ['nuoc doi tac gom', 'nuoc thanh vien gom', 'nuoc gom', 'quoc gia gom', 'nuoc doi tac la', 'nuoc thanh vien la', 'nuoc la', 'hoc vien den tu', 'si quan den tu', 'can bo den tu', 'hoc vien cua', 'can bo cua', ...['officers', 'peacekeepers', 'troops', 'personnel', 'soldiers', 'sailors'].flatMap((who) => [`${who} of the`, `${who} of`, `${who} from the`, `${who} from`])].map((w) => w.split(' '));

/**
 * Verbs before each aim of a list of what something contributes to: "góp phần bảo đảm tự do hàng hải và duy trì hòa
 * bình". Not what one supports: "hỗ trợ Ukraine và tăng cường Hải quân Na Uy" strengthens its own navy.
 */
const AIMED = new Set(['contributes_to']);
const AIM_VERBS = ['duy tri', 'bao dam', 'tang cuong', 'thuc day', 'nang cao', 'cung co', 'maintain', 'maintaining', 'promote', 'promoting', 'ensure', 'ensuring', 'strengthen', 'strengthening', 'uphold', 'upholding'].map((w) => w.split(' '));

/** Kinds of ship, which stand before a ship's name in a list: "the Vietnamese frigate Tran Hung Dao". */
const VESSELS = new Set(['frigate', 'corvette', 'destroyer', 'cruiser', 'vessel', 'ship', 'submarine', 'cutter']);

/** How many words at `k` say what kind of ship follows (a kind, after one word that qualifies it), or 0. */
function vesselWordsAt(units: Unit[], k: number): number {
  const word = (at: number) => (units[at]?.type === 'word' ? (units[at] as { folded: string }).folded : undefined);
  if (VESSELS.has(word(k) ?? '') && units[k + 1]?.type === 'slot') return 1;
  return word(k) !== undefined && VESSELS.has(word(k + 1) ?? '') && units[k + 2]?.type === 'slot' ? 2 : 0;
}

/**
 * Whether the name at `first` (its list ending before `next`), reached across a gap, only owns what the
 * clause is about: "welcomed Viet Nam's role as …", "hỗ trợ vận chuyển bệnh viện dã chiến của Việt Nam".
 * The thing owned has no name of its own here, so the owner is no end of the relation.
 */
function ownerOfUnnamed(units: Unit[], first: number, next: number): boolean {
  const before = units[first - 1];
  return (before?.type === 'word' && before.folded === 'cua') || ownsUnnamed(units, next);
}

/** What one owns that says where one stands: another's support is not the speaker's. */
const STANCES = new Set(['support', 'commitment', 'contribution', 'role', 'efforts', 'effort', 'position', 'stance', 'call', 'proposal', 'initiative', 'backing']);

/** Whether an owner's "'s" and a word, no name, stand at `at`: "India's support". */
function ownsUnnamed(units: Unit[], at: number): boolean {
  const unit = units[at];
  return unit?.type === 'word' && unit.folded === 's' && units[at + 1]?.type === 'word';
}

/** `inside`: the names a list item took in beside its own ("Lê Văn Quang, Tư lệnh …"): they start no reading of their own. */
type Match = { S: Slot[]; T: Slot[]; first: number; last: number; inside: Slot[] };

const PROVIDE = new Set(['provide', 'provides', 'provided', 'providing']);
const wordAt = (units: Unit[], at: number) => (units[at]?.type === 'word' ? (units[at] as { folded: string }).folded : undefined);

function wordsAt(units: Unit[], at: number, phrase: string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    const unit = units[at + k];
    if (unit?.type !== 'word' || unit.folded !== phrase[k]) return -1;
  }
  return at + phrase.length;
}

// Ranks written short ("Lt. Gen.", "Rear Adm.") are read a word at a time: the dots are no units.
const RANK_WORDS = [...RANKS_VI, ...RANKS_EN, ...SHORT_TITLES, ...SHORT_RANK_OPENERS].map((r) => foldWords(r)).sort((a, b) => b.length - a.length);
// An office's title alone stands before a person's name as a rank does: "và Bộ trưởng Kim Dong-hyun", "and Minister Tanabe".
const TITLE_WORDS = [...OFFICE_TITLES_VI, ...OFFICE_TITLES_EN].map((r) => foldWords(r)).sort((a, b) => b.length - a.length);
const RANK_FIRST = new Set([...RANK_WORDS, ...TITLE_WORDS].map((r) => r[0]!));

/** The length of the rank, form of address or title before a person at `k` ("Thượng tướng", "ông", "Rear Admiral", "Bộ trưởng"), or 0. */
function rankAt(units: Unit[], k: number): number {
  const unit = units[k];
  if (unit?.type !== 'word' || !RANK_FIRST.has(unit.folded)) return 0;
  for (const rank of RANK_WORDS) if (wordsAt(units, k, rank) > 0) return rank.length;
  for (const title of TITLE_WORDS) {
    const person = units[k + title.length];
    if (wordsAt(units, k, title) > 0 && person?.type === 'slot' && person.slot.category === 'person') return title.length;
  }
  return 0;
}

/** Past the ranks and forms of address before a name ("Lieutenant General Dato' Azman Shafie"), when a name follows them; else `k`. */
function afterRanks(units: Unit[], k: number): number {
  let at = k;
  // "and Indian Ambassador Sandeep Arya": the state's adjective before a title.
  const unit = units[at];
  if (unit?.type === 'word' && stateOfAdjective(unit.folded) && rankAt(units, at + 1) > 0) at++;
  for (let rank = rankAt(units, at); rank > 0; rank = rankAt(units, at)) at += rank;
  return at > k && units[at]?.type === 'slot' ? at : k;
}

/**
 * An office and the person who holds it, side by side ("Thứ trưởng Bộ Công an, Thượng tướng
 * Lương Quốc Hùng", "ông Laurent Marchand, Tổng Thư ký …"): one item, the person.
 */
function apposition(units: Unit[], at: number, item: Slot): { slot: Slot; next: number } {
  let k = at;
  if (units[k]?.type === 'punct' && (units[k] as { char: string }).char === ',') k++;
  for (let rank = rankAt(units, k); rank > 0; rank = rankAt(units, k)) k += rank;
  const other = units[k];
  if (other?.type !== 'slot') return { slot: item, next: at };
  const pair = [item.category, other.slot.category].sort().join('+');
  if (pair !== 'office+person') return { slot: item, next: at };
  // "Đại tướng X, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng": a person's offices one after another belong to the item.
  const comma = (u: Unit | undefined) => u?.type === 'punct' && u.char === ',';
  const office = (u: Unit | undefined) => u?.type === 'slot' && u.slot.category === 'office';
  while (item.category === 'person' && comma(units[k + 1]) && office(units[k + 2])) k += 2;
  // "Inspector General Budi Santoso, Head of the National Counter Terrorism Agency, and …": so does an office set off by commas
  // after a person named with a title before (not "Minister A, Deputy Minister B", the next item's title).
  while (item.category === 'office' && comma(units[k + 1]) && office(units[k + 2]) && comma(units[k + 3])) k += 2;
  // "The Defence Secretary, Rt Hon Tom Ashworth MP, held talks …": letters after the person's name are part of the pair.
  while (item.category === 'office' && units[k + 1]?.type === 'word' && POST_NOMINALS.has((units[k + 1] as { folded: string }).folded)) k++;
  // The office's own comma after the pair ("…, Tổng Thư ký Bộ Quân đội Pháp, đồng chủ trì") closes it.
  // So does the person's after the office before a verb ("The Defence Secretary, Tom Ashworth, held talks …"), not before
  // the list's next item ("…, Trần Thị Mỹ Linh, đại diện Bộ Tư lệnh …", "…, and …").
  // ("Thứ trưởng Bộ Ngoại giao Lê Minh Khoa, Thượng tướng Võ Thanh Bình, Thứ trưởng …, bà Helen Crawford, …": nor before the
  // next item's rank, or after a person and the office set off after them, the next one's "ông" or "bà"; after an office and
  // its holder, "…, bà Đoàn Thị Thu Trang cho biết" is the clause's subject.)
  const address = ['ong', 'ba', 'ngai', 'mr', 'ms', 'mrs'].includes(wordAt(units, k + 2) ?? '');
  const listGoesOn = [...JOINERS, ...REPRESENTATIVES].some((words) => wordsAt(units, k + 2, words) > 0) || (rankAt(units, k + 2) > 0 && (item.category === 'person' || !address));
  // ("…, Lieutenant General Paulo Mendes, the Minister of Defence …, Mr …": nor before the next item's "the" and its office.)
  const nextItem = wordsAt(units, k + 2, ['the']) > 0 && units[k + 3]?.type === 'slot';
  const closing = (item.category === 'person' && !listGoesOn) || (units[k + 2]?.type === 'word' && !listGoesOn && !nextItem);
  let next = units[k + 1]?.type === 'punct' && (units[k + 1] as { char: string }).char === ',' && closing ? k + 2 : k + 1;
  // "Lê Đức Hòa, Cục trưởng Cục Đối ngoại, Bộ Quốc phòng; …": the ministry the office's body is in, after its own comma, ends the item.
  const body = units[next];
  if (next === k + 2 && body?.type === 'slot' && body.slot.kind === 'actor' && !['person', 'office', 'state'].includes(body.slot.category ?? '') && bodyClosesItem(units, next + 1)) next++;
  // "Marta Lindqvist, Deputy Secretary General … at the European External Action Service (EEAS), and by …": the body the office is at belongs to the item.
  const bodyAt = Math.max(wordsAt(units, next, ['at', 'the']), wordsAt(units, next, ['at']));
  const atBody = units[bodyAt];
  if (next === k + 1 && atBody?.type === 'slot' && atBody.slot.kind === 'actor' && !['person', 'office'].includes(atBody.slot.category ?? '')) next = bodyAt + 1;
  // "ông Kenji Watanabe, Bí thư thứ nhất Đại sứ quán Nhật Bản tại Việt Nam; đại diện …": the body right after the office, whose
  // portfolio ends its title, belongs to the item too.
  const bodyRight = units[k + 1];
  if (next === k + 1 && units[k]?.type === 'slot' && (units[k] as { slot: Slot }).slot.category === 'office' && bodyRight?.type === 'slot' && bodyRight.slot.kind === 'actor' && !['person', 'office', 'state'].includes(bodyRight.slot.category ?? '')) next = k + 2;
  return { slot: item.category === 'person' ? item : other.slot, next };
}

/** The words of an aim rather than a field of work: "peace and stability", "a rules-based order". */
const AIM_WORDS = new Set(['peace', 'stability', 'security', 'prosperity', 'order', 'rules-based', 'international', 'regional', 'and']);
const isAim = (tokens: Token[], slot: Slot) => (slot.kind === 'domain' || slot.kind === 'framework') && tokens.slice(slot.first, slot.last + 1).every((t) => AIM_WORDS.has(t.folded));

/**
 * Where a description of a name between commas ends (after its closing comma), or `at` when none stands there. Only
 * one that opens with "a", "an", "one of" or "the" and a word (", the Philippines, …" is a list's next item: its name
 * is no word), is at most twenty units long, holds no other punctuation, and is followed by a word that is no "and".
 */
function describedUntil(units: Unit[], at: number): number {
  const comma = (k: number) => units[k]?.type === 'punct' && (units[k] as { char: string }).char === ',';
  const word = (k: number) => (units[k]?.type === 'word' ? (units[k] as { folded: string }).folded : undefined);
  if (!comma(at)) return at;
  const opener = word(at + 1);
  const described = opener === 'a' || opener === 'an' || (opener === 'one' && word(at + 2) === 'of') || (opener === 'the' && word(at + 2) !== undefined);
  if (!described) return at;
  for (let k = at + 2; k < units.length && k - at <= 20; k++) {
    if (units[k]?.type === 'punct') {
      const after = word(k + 1);
      // ("HMS Spey, an offshore patrol vessel of the Royal Navy, and the frigate Tran Hung Dao arrived …": a description that
      // opens with "a" or "one of" is no item, so the list goes on after it; one that opens with "the" may be.)
      if (comma(k) && (after === 'and' || after === 'or')) return opener === 'the' ? at : k;
      return comma(k) && after !== undefined ? k + 1 : at;
    }
  }
  return at;
}

/**
 * Past ", Vietnam's deputy minister of public security" to the comma after it, when a name, its "'s" and words in lower
 * case stand there up to that comma; else `at`.
 */
function pastOwnedDescription(units: Unit[], at: number): number {
  const comma = (k: number) => units[k]?.type === 'punct' && (units[k] as { char: string }).char === ',';
  const word = (k: number) => (units[k]?.type === 'word' ? (units[k] as { folded: string }).folded : undefined);
  if (!comma(at) || units[at + 1]?.type !== 'slot' || word(at + 2) !== 's' || word(at + 3) === undefined) return at;
  for (let k = at + 4; k < units.length && k - at <= 12; k++) {
    if (units[k]?.type === 'slot') return at;
    if (units[k]?.type === 'punct') return comma(k) ? k : at;
  }
  return at;
}

/** Verbs of leading a delegation, after its leader (folded). */
const LEADING = [['dan', 'dau'], ['lam', 'truong', 'doan']];

/** The leader "do X, <office>, dẫn đầu" names after a delegation's body at unit `k`, and the unit after the verb; or undefined. */
function ledBy(units: Unit[], k: number): { slot: Slot; next: number } | undefined {
  const leader = wordsAt(units, k, ['do']) > 0 ? afterRanks(units, k + 1) : -1;
  const unit = units[leader];
  if (leader < 0 || unit?.type !== 'slot' || !['person', 'office'].includes(unit.slot.category ?? '')) return undefined;
  const item = apposition(units, leader + 1, unit.slot);
  // ("do ông X, Phó Tổng cục trưởng dẫn đầu": an office the rules do not name whole may stand between, in a few words.)
  for (let verb = item.next === leader + 1 ? leader + 1 : item.next; verb < units.length && verb - leader < 8; verb++) {
    const after = LEADING.map((words) => wordsAt(units, verb, words)).find((end) => end > 0);
    if (after) return { slot: item.slot, next: after };
    if (units[verb]?.type === 'punct' && (units[verb] as { char: string }).char !== ',') return undefined;
  }
  return undefined;
}

/** The name after an owner's "'s" at unit `u` ("Japan's | Vice-Minister …"), when a name stands at `u` and right after its "'s". */
function ownedAfter(units: Unit[], u: number): Slot | undefined {
  const [owner, s, owned] = [units[u], units[u + 1], units[u + 2]];
  return owner?.type === 'slot' && s?.type === 'word' && s.folded === 's' && owned?.type === 'slot' ? owned.slot : undefined;
}

/**
 * Past "his South African counterpart," or "người đồng cấp Lào," before the next name of a list, when a name
 * follows: the counterpart is the person named; the state the words give only says whose.
 */
function afterCounterpart(units: Unit[], k: number): number {
  const word = (at: number) => (units[at]?.type === 'word' ? (units[at] as { folded: string }).folded : undefined);
  let at = -1;
  if (['his', 'her', 'their'].includes(word(k) ?? '')) {
    for (let n = k + 1; n <= k + 4 && at < 0; n++) if (word(n) === 'counterpart' || word(n) === 'counterparts') at = n + 1;
  } else if (wordsAt(units, k, ['nguoi', 'dong', 'cap']) > 0) {
    at = units[k + 3]?.type === 'slot' && (units[k + 3] as { slot: Slot }).slot.category === 'state' ? k + 4 : k + 3;
  }
  if (at < 0) return k;
  if (units[at]?.type === 'punct' && (units[at] as { char: string }).char === ',') at++;
  const name = afterRanks(units, at);
  return units[name]?.type === 'slot' ? name : k;
}

/** Where the words of a list's joiner at `k` end ("và", "as well as", "including"), or 0 when none stands there. */
function afterJoiner(units: Unit[], k: number): number {
  for (const joiner of JOINERS) {
    const after = wordsAt(units, k, joiner);
    if (after > 0) return after;
  }
  // "Hải quân Ấn Độ mong muốn cùng Hải quân Nhân dân Việt Nam góp phần …", "A đã cùng B tham gia …": together with the next.
  let at = k;
  for (let words = BEFORE_TOGETHER.find((w) => wordsAt(units, at, w) > 0); words; words = BEFORE_TOGETHER.find((w) => wordsAt(units, at, w) > 0)) at += words.length;
  return at > k && wordsAt(units, at, ['cung']) > 0 && units[at + 1]?.type === 'slot' ? at + 1 : 0;
}

/**
 * Whether an office's body after its own comma ends the item, unit `after` being what follows the body: the sentence's end
 * or a ";" ("Lê Đức Hòa, Cục trưởng Cục Đối ngoại, Bộ Quốc phòng; …"), the verb ("…, Vụ trưởng Vụ Hợp tác quốc tế, Bộ Quốc
 * phòng Ấn Độ đồng chủ trì …"), or the next person or representative of the list ("…, Bộ Quốc phòng Việt Nam và Chuẩn tướng
 * …", "… cùng đại diện …").
 */
function bodyClosesItem(units: Unit[], after: number): boolean {
  const unit = units[after];
  if (unit === undefined || (unit.type === 'punct' && unit.char === ';')) return true;
  // "…, Bộ Quốc phòng Việt Nam, và bà Ingrid Vasquez, …": a comma before the list's joiner.
  if (unit.type === 'punct' && unit.char === ',' && afterJoiner(units, after + 1) > 0) return bodyClosesItem(units, after + 1);
  const joinedAt = afterJoiner(units, after);
  if (joinedAt === 0) return unit.type === 'word';
  const next = units[joinedAt];
  return rankAt(units, joinedAt) > 0 || REPRESENTATIVES.some((words) => wordsAt(units, joinedAt, words) > 0) || (next?.type === 'slot' && next.slot.category === 'person');
}

/** Whether a list goes on or closes at `at`: a comma, a dash, a joiner, or the clause's end. */
function listGoesOnAt(units: Unit[], at: number): boolean {
  const unit = units[at];
  return unit === undefined || (unit.type === 'punct' && [',', '—', ';'].includes(unit.char)) || afterJoiner(units, at) > 0;
}

/** Words of what a place is, before each item of a list of places (folded). */
const PLACE_ITEM_WORDS = [['tinh'], ['thanh', 'pho'], ['bang'], ['huyen'], ['dac', 'khu'], ['thu', 'do']];

/** Words that open a clause of its own inside a list of fields, which is no item of it (folded). */
const FIELD_LIST_ENDS = new Set(['nham', 'de', 'dong', 'trong', 'theo', 'khi', 'which', 'that', 'to', 'while', 'whereas', 'when', 'da', 'se', 'duoc', 'was', 'were', 'will']);
/** How many words in a row a list of fields passes over: the rest of an item, or an item no field names. */
const UNNAMED_ITEM_WORDS = 6;

/**
 * The unit of the next field a list of fields names from `at`, passing over items in words that name none, each ended by a
 * comma, a semicolon or a joiner ("…, sạt lở đất; sơ tán nhân dân; quân y"), or `at` when none follows.
 */
function nextNamedField(units: Unit[], at: number, fits: (slot: Slot) => boolean, bySemicolons = false): number {
  let k = at;
  for (let items = 0; items < 4; items++) {
    let words = 0;
    // ("maritime security in the Indian Ocean and the Red Sea, counter-terrorism, …": where an item's field is, is the item's.)
    const where = (n: number) => ['in', 'the', 'at', 'tai', 'o', 'tren'].includes(wordAt(units, n - 1) ?? '');
    const wordOrPlace = (n: number) => {
      const unit = units[n];
      return unit?.type === 'word' || (unit?.type === 'slot' && (unit.slot.kind === 'place' || where(n)) && !fits(unit.slot));
    };
    while (wordOrPlace(k) && words < UNNAMED_ITEM_WORDS && afterJoiner(units, k) === 0) {
      // ("…; phòng, chống mua bán người": the comma of "phòng, chống" is inside the item.)
      if (wordsAt(units, k, ['phong']) > 0 && units[k + 1]?.type === 'punct' && wordsAt(units, k + 2, ['chong']) > 0) {
        k += 3;
        words += 2;
        if (units[k]?.type === 'slot') return fits((units[k] as { slot: Slot }).slot) ? k : at;
        continue;
      }
      if (FIELD_LIST_ENDS.has((units[k] as { folded: string }).folded)) {
        if (!bySemicolons) return at;
        // "…: trao đổi đoàn các cấp; đào tạo, trong đó phía Ba Lan tiếp nhận học viên …; quân y …": in a list its semicolons
        // divide, a clause inside an item runs to the item's end.
        const end = semicolonAfter(units, k);
        if (end < 0) return at;
        k = end;
        break;
      }
      k++;
      words++;
    }
    const unit = units[k];
    if (unit?.type === 'punct' && [',', ';'].includes(unit.char)) k++;
    else if (afterJoiner(units, k) > 0) k = afterJoiner(units, k);
    else return at;
    if (words === 0 && k === at + 1) return at;
    const after = units[k];
    if (after?.type === 'slot') {
      const field = pastFieldOwner(units, k, fits);
      return fits((units[field] as { slot: Slot }).slot) ? field : at;
    }
  }
  return at;
}

/**
 * "cooperation in defense industry, UN peacekeeping, …": past a name of another kind right before a field at `k`, whose
 * field the item names; else `k`.
 */
function pastFieldOwner(units: Unit[], k: number, fits: (slot: Slot) => boolean): number {
  const [whose, field] = [units[k], units[k + 1]];
  return whose?.type === 'slot' && !fits(whose.slot) && field?.type === 'slot' && fits(field.slot) ? k + 1 : k;
}

/** How many units an item of a list its semicolons divide may run to (a clause that says more of it). */
const SEMICOLON_ITEM_UNITS = 30;

/** The unit of the next ";" from `at` within an item's reach, or -1. */
function semicolonAfter(units: Unit[], at: number): number {
  for (let k = at; k < units.length && k - at < SEMICOLON_ITEM_UNITS; k++) {
    const unit = units[k]!;
    if (unit.type === 'punct' && unit.char === ';') return k;
  }
  return -1;
}

/** Whether the list from unit `first` to `last` has divided its items by semicolons. */
function dividedBySemicolons(units: Unit[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const unit = units[k]!;
    if (unit.type === 'punct' && unit.char === ';') return true;
  }
  return false;
}

/** Whether a list goes on at `at` (a comma or a joiner) with a name that `fits`. */
function fitsAfter(units: Unit[], at: number, fits: (slot: Slot) => boolean): boolean {
  let k = at;
  if (units[k]?.type === 'punct' && (units[k] as { char: string }).char === ',') k++;
  k = afterJoiner(units, k) || k;
  const unit = units[k];
  return k > at && unit?.type === 'slot' && fits(unit.slot);
}

/**
 * The list of names that fit from unit `at`: its items (an office beside its holder read as the person), where it ends, every
 * name inside it, and the names that start its items after the first.
 */
function listAt(units: Unit[], at: number, fits: (slot: Slot) => boolean, many: boolean, aims = false, described = false, fields = false): { slots: Slot[]; next: number; inside: Slot[]; laterItems: Slot[] } | undefined {
  const first = units[at];
  if (first?.type !== 'slot') return undefined;
  const head = apposition(units, at + 1, first.slot);
  if (!fits(head.slot)) return undefined;
  const slots = [head.slot];
  const inside: Slot[] = [first.slot];
  const laterItems: Slot[] = [];
  let next = head.next === at + 1 ? at + 1 : head.next;
  let closedByJoiner = false;
  // "HMS Tamar, one of the Royal Navy's two offshore patrol vessels …, has taken part in …": what the first name is, between
  // commas, before its verb; the names inside it are the description's, not the clause's (unless the construction reads it).
  if (described && !openedByPreposition(units, at)) next = describedUntil(units, next);
  while (many) {
    let k = next;
    // "Tham gia có đoàn Bộ Công an Việt Nam do Thượng tướng X, Thứ trưởng …, dẫn đầu; đoàn …": who leads the item's delegation
    // is an item too, and the list goes on after the verb.
    const led = ledBy(units, k);
    if (led && fits(led.slot)) {
      slots.push(led.slot);
      inside.push(led.slot);
      laterItems.push(led.slot);
      next = k = led.next;
    }
    // "Thomas Whitaker MP, and …": letters after a person's name are part of the item.
    while (units[k]?.type === 'word' && POST_NOMINALS.has((units[k] as { folded: string }).folded)) k++;
    // "Lt. Gen. Phan Đình Khoa, Vietnam's deputy minister of public security, and Gen. …": an office in lower case after an
    // owner's "'s" says who the item is; the owner is no item of the list.
    k = pastOwnedDescription(units, k);
    // "Taking part are KDB Darulaman of the Royal Brunei Navy; ROKS Yulgok Yi I of the …": whose the item is, after "of".
    // ("…; Đồn Biên phòng … thuộc Bộ đội Biên phòng tỉnh Nghệ An; Tiểu đoàn 741 thuộc …": so after "thuộc", in a list that goes on.)
    // (Whose the last item is belongs to it too: "…, along with ICGS Sarathi of the Indian Coast Guard, concluded …".)
    // ("… Katrin Berger of Germany's Federal Ministry of Defence on Monday signed …": an owner's "'s" before the body.)
    if (wordsAt(units, k, ['of']) > 0 && ownedAfter(units, k + 1)) next = k += 4;
    else if (wordsAt(units, k, ['of', 'the']) > 0 && units[k + 2]?.type === 'slot') next = k += 3;
    else if (wordsAt(units, k, ['of']) > 0 && units[k + 1]?.type === 'slot' && (units[k + 1] as { slot: Slot }).slot.kind === 'actor') next = k += 2;
    // (Only where a semicolon or "và" goes on: "A và B thuộc Hạm đội Miền Đông, Hải quân Ấn Độ" names whose they are.)
    else if (wordsAt(units, k, ['thuoc']) > 0 && units[k + 1]?.type === 'slot' && (units[k + 1] as { slot: Slot }).slot.kind === 'actor' && (wordsAt(units, k + 2, ['va']) > 0 || (units[k + 2]?.type === 'punct' && (units[k + 2] as { char: string }).char === ';'))) k += 2;
    // ("tàu CSB 8004 của Cảnh sát biển, tàu KN 290 của Kiểm ngư và tàu SAR 412 …": whose each ship of a list of ships is.)
    else if (wordsAt(units, k, ['cua']) > 0) {
      const past = pastShipOwner(units, k);
      // ("tàu HQ-015 … và tàu KRI Bung Tomo của Hải quân Indonesia đã kết thúc …": whose the last ship is belongs to it too.)
      const lastShip = past === k && wordAt(units, next - 2) === 'tau' && units[k + 1]?.type === 'slot' && units[k + 2]?.type === 'word';
      k = lastShip ? (next = k + 2) : past;
    }
    // "(IUU)", "(EEAS)": an abbreviation after a name is part of it.
    if (units[k]?.type === 'punct' && (units[k] as { char: string }).char === '(') {
      let close = k + 1;
      while (close < units.length && close - k < 6 && !(units[close]?.type === 'punct' && (units[close] as { char: string }).char === ')')) close++;
      if (close - k < 6) k = close + 1;
    }
    // "Nội dung diễn tập gồm cứu hộ, cứu nạn người bị lũ quét, sạt lở đất; sơ tán nhân dân; quân y …": in a list of fields,
    // words that name no field (the rest of an item, or items of their own) are passed over to the next field named.
    if (fields) {
      // "…; gìn giữ hòa bình Liên Hợp Quốc; quân y …": what follows a field inside an item its semicolon ends.
      if (units[k]?.type === 'slot' && dividedBySemicolons(units, at, k)) k = Math.max(k, semicolonAfter(units, k));
      const field = nextNamedField(units, k, fits);
      if (field > k) {
        const item = apposition(units, field + 1, (units[field] as { slot: Slot }).slot);
        slots.push(item.slot);
        inside.push(item.slot);
        laterItems.push(item.slot);
        next = item.next === field + 1 ? field + 1 : item.next;
        continue;
      }
    }
    let joined = false;
    let dashed = false;
    // "the Plus countries, including …": what the item's name stands for, after it.
    // ("More than 250 Australian Defence Force personnel, the landing ship …": those the item sends, after its name; "the DRC
    // itself, as well as …".)
    if (units[k]?.type === 'word' && (COLLECTIVE_NOUNS.has((units[k] as { folded: string }).folded) || SENT_PEOPLE.has((units[k] as { folded: string }).folded)) && units[k + 1]?.type === 'punct') k++;
    // "… Timor-Leste và Việt Nam; Lào không cử đoàn …": after its last item, joined by "và", a semicolon opens another clause
    // when what follows says a name did not.
    const deniedAfter = units[k + 1]?.type === 'slot' && NOT_WORDS.has(wordAt(units, k + 2) ?? '');
    if (closedByJoiner && deniedAfter && units[k]?.type === 'punct' && (units[k] as { char: string }).char === ';') break;
    if (units[k]?.type === 'punct' && [',', ';', '—', ...(at === 0 ? ['–'] : [])].includes((units[k] as { char: string }).char)) {
      // "signed by the two ministers, and Naval Group and PT PAL concluded …": ", and" and a name after a single name (not a
      // person, whom an office may stand beside) joins a clause, not a list ("A, B, and C").
      const nameAfterAnd = wordsAt(units, k + 1, ['and']) > 0 && units[k + 2]?.type === 'slot';
      const named = slots[0]!.reference === undefined && slots[0]!.twoActors === undefined && slots[0]!.parties === undefined;
      if (nameAfterAnd && slots.length === 1 && head.next === at + 1 && !(named && slots[0]!.category === 'person')) break;
      dashed = ['—', '–'].includes((units[k] as { char: string }).char);
      k++;
      joined = true;
    }
    const joinerEnd = afterJoiner(units, k);
    if (joinerEnd > 0) [k, joined] = [joinerEnd, true];
    if (!joined) break;
    closedByJoiner = joinerEnd > 0;
    for (let skipped = true; skipped; ) {
      skipped = false;
      for (const words of aims ? [...REPRESENTATIVES, ...AIM_VERBS] : REPRESENTATIVES) {
        const after = wordsAt(units, k, words);
        if (after > 0) [k, skipped] = [after, true];
      }
      // "… và 8 nước đối tác gồm Nhật Bản, …", "… cùng 6 học viên đến từ Bộ An ninh Lào": a count, then who they are.
      const counted = /^\d+$/.test(wordAt(units, k) ?? '') ? COUNTED_MEMBERS.map((words) => wordsAt(units, k + 1, words)).find((after) => after > 0) : undefined;
      if (counted) [k, skipped] = [counted, true];
    }
    k = afterCounterpart(units, k);
    // "…; phía Lào có Đại tá Khamphan Sisouk": a side's own delegates, after its name.
    if (wordsAt(units, k, ['phia']) > 0 && units[k + 1]?.type === 'slot' && wordsAt(units, k + 2, ['co']) > 0) k += 3;
    // ("và phòng, chống mua bán người": the comma of "phòng, chống" too.)
    const phongChong = (at: number) => units[at]?.type === 'punct' && wordsAt(units, at - 1, ['phong']) > 0;
    while ((units[k]?.type === 'word' && LEADING_WORDS.has((units[k] as { folded: string }).folded)) || phongChong(k)) k++;
    // "tại tỉnh Hà Tĩnh (Việt Nam) và tỉnh Bolikhamxay (Lào)": in a list of places, each item's word of what it is, after "và"
    // (after a comma, "thành phố Trạm Giang, tỉnh Quảng Đông" is where the first lies).
    if (head.slot.kind === 'place' && joinerEnd > 0) k = PLACE_ITEM_WORDS.map((words) => wordsAt(units, k, words)).find((after) => after > 0) ?? k;
    // "HMS Spey and the Vietnamese frigate Tran Hung Dao": what the next ship is, before its name.
    k += vesselWordsAt(units, k);
    // "và ông Laurent Marchand": a form of address before the next name.
    k = afterRanks(units, k);
    // "… and Japan's Vice-Minister … Tanaka Hiroshi": the office or the person after an owner's "'s" (a body after it, "Japan's
    // National Cybersecurity Office", is an item of its own kind; the owner stays the item).
    // ("… and the Royal Canadian Navy's HMCS Ottawa took part": a ship, which has no category, is the item too.)
    const owned = ownedAfter(units, k);
    if (owned && owned.kind === 'actor' && ['office', 'person', ''].includes(owned.category ?? '')) k += 2;
    if (fields && units[k]?.type !== 'slot') k = nextNamedField(units, k, fits, dividedBySemicolons(units, at, k));
    if (fields) k = pastFieldOwner(units, k, fits);
    const unit = units[k];
    if (unit?.type !== 'slot') break;
    const item = apposition(units, k + 1, unit.slot);
    // "… with the Philippines — China called it a threat": a dash sets off a list only where one goes on or closes after it,
    // or joins the two sides that open a headline ("Việt Nam – Belarus ký hợp đồng …").
    if (dashed && at > 0 && !listGoesOnAt(units, item.next)) break;
    if (!fits(item.slot)) {
      // "sent personnel to UNMISS, UNISFA and MINUSCA": a name of another kind inside the list is passed over, when the list
      // goes on with one of the construction's.
      if (!fitsAfter(units, item.next, fits)) break;
      next = item.next;
      continue;
    }
    // "…, Pieter van Dijk, a department spokesperson, Arsenio Lagdameo, told reporters": who speaks is no item of the list.
    let end = item.next === k + 1 ? k + 1 : item.next;
    if (units[end]?.type === 'punct' && (units[end] as { char: string }).char === ',') end++;
    const after = units[end];
    if (after?.type === 'word' && SPEAKING.has(after.folded)) break;
    slots.push(item.slot);
    inside.push(unit.slot);
    laterItems.push(unit.slot);
    next = item.next === k + 1 ? k + 1 : item.next;
  }
  // "Quân khu 4 (Việt Nam) và Bộ Chỉ huy Quân sự tỉnh … (Lào) đã tổ chức …": a name in brackets after the last item says whose it
  // is; the clause goes on after it.
  const bracket = (k: number, char: string) => units[k]?.type === 'punct' && (units[k] as { char: string }).char === char;
  // (A state or a place: "(Viettel)" is the body's own short name, which may itself be the item read.)
  const whose = units[next + 1]?.type === 'slot' ? (units[next + 1] as { slot: Slot }).slot : undefined;
  if (bracket(next, '(') && whose && (whose.category === 'state' || whose.kind === 'place') && bracket(next + 2, ')')) next += 3;
  for (let k = at; k < next; k++) if (units[k]?.type === 'slot') inside.push((units[k] as { slot: Slot }).slot);
  return { slots, next, inside, laterItems };
}

/**
 * The first reading of `elements[e…]` from unit `u`, or undefined. The names that start the items of the first list after its
 * head go into `laterItems`: a reading from one of them reads the rest of the same list, and the caller need not try it.
 */
function matchFrom(units: Unit[], elements: Element[], e: number, u: number, fits: (end: 'S' | 'T', slot: Slot) => boolean, bound: Match, laterItems?: Set<Slot>): Match | undefined {
  if (e === elements.length) return { ...bound, last: u - 1 };
  const element = elements[e]!;
  switch (element.type) {
    case 'slot': {
      // "hosted by the Royal Malaysian Navy", "bởi các nước": an article before a name is not a word of the construction.
      while (units[u]?.type === 'word' && LEADING_WORDS.has((units[u] as { folded: string }).folded) && units[u + 1]?.type === 'slot') u++;
      // "took part in the multilateral exercise MILAN 2026": what kind of occasion it is, said before its name.
      if (element.end === 'T') u = pastOccasionKind(units, u);
      // "appointed as EUMAM Mozambique's Mission Force Commander": the name after an owner's "'s" is the one meant,
      // unless the construction itself reads the "'s" ("{T} 's {S}").
      const next = elements[e + 1];
      const readsPossessive = next?.type === 'words' && next.phrases.some((p) => p[0] === 's');
      if (!readsPossessive && ownedAfter(units, u)) u += 2;
      // "do Thượng tướng Phạm Văn Tùng …", "by Rear Admiral …": a rank or a form of address before the first name.
      u = afterRanks(units, u);
      // "… của Bộ trưởng, Trưởng đoàn quốc phòng các nước Brunei, Campuchia …": an office of the states listed after it.
      const officeOfStates = units[u]?.type === 'slot' && (units[u] as { slot: Slot }).slot.category === 'office' && wordsAt(units, u + 1, ['cac', 'nuoc']) > 0 && units[u + 3]?.type === 'slot';
      if (officeOfStates) u += 3;
      // A description after the source is skipped, where the construction goes on to other words than a comma.
      const described = element.end === 'S' && !(next?.type === 'punct' && next.char === ',');
      // "Nội dung diễn tập gồm trinh sát hóa học; tẩy độc …; quân y và …": a list of fields may open with items no field names.
      if (element.fields && element.many && units[u]?.type === 'word') u = nextNamedField(units, u, (slot) => fits(element.end, slot));
      // ("Nội dung chương trình gồm luật nhân đạo quốc tế, bảo vệ dân thường, …": or with a name of another kind, a law.)
      else if (element.fields && element.many && units[u]?.type === 'slot' && !fits(element.end, (units[u] as { slot: Slot }).slot)) {
        const item = units[u + 1]?.type === 'punct' && [',', ';'].includes((units[u + 1] as { char: string }).char) ? u + 2 : u;
        const next = units[item]?.type === 'slot' ? item : nextNamedField(units, item, (slot) => fits(element.end, slot));
        const field = units[next];
        if (next > u && field?.type === 'slot' && fits(element.end, field.slot)) u = next;
      }
      const list = listAt(units, u, (slot) => fits(element.end, slot), element.many, element.aims === true, described, element.fields === true);
      if (!list) return undefined;
      if (laterItems && bound.S.length + bound.T.length === 0) for (const slot of list.laterItems) laterItems.add(slot);
      if (element.end === 'T' && elements[e - 1]?.type === 'gap' && !readsPossessive && ownerOfUnnamed(units, u, list.next)) return undefined;
      // "Văn phòng Tìm kiếm người mất tích Việt Nam thuộc Bộ Quốc phòng phối hợp với …": what the source belongs to is said of it, and passed.
      // (Not where the construction reads the "thuộc" itself.)
      const readsBelonging = next?.type === 'slot' || (next?.type === 'words' && next.phrases.some((p) => p[0] === 'thuoc'));
      const belongsTo = element.end === 'S' && !readsBelonging && ownerAfterThuoc(units, list.next);
      // "Cục Quân y (Bộ Quốc phòng) phối hợp với …": so is its owner in brackets.
      const bracketed = element.end === 'S' && next?.type !== 'punct' && nameInBracketsAt(units, list.next);
      // ("… thuộc Tổng trạm … (Cục Quản lý Xuất nhập cảnh …) đã tổ chức …": and what that belongs to, in brackets after it.)
      const past = belongsTo ? (nameInBracketsAt(units, list.next + 2) ? list.next + 5 : list.next + 2) : bracketed ? list.next + 3 : list.next;
      return matchFrom(units, elements, e + 1, past, fits, { ...bound, [element.end]: [...bound[element.end], ...list.slots], inside: [...bound.inside, ...list.inside] });
    }
    case 'words': {
      for (const phrase of element.phrases) {
        const after = wordsAt(units, u, phrase);
        if (after < 0) continue;
        // "It provides for cooperation in …": what an instrument lays down, nothing it gives (the rules that read it say "provides for").
        if (PROVIDE.has(phrase.at(-1)!) && wordAt(units, after) === 'for') continue;
        if (elements[e - 1]?.type === 'gap' && notTheVerb(units[u], phrase, elements[e + 1])) continue;
        // "a joint RSIS–NUPI study funded by the Norwegian Ministry": a participle right before "by", after no "was", is passive,
        // no active verb ("was appointed by …" the constructions read as they are written).
        const next = elements[e + 1];
        const byFollows = units[after]?.type === 'word' && (units[after] as { folded: string }).folded === 'by';
        const passive = byFollows && phrase.length === 1 && (units[u] as { after?: string }).after !== 'be' && phrase[0]!.endsWith('ed');
        if (passive && !(next?.type === 'words' && next.phrases.some((p) => p[0] === 'by'))) continue;
        const found = matchFrom(units, elements, e + 1, after, fits, bound);
        if (found) return found;
      }
      return element.optional ? matchFrom(units, elements, e + 1, u, fits, bound) : undefined;
    }
    case 'punct': {
      const unit = units[u];
      if (unit?.type === 'punct' && unit.char === element.char) return matchFrom(units, elements, e + 1, u + 1, fits, bound);
      return element.optional ? matchFrom(units, elements, e + 1, u, fits, bound) : undefined;
    }
    case 'start':
      return (u === 0) !== element.not ? matchFrom(units, elements, e + 1, u, fits, bound, laterItems) : undefined;
    case 'end':
      return u === units.length ? matchFrom(units, elements, e + 1, u, fits, bound) : undefined;
    case 'gap': {
      // Shortest first: the nearest reading is the likeliest. Only where what follows the gap can start.
      const next = elements[e + 1];
      const canStart = (unit: Unit | undefined): boolean => {
        if (!next || unit === undefined) return true;
        if (next.type === 'slot') return unit.type === 'slot';
        if (next.type === 'words' && !next.optional) return unit.type === 'word' && next.phrases.some((p) => p[0] === unit.folded);
        return true;
      };
      // "It builds on the Lombok Treaty and supports the …": a verb right after the name and "and" is a second verb of the
      // clause's subject, not one of the name ("Vietnam and Japan met on Tuesday and signed …" is theirs).
      const previous = elements[e - 1];
      const afterSource = previous?.type === 'slot' && previous.end === 'S';
      const secondVerb = (k: number) => afterSource && k === u + 1 && units[k]?.type === 'word' && units[u]?.type === 'word' && (units[u] as { folded: string }).folded === 'and';
      let words = 0;
      for (let k = u; k <= units.length; k++) {
        const found = canStart(units[k]) && !secondVerb(k) ? matchFrom(units, elements, e + 1, k, fits, bound) : undefined;
        if (found) return found;
        const unit = units[k];
        if (!unit || (unit.type === 'punct' && unit.char === ';')) return undefined;
        if (unit.type === 'slot' && !element.names) return undefined;
        // "welcomed India's support for the AOIP": what is said of the owner's stand is not said of the one who spoke
        // (but "its support for ASEAN's centrality and for the AOIP" goes on past a thing owned).
        if (unit.type === 'slot' && next?.type === 'slot' && next.end === 'T' && ownsUnnamed(units, k + 1) && STANCES.has((units[k + 2] as { folded: string }).folded)) return undefined;
        if (unit.type !== 'punct' && ++words > element.max) return undefined;
      }
      return undefined;
    }
  }
}

export type ConstructionInput = {
  text: string;
  tokens: Token[];
  language: 'vi' | 'en';
  sentences: { start: number; end: number; firstToken: number; lastToken: number }[];
  slots: Slot[];
  /** The article's own instruments and events, most likely first: what "hai bên", "the dialogue" … mean. */
  subjects: { ref: EndRef; kind: Kind }[];
  existing: (source: string, predicate: string, target: string) => string | undefined;
  learned: LearnedRules;
  /** Where each dateline ends ("Lào Cai, 8/1 — |Ngày 8/1, tại …"): no part of its sentence's clause. */
  datelineEnds: number[];
};

function unitsOf(input: ConstructionInput, sentence: ConstructionInput['sentences'][number], slots: Slot[]): Unit[] {
  const units: Unit[] = [];
  const slotAt = new Map(slots.map((s) => [s.first, s]));
  const first = afterDateline(input, sentence);
  for (let i = first; i <= sentence.lastToken; i++) {
    if (i > first) {
      const gap = input.text.slice(input.tokens[i - 1]!.end, input.tokens[i]!.start);
      // "the ten ASEAN member states — Brunei, Cambodia, … — as well as Australia": a dash between spaces sets off a list; an
      // en dash ("Việt Nam – EU") pairs two sides, which only a headline's opening makes a list ("Việt Nam – Belarus ký …").
      const dash = /\s([—–])\s/.exec(gap)?.[1];
      if (dash) units.push({ type: 'punct', char: dash });
      // "India & Australia sign …": a headline's ampersand joins two items as "and" does.
      if (/^\s*&\s*$/.test(gap)) units.push({ type: 'word', folded: 'and', token: i - 1 });
      for (const char of gap) {
        if (!',;:()'.includes(char)) continue;
        units.push({ type: 'punct', char });
        // "… (Hà Nội), …": a bracket closed before a comma.
        if (char === ')') {
          dropRepeatInBrackets(units, input.tokens);
          dropWhereInBrackets(units);
        }
      }
    }
    const slot = slotAt.get(i);
    // "are parties to the 1999 OAU Convention …", "the 1982 United Nations Convention …": the year an instrument is known by,
    // right before its name, says which it is and stands for no word a construction reads.
    const instrumentNext = slotAt.get(i + 1);
    if (!slot && instrumentNext && ['agreement', 'framework'].includes(instrumentNext.kind) && /^(?:19|20)\d{2}$/.test(input.tokens[i]!.text) && /^ $/.test(input.text.slice(input.tokens[i]!.end, input.tokens[i + 1]!.start))) continue;
    if (slot) {
      units.push({ type: 'slot', slot });
      i = slot.last;
    } else {
      const before = units[units.length - 1];
      // ("đánh giá cao sự hỗ trợ của Ba Lan …": after "sự", a verb is its noun, as after "the", when it is another's help; not
      // "Quân đội Việt Nam đã dành sự giúp đỡ to lớn cho …", the subject's own.)
      const nounMaker = before?.type === 'word' && input.language === 'vi' && input.tokens[before.token]!.text.toLowerCase() === 'sự' && [2, 3, 4].some((n) => input.tokens[i + n]?.text === 'của');
      const after = nounMaker ? 'determiner' : input.language !== 'en' || before?.type !== 'word' ? undefined : DETERMINERS.has(before.folded) ? 'determiner' : BE.has(before.folded) ? 'be' : undefined;
      units.push({ type: 'word', folded: input.tokens[i]!.folded, token: i, ...(after ? { after } : {}) });
    }
  }
  return units;
}

/** The first token of a sentence's clause, past a dateline that opens it ("Lào Cai, 8/1 — Ngày 8/1, tại …"). */
function afterDateline(input: ConstructionInput, sentence: ConstructionInput['sentences'][number]): number {
  const end = input.datelineEnds.find((at) => at > sentence.start && at < sentence.end);
  if (end === undefined) return sentence.firstToken;
  let i = sentence.firstToken;
  while (i <= sentence.lastToken && input.tokens[i]!.start < end) i++;
  return i <= sentence.lastToken ? i : sentence.firstToken;
}

// Not "that": "the partners that support ASEAN" is a relative clause, its verb the one meant.
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'such']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Verbs the constructions read that are nouns as well: "the support", "a transfer", "the conduct of". */
const NOUNS_TOO = new Set(['support', 'supports', 'welcome', 'backs', 'funds', 'transfers', 'conduct', 'call', 'calls', 'ho', 'giup', 'ung', 'tai', 'vien']);

/**
 * Whether a construction's words found right after a gap are another part of speech there: the noun of
 * "the support", the passive of "was welcomed by" (not the "was signed in", "was co-authored by" a construction reads).
 */
function notTheVerb(unit: Unit | undefined, phrase: string[], then: Element | undefined): boolean {
  if (unit?.type !== 'word' || !unit.after) return false;
  if (unit.after === 'determiner') return NOUNS_TOO.has(phrase[0]!);
  return phrase[phrase.length - 1]!.endsWith('ed') && then?.type !== 'words';
}

/**
 * "Văn phòng Tìm kiếm người mất tích Việt Nam (VNOSMP) phối hợp với …": a name's abbreviation in
 * brackets right after it is the same name again, no item of a list nor words between two ends; so
 * is where it is ("Tiểu khu Quân sự tỉnh Svay Rieng (Campuchia) tổ chức …"), which other rules read.
 */
function dropRepeatInBrackets(units: Unit[], tokens: Token[]): void {
  const n = units.length;
  const [repeat, close] = [units[n - 2], units[n - 1]];
  if (repeat?.type !== 'slot' || close?.type !== 'punct' || close.char !== ')') return;
  // "(tỉnh Khánh Hòa)", "(thành phố Đà Nẵng)": words that say what kind of place may open the brackets.
  const open = n - 3 - placeWordsBefore(tokens, repeat.slot.first);
  const [name, opening] = [units[open - 1], units[open]];
  if (name?.type !== 'slot' || opening?.type !== 'punct' || opening.char !== '(') return;
  const where = repeat.slot.kind === 'place' || repeat.slot.category === 'state';
  if ((refKey(name.slot.ref) === refKey(repeat.slot.ref) && open === n - 3) || where) units.length = open;
}

/** "tại thành phố Hà Khẩu (Vân Nam, Trung Quốc), …": a place's province and state in brackets, which other rules read. */
function dropWhereInBrackets(units: Unit[]): void {
  const n = units.length;
  const [state, close] = [units[n - 2], units[n - 1]];
  if (state?.type !== 'slot' || state.slot.category !== 'state' || close?.type !== 'punct' || close.char !== ')') return;
  for (let k = n - 3; k >= n - 7 && k > 0; k -= 2) {
    const [mark, name] = [units[k], units[k - 1]];
    if (mark?.type !== 'punct' || mark.char !== ',' || name?.type !== 'slot') return;
    const before = units[k - 2];
    if (before?.type === 'punct' && before.char === '(' && units[k - 3]?.type === 'slot') {
      units.length = k - 2;
      return;
    }
  }
}

/** The relations the constructions find, one per triple and sentence (the surest reading). */
export function proposeByConstructions(input: ConstructionInput): RelationProposal[] {
  const best = new Map<string, RelationProposal>();
  // The article's first subject of some kinds, looked up once per question: an article of
  // thousands of instruments would otherwise be searched again for every name that refers to one.
  const subjectFor = new Map<string, ConstructionInput['subjects'][number] | undefined>();
  const firstSubject = (kinds: Kind[], wanted: 'subject' | Kind) => {
    const key = `${kinds.join(',')}|${wanted}`;
    if (!subjectFor.has(key)) subjectFor.set(key, input.subjects.find((s) => kinds.includes(s.kind) && (wanted === 'subject' || s.kind === wanted)));
    return subjectFor.get(key);
  };
  const resolve = (slot: Slot, kinds: Kind[]): Resolved | undefined => {
    if (!slot.reference) return kinds.includes(slot.kind) ? { ref: slot.ref, kind: slot.kind, via: slot.viaReference } : undefined;
    const subject = firstSubject(kinds, slot.reference);
    if (subject) return { ref: subject.ref, kind: subject.kind, via: true, through: slot };
    return slot.twoActors && kinds.includes('actor') ? { ref: slot.twoActors[0]!, kind: 'actor', via: false, twoActors: slot.twoActors } : undefined;
  };
  // "hai cơ quan" names its two bodies as "hai nước" its two states: no instrument a reviewer is asked to confirm, but
  // a guess from what the article names most, scored as a reference is.
  const ends = (slot: Slot, kinds: Kind[]): Resolved[] => {
    if (slot.parties) return slot.parties.map((ref) => ({ ref, kind: slot.kind, via: false, guessed: true }));
    const resolved = resolve(slot, kinds)!;
    return resolved.twoActors ? resolved.twoActors.map((ref) => ({ ref, kind: 'actor', via: false, guessed: true })) : [resolved];
  };
  const slotsOf = slotsBySentence(input);
  // The partnership the article's events are part of, or held under ("The Dialogue is part of the … Partnership", "trong
  // khuôn khổ quan hệ Đối tác …"): what the sides agree to take further is its (not another pair's, named in passing).
  // So is the one a sentence of the two sides names ("Hai bên khẳng định quan hệ Đối tác Chiến lược …").
  const framing = new Set(partnershipsFraming(input).map((slot) => refKey(slot.ref)));
  const partnership = input.subjects.find((s) => s.kind === 'partnership' && framing.has(refKey(s.ref)));
  const slotText = (slot: Slot) => input.text.slice(input.tokens[slot.first]!.start, input.tokens[slot.last]!.end);
  // Each rule's test of a name, made once for the article rather than once a sentence.
  // What "hai nước" signs is read by `signedByBothStates`, whose rule says so on the review page.
  const fitsRule = (rule: RelationRule, end: 'S' | 'T', slot: Slot) => {
    const words = end === 'S' ? rule.sourceWords : rule.targetWords;
    if (words && !input.tokens.slice(slot.first, slot.last + 1).some((t) => words.includes(t.folded))) return false;
    // "The Plan was discussed by the two sides and the visits were managed by …": "the two sides" stand for the article's
    // instrument only as who cooperates under it, never as what is done to it.
    if (end === 'T' && slot.reference === 'subject' && TWO_PARTIES.has(input.tokens.slice(slot.first, slot.last + 1).map((t) => t.folded).join(' '))) return false;
    const resolved = resolve(slot, end === 'S' ? rule.sources : rule.targets);
    return resolved !== undefined && !(resolved.twoActors && rule.predicate === 'signs');
  };
  const rules = compiled(input.language, input.learned).map((c) => ({ ...c, fits: (end: 'S' | 'T', slot: Slot) => fitsRule(c.rule, end, slot) }));
  /**
   * The readings of one clause: a sentence, or a coordinated verb read with the sentence's subject before it, its verb at
   * `subjectEnd`: then only the readings from the subject, and none with a name between it and what the verb is said of
   * ("India hosted MILAN and warships from Vietnam joined Malabar" says nothing of India and Malabar). `clausesRead`: the
   * sentence's second verbs are also read as clauses of their own, with its subject (see `coordinatedClauses`).
   */
  const readClause = (units: Unit[], index: number, evidence: Span, subjectEnd?: number, clausesRead = false) => {
    const unitOf = new Map(units.flatMap((unit, u) => (unit.type === 'slot' ? [[unit.slot, u] as const] : [])));
    // A sentence is read only by the constructions whose words it holds: a long list of names is not read a hundred times.
    const words = new Set(units.flatMap((unit) => (unit.type === 'word' ? [unit.folded] : [])));
    let cues: ReturnType<typeof clauseCues> | undefined;
    const cuesOf = () => (cues ??= clauseCues(units));
    for (const { rule, elements, hasSource, starts, needs, fits } of rules) {
      if (!needs.every((any) => any.some((word) => words.has(word)))) continue;
      // Of the readings that end at the same word, the one starting nearest: "A, B, nói X góp phần Y" is X's.
      // A name already read as part of a list ("A và B đã ký") starts no reading of its own.
      const byEnd = new Map<number, Match>();
      const listed = new Set<Slot>();
      for (let u = 0; u < (subjectEnd === undefined ? units.length : 1); u++) {
        const unit = units[u]!;
        if (starts === 'slot' ? unit.type !== 'slot' : starts !== 'any' && (unit.type !== 'word' || !starts.has(unit.folded))) continue;
        if (unit.type === 'slot' && listed.has(unit.slot)) continue;
        // "Theo ông Nam, Việt Nam và Lào đã ký …", "According to Mr Smith, Japan and India signed …": whose words, not who did it.
        if (unit.type === 'slot' && elements[0]?.type === 'slot' && elements[0].end === 'S' && citedSource(units, u)) continue;
        // "Văn phòng … thuộc Bộ Quốc phòng phối hợp với …": the body a name belongs to does not act for it.
        if (unit.type === 'slot' && elements[0]?.type === 'slot' && elements[0].end === 'S' && units[u - 2]?.type === 'slot' && ownerAfterThuoc(units, u - 1)) continue;
        // "Tại Cửa khẩu Quốc tế Lao Bảo, Bộ Chỉ huy … đã tổ chức": an actor's name after "tại", "at" is where, never who
        // ("at the Forum held in Tokyo": an event's is what the clause is about).
        if (unit.type === 'slot' && unit.slot.kind === 'actor' && elements[0]?.type === 'slot' && elements[0].end === 'S' && afterPlaceWord(units, u)) continue;
        // "the deployment to Vietnam is part of …", "Training with Vietnam's Navy sits within …": the object of a
        // preposition is not what the clause says is part of something.
        // (In Vietnamese, an owner after "của": "Đội Công binh số 4 của | Việt Nam sẽ được triển khai …" sends the unit, not Viet Nam.)
        const owned = input.language === 'vi' && units[u - 1]?.type === 'word' && (units[u - 1] as { folded: string }).folded === 'cua';
        if (unit.type === 'slot' && rule.sourceNotAfterPreposition && elements[0]?.type === 'slot' && elements[0].end === 'S' && (input.language === 'en' ? afterPreposition(units, u) : owned)) continue;
        // Whether or not it is read, a list is read once: from its second name on, a reading would read the rest of it again.
        const found = matchFrom(units, elements, 0, u, fits, { S: [], T: [], first: u, last: u, inside: [] }, starts === 'slot' ? listed : undefined);
        if (!found) continue;
        if (subjectEnd !== undefined && nameBefore(units, subjectEnd, found.T.map((t) => unitOf.get(t) ?? -1))) continue;
        // A domain before any word still only describes what follows ("the African Union's peace support operations in …").
        const [next, lastName] = [units[found.last + 1], units[found.last]];
        const modifies = next?.type === 'word' && (!NOT_A_NOUN.has(next.folded) || (lastName?.type === 'slot' && lastName.slot.kind === 'domain'));
        if (rule.lastNameNotModifier && input.language === 'en' && elements.at(-1)?.type === 'slot' && modifies) continue;
        const own = unit.type === 'slot' ? unit.slot : undefined;
        for (const slot of found.inside) if (slot !== own) listed.add(slot);
        // "mời Indonesia và Malaysia tham dự …": the whole list was asked, none of it read as doing it.
        if (own && elements[0]?.type === 'slot' && elements[0].end === 'S' && NOT_DONE_WHEN_ASKED.has(rule.predicate) && askedBy(units, input.tokens, u)) continue;
        // "The Dialogue is part of the Partnership, signed in Cairo …": where something was signed is no event's place.
        if (rule.predicate === 'held_at' && found.T.some((t) => signedAt(units, unitOf.get(t) ?? -1))) continue;
        // "Đợt tìm kiếm được triển khai phù hợp với Công ước …": what an activity is carried out in keeping with, it is grounded
        // in; it does not carry it out.
        if (rule.predicate === 'implements' && found.T.some((t) => IN_KEEPING_WITH.some((words) => wordsEndingAt(units, (unitOf.get(t) ?? 0) - 1, words)))) continue;
        // "signed a memorandum … in Canberra on Monday": the place of a signing, not the region an instrument is about.
        if (rule.predicate === 'concerns_region' && found.T.some((t) => datedAfter(units, unitOf.get(t) ?? -1))) continue;
        // "signed two Practical Arrangements on nuclear security in Vienna", "convened a meeting on border security in Almaty":
        // the topic of an instrument or a meeting the clause names is where that was done, not a region of the field.
        if (rule.predicate === 'concerns_region' && found.S.every((s) => s.kind === 'domain') && topicOfNamedThing(units, found.first)) continue;
        // "… the Pukpuk Treaty in Canberra": a city is where an instrument was done; a sea, a gulf or a region is what it is
        // about. A domain is about any place ("peacekeeping in Darfur").
        if (rule.predicate === 'concerns_region' && found.S.some((s) => s.kind !== 'domain') && !found.T.every((t) => regionNamed(input.tokens, t))) continue;
        // "ký Bản ghi nhớ về hợp tác tìm kiếm cứu nạn tại Biển Đông": no instrument is signed at sea; the sea is its topic's.
        if (rule.predicate === 'signed_at' && found.T.some((t) => regionNamed(input.tokens, t))) continue;
        // "In Washington, officials said China held a naval drill …": where it was said, not where it was held.
        // ("…, with some observers noting that troops from Myanmar were not invited": nor are those others speak of there.)
        // ("Cambodia, a state party since 1999, told delegates …": telling those at the occasion is taking part in it.)
        if ((rule.predicate === 'held_at' || rule.predicate === 'participates_in') && reportedBetween(units, found.first, found.last)) continue;
        // A reading that names no occasion of its own stays in one clause ("…, which troops from Myanmar did not join").
        // (Unless the construction reads the clause itself: "The Saudi delegation, which included officials of …".)
        const readsRelative = elements.some((e) => e.type === 'words' && e.phrases.some((words) => RELATIVES.has(words[0]!)));
        if (rule.lastEvent && !readsRelative && relativeClauseIn(units, found.first, found.last)) continue;
        // "… phối hợp với Trung tâm … có trụ sở tại Bangkok", "a centre based in Bangkok": where a body sits, not where anything was held.
        if ((rule.predicate === 'held_at' || rule.predicate === 'signed_at') && found.T.some((t) => SEAT_WORDS.some((words) => wordsEndingAt(units, (unitOf.get(t) ?? 0) - 1, words)))) continue;
        // "liệt sĩ … hy sinh tại Lào", "soldiers killed in action in Laos": where someone died or went missing is no place of an occasion;
        // nor is where an instrument was signed ("Chương trình … trong khuôn khổ Bản ghi nhớ …, được ký tại New Delhi").
        if (rule.predicate === 'held_at' && found.T.some((t) => NOT_VENUES.some((words) => wordsEndingAt(units, (unitOf.get(t) ?? 0) - 1, words)))) continue;
        // "JICA sẽ phối hợp với Bộ Công an tổ chức …, đồng thời tài trợ …": where the verb after ", đồng thời" is read with the
        // sentence's subject, no other name before it does it.
        if (clausesRead && secondVerbBetween(units, found.first, found.last)) continue;
        // "held the 12th Dialogue on Thursday, a year after the 11th round in Canberra": the place of another occasion.
        if ((rule.predicate === 'held_at' || rule.predicate === 'signed_at') && otherOccasionBetween(units, found.first, found.last)) continue;
        // "Malaysia, which chairs ASEAN this year, will host …": a name inside a relative clause that closes before the verb
        // is not the main clause's subject.
        if (input.language === 'en' && elements[0]?.type === 'slot' && elements[0].end === 'S' && insideRelativeClause(units, u, found.last)) continue;
        // "The United States has not sent troops to the Cobra Gold exercise since 2014": what the clause denies did not happen.
        if (negatedBetween(units, found.first, found.last)) continue;
        // "thúc đẩy ký kết Bản ghi nhớ …", "sớm ký kết": what is only to be signed was not signed, there or then.
        if ((rule.predicate === 'signs' || rule.predicate === 'signed_at') && toBeSignedBetween(units, found.first, found.last)) continue;
        // "handed over the rotating chairmanship to the Philippines", "delivered remarks to the Dialogue": nothing given is support.
        if (rule.predicate === 'supports' && wordBetween(units, found.first, found.last, NOT_GIVEN)) continue;
        // "The donor conference, chaired by Norway, was funded by the EU": who chairs is no thing funded, the clause's subject is.
        if (rule.predicate === 'supports' && elements[0]?.type === 'slot' && elements[0].end === 'T' && found.T.some((t) => [['by'], ['by', 'the']].some((words) => wordsEndingAt(units, (unitOf.get(t) ?? 0) - 1, words)))) continue;
        // "welcomed the agreement between Ethiopia and Eritrea": the sides of what is welcomed are not what is supported.
        if (rule.predicate === 'supports' && found.T.some((t) => ['between', 'giua'].some((word) => wordsEndingAt(units, (unitOf.get(t) ?? 0) - 1, [word])))) continue;
        // "The Indian Army contingent left for Mongolia to take part in …": where they went is no one who took part.
        if (rule.predicate === 'participates_in' && found.S.some((source) => DESTINATION_BEFORE.some((words) => wordsEndingAt(units, (unitOf.get(source) ?? 0) - 1, words)))) continue;
        // "INS Kolkata arrived in Muscat for the Symposium, which will be held in Tehran": the occasion's place is said after it.
        if (rule.predicate === 'held_at' && elements.at(-1)?.type === 'slot' && heldAfter(units, found.last)) continue;
        // "welcomed the participation of the Nigerian Navy in …", "hoan nghênh sự tham gia của …": who takes part is not supported.
        if (rule.predicate === 'supports' && found.T.some((t) => TAKING_PART_OF.some((words) => wordsEndingAt(units, (unitOf.get(t) ?? 0) - 1, words)))) continue;
        // "agreed to launch negotiations on an agreement on …": what is still being negotiated has no parties yet.
        if (rule.predicate === 'party_to' && found.T.some((t) => negotiatedOnly(units, unitOf.get(t) ?? -1))) continue;
        // "… nhân kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam": an anniversary founds nothing.
        if (rule.predicate === 'establishes' && foundingDayBetween(units, found.first, found.last)) continue;
        // "Cuộc hội đàm tập trung rà soát việc triển khai Kế hoạch …", "đánh giá cao kết quả thực hiện Hiệp định …": reviewing how
        // an instrument is carried out is not carrying it out (a reference, read by its own rule).
        // (Not a partnership's: "hài lòng với kết quả triển khai Quan hệ Đối tác …" is a reader's "within it".)
        if (rule.predicate === 'implements' && found.T.every((t) => t.kind === 'agreement') && reviewedBetween(units, found.first, found.last)) continue;
        // "cuộc diễn tập được thực hiện phù hợp với Chiến lược … và góp phần …": an instrument something is in line with does not
        // do what the clause's "và", "and" goes on to say (it keeps its own words: "… signed in Beijing", "…, which covers …").
        if (found.S.some((source) => groundedThenJoined(units, unitOf.get(source) ?? -1, unitOf.get(found.T[0]!) ?? found.last))) continue;
        // "In a joint statement issued by the G7 foreign ministers, Russia was condemned …": who is done to is no party.
        if (rule.activeSource && PASSIVE.some((words) => wordsAt(units, found.last + 1, words) > 0)) continue;
        byEnd.set(found.last, found);
      }
      // For each unit, the last name before it that can be the rule's source, and the last one the clause gives itself.
      const before = !hasSource && rule.orMain && byEnd.size > 0 ? sourcesBefore(units, input.tokens, (slot) => resolve(slot, rule.sources)) : undefined;
      for (const match of byEnd.values()) {
        const u = match.first;
        // A witness or a host signs nothing ("Dưới sự chứng kiến của A, …"); a unit sent to a mission is numbered.
        const signer = (s: Slot) => !(rule.predicate === 'signs' || rule.predicate === 'party_to') || !witnessed(units, input.tokens, unitOf.get(s) ?? 0);
        const numbered = (s: Slot) => !rule.unitToMission || /\d/.test(slotText(s));
        if (rule.sourcesShareFirstWord && new Set(match.S.map((s) => input.tokens[s.first]!.text)).size > 1) continue;
        // "peace and stability in the Indo-Pacific": an aim said of a region is the speaker's wish, not a domain's region.
        let sources = match.S.filter((s) => !holdsAny(input.tokens, s, rule.sourceNotWords) && !(rule.predicate === 'concerns_region' && isAim(input.tokens, s)) && !(rule.sourceNotOffice && s.category === 'office') && !(rule.sourceNotPerson && s.category === 'person') && !(rule.sourceStatesOnly && s.category !== 'state') && numbered(s) && signer(s)).flatMap((s) => ends(s, rule.sources));
        if (before) {
          // The clause's own instrument or event before the words, else what the article is about.
          // A name the clause gives ("Theo ETA, hai bên …") before what a reference means.
          const given = before.named[u] ?? before.any[u];
          const subject = given ?? withVia(firstSubject(rule.sources, 'subject'));
          // "Phía Pháp khẳng định … giải quyết tranh chấp … trên cơ sở UNCLOS": after a verb of saying, a grounding
          // is the speaker's words', not what the article is about nor the occasion they spoke at.
          if (rule.predicate === 'grounded_in' && before.spoken[u] && (!given || given.kind === 'event')) continue;
          // "Phía Hàn Quốc cũng đề nghị mở rộng hợp tác sang lĩnh vực …": what one side proposes the other has not agreed to.
          if (before.proposed[u]) continue;
          // "… signed a Memorandum … and a Letter of Intent …. They cover training, …": "They" opening the sentence and the
          // construction stands for the instruments the sentence before named with the article's own, not for that one alone
          // ("They agreed to strengthen cooperation on …" is the parties'; "Both are parties to UNCLOS and … . They cover …"
          // still the article's).
          const previous = given || u > 0 || !subject ? [] : instrumentsBefore(units, index > 0 ? slotsOf[index - 1]! : [], (slot) => resolve(slot, rule.sources));
          sources = previous.some((p) => refKey(p.ref) === refKey(subject!.ref)) ? previous : subject ? [subject] : [];
          // "… held in line with the Work Plan and the ADSOM Work Plan": what the article is about, named among the targets
          // themselves, is one of them, grounded in none of its siblings.
          if (!given && sources.some((s) => match.T.some((t) => refKey(t.ref) === refKey(s.ref)))) continue;
        }
        // "Both sides agreed to deepen cooperation on counter-terrorism, …" at a dialogue: what the sides agree to do from now on
        // is the standing partnership's the article names, not the meeting's where they agreed it ("discussed …" stays the meeting's).
        if (rule.predicate === 'covers' && partnership && match.T.length > 0 && cuesOf().agreedAhead[unitOf.get(match.T[0]!) ?? 0]) sources = sources.map((s) => (s.via && s.kind === 'event' && (!s.through || s.through.reference === 'subject') ? { ...partnership, via: true } : s));
        // "Vòng đối thoại tiếp theo dự kiến được tổ chức tại Hà Nội", "The two sides agreed to hold the next dialogue in Hanoi":
        // where the next round will be is no place of the one the article reports (a round named as such keeps its own).
        // ("hội đàm năm tới sẽ được tổ chức tại …": nor the occasion named there, which is the next one.)
        if (rule.predicate === 'held_at' && cuesOf().nextRoundAt <= match.last) sources = sources.filter((s) => !s.via && refKey(s.ref) !== cuesOf().nextRound);
        // "chuyến thăm … của ông Kim Dong-hyun": a person takes part in a visit; nothing is part of a person, nor theirs as a state's.
        // "urged the Philippines and Vietnam to sign …": those asked to do something are not what is supported.
        const asked = rule.predicate === 'supports' && askedToDo(units, input.tokens, match.T.map((t) => unitOf.get(t) ?? -1));
        // "Captain Le Van Hai, who is the Philippine Navy's liaison officer": a person holds an office, never a body.
        const holdable = (t: Slot) => rule.predicate !== 'holds_role' || t.category === 'office';
        // "chuyến thăm tới Việt Nam của Tổng thống Philippines": nothing is part of an office.
        // "Các quốc gia Đông Nam Á, trong đó có Việt Nam …": nor is a state part of a region it lies in.
        const container = (t: Slot) => rule.predicate !== 'part_of' || (t.category !== 'office' && !(t.category !== 'state' && continentNamed(input.tokens, t)));
        // "Lực lượng … tại Síp do Hội đồng Bảo an thành lập": no one sets up a state.
        const founded = (t: Slot) => rule.predicate !== 'establishes' || t.category !== 'state';
        // The target's own conditions: a mission's name; a meeting said in lower case ("Sau hội đàm", not "Sau Hội nghị ADMM").
        const mission = (t: Slot) => !rule.unitToMission || MISSION_NAME.test(slotText(t));
        const lowerCase = (t: Slot) => !rule.targetLowerCase || !isCapitalised(input.tokens[t.first]!.text);
        const named = (t: Slot) => !rule.namedTarget || !t.viaReference;
        const notOwner = (t: Slot) => !rule.targetNotOwner || !OWNER_WORDS.has(input.tokens[t.first - 1]?.text.toLowerCase() ?? '');
        const lastEvent = rule.lastEvent && match.T.length === 0 ? eventBefore(slotsOf, index, match.S, input.tokens) : undefined;
        const targets = lastEvent ? [{ ref: lastEvent.ref, kind: lastEvent.kind, via: true }] : asked ? [] : match.T.filter((t) => !(t.kind === 'event' && holdsAny(input.tokens, t, rule.targetNotWords)) && !(NO_PERSON_TARGETS.has(rule.predicate) && t.category === 'person') && !(NO_OFFICE_TARGETS.has(rule.predicate) && t.category === 'office') && holdable(t) && container(t) && founded(t) && mission(t) && lowerCase(t) && named(t) && notOwner(t)).flatMap((t) => ends(t, rule.targets));
        for (const source of sources) {
          for (const target of targets) {
            if (refKey(source.ref) === refKey(target.ref)) continue;
            const score = Math.round((source.via || target.via || source.guessed || target.guessed ? rule.score * 0.9 : rule.score) * 100) / 100;
            keep(best, {
              id: `relation:${refKey(source.ref)}|${rule.predicate}|${refKey(target.ref)}|${evidence.start}`,
              source: source.ref,
              predicate: rule.predicate,
              target: target.ref,
              evidence,
              rule: rule.id,
              score,
              sentence: index,
              ...viaOf(input, source, target),
              ...existingOf(input, source.ref, rule.predicate, target.ref),
            });
          }
        }
      }
    }
  };
  input.sentences.forEach((sentence, index) => {
    const slots = slotsOf[index]!;
    if (slots.length === 0) return;
    const units = unitsOf(input, sentence, slots);
    const evidence = sentenceEvidence(input.text, sentence);
    const clauses = coordinatedClauses(units, input.tokens);
    readClause(units, index, evidence, undefined, clauses.length > 0);
    for (const clause of clauses) readClause(clause.units, index, evidence, clause.subjectEnd);
  });
  return [...best.values()];
}

/** Words that are no verb after a clause's subject or after its "and" (folded): prepositions, determiners, counts. */
const NOT_A_VERB = new Set([...NOT_A_NOUN, ...DETERMINERS, ...COUNT_WORDS_EN, 'or', 's', 'these', 'those', 'other', 'both', 'va', 'cua', 'tai', 'voi', 've', 'cho', 'trong', 'tu', 'hoac', 'cac', 'nhung', 'hai', 'ba', 'mot', 'nhieu', 'phia', 'ca', 'moi', 'la', 'nhu']);

/** Whether "thuộc" and the name a body belongs to stand at unit `k`: "… thuộc Bộ Quốc phòng". */
function ownerAfterThuoc(units: Unit[], k: number): boolean {
  return wordsAt(units, k, ['thuoc']) > 0 && units[k + 1]?.type === 'slot';
}

/** Whether a name alone in brackets opens at unit `k`: "( slot )". */
function nameInBracketsAt(units: Unit[], k: number): boolean {
  const [open, name, close] = [units[k], units[k + 1], units[k + 2]];
  return open?.type === 'punct' && open.char === '(' && name?.type === 'slot' && close?.type === 'punct' && close.char === ')';
}

/** Whether ", đồng thời" stands between units `first` and `last`: what follows is the sentence subject's second verb. */
function secondVerbBetween(units: Unit[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    const unit = units[k];
    if (unit?.type === 'punct' && unit.char === ',' && wordsAt(units, k + 1, ['dong', 'thoi']) > 0) return true;
  }
  return false;
}

/** Verbs whose first syllable folds to a word that is no verb: "tổ chức" (organise) to the English "to", "tài trợ" (fund) to "tại" (at). */
const VERBS_FOLDED_AWAY = new Set(['tổ chức', 'tài trợ']);
/** Whether the word at `unit` is no verb (as written where folding would mistake it). */
function notAVerb(unit: { folded: string; token: number }, tokens: Token[]): boolean {
  const written = `${tokens[unit.token]?.text ?? ''} ${tokens[unit.token + 1]?.text ?? ''}`.toLowerCase();
  return NOT_A_VERB.has(unit.folded) && !VERBS_FOLDED_AWAY.has(written);
}

/** What joins a second verb to the first (folded): "and", "và", "đồng thời" ("…, đồng thời khẳng định ủng hộ …"). */
const AND = [['and'], ['va'], ['dong', 'thoi']];
/** Words before a clause's verb that leave it the subject's: "has", "also", "đã", "cũng" …. */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'jointly', 'will', 'da', 'se', 'cung', 'vua', 'dang']);
/** Verbs of reporting (folded): what follows them may be another subject's clause ("Japan said the Philippines would …"). */
const REPORTING = [['said'], ['says'], ['say'], ['announced'], ['stated'], ['noted'], ['added'], ['told'], ['claimed'], ['reported'], ['confirmed'], ['khang', 'dinh'], ['thong', 'bao'], ['cho', 'biet'], ['tuyen', 'bo'], ['nhan', 'manh'], ['cho', 'rang']];
/** English words that report another's words (folded): a place before them is where they were said ("In Washington, officials said …"). */
const REPORTED_WORDS = new Set(['said', 'says', 'saying', 'told', 'announced', 'stated', 'reported', 'claimed', 'added', 'noted', 'noting']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'where']);
/**
 * Words that open a later opener before a sentence's subject, a place's or a setting's (folded): "tại Seoul,", "in Manila,",
 * "trong khuôn khổ chuyến thăm,", "during the visit,".
 */
const LATER_OPENERS = new Set(['tai', 'o', 'in', 'at', 'trong', 'during']);
/** The most units an opener before a sentence's subject holds, with its comma ("On Tuesday,", "Ngày 12/3,", "Tại Hà Nội,"). */
const OPENER_UNITS = 8;
/** At most this many second verbs are read in one sentence: each is read as a clause of its own. */
const MAX_COORDINATED = 8;

/**
 * "Viet Nam and Japan met in Hanoi on Tuesday and signed …", "Both ministers said …, and reaffirmed their commitment to …",
 * "Việt Nam và Nhật Bản đã hội đàm tại Hà Nội và ký …": a verb after "and" whose subject is the sentence's. Each is read
 * again as a clause of its own, the sentence's subject then the verb and all after it; `subjectEnd` is where the verb starts.
 */
function coordinatedClauses(units: Unit[], tokens: Token[]): { units: Unit[]; subjectEnd: number }[] {
  // "Theo Đại sứ, JICA sẽ phối hợp với …, đồng thời tài trợ …": a source cited first is no subject; the clause's own follows
  // its comma, past the source's office ("Theo ông Ngô Quang Vinh, Cục trưởng …, cuộc diễn tập …").
  let start = 0;
  if (wordsAt(units, 0, ['theo']) > 0 || wordsAt(units, 0, ['according', 'to']) > 0) {
    start = units.slice(0, OPENER_UNITS).findIndex((unit) => unit.type === 'punct' && unit.char === ',') + 1;
    if (start <= 0) return [];
    const office = units[start];
    if (office?.type === 'slot' && office.slot.category === 'office' && units[start + 1]?.type === 'punct') start += 2;
  }
  // The subject opens the sentence, after a rank or a title before its name ("Bộ trưởng Phan Văn Giang đánh giá cao …"), or
  // follows a short opener and its comma ("On Tuesday,", "Ngày 12/3,", "Tại Hà Nội,").
  let at = afterRanks(units, start);
  if (units[at]?.type === 'word') {
    // Openers may follow each other, the later ones a place's or a setting's: "Ngày 21/8/2025, tại Seoul, trong không khí hữu
    // nghị, Cục A05 và …" (not "On Tuesday, officials of Japan, …", whose subject the second comma would cut).
    for (let from = start, opener = 0; opener < 3 && units[at]?.type === 'word' && (opener === 0 || LATER_OPENERS.has((units[at] as { folded: string }).folded)); opener++) {
      const comma = units.slice(from, from + OPENER_UNITS).findIndex((unit) => unit.type === 'punct' && unit.char === ',');
      if (comma <= 0) break;
      at = from = from + comma + 1;
    }
    while (units[at]?.type === 'word' && ['the', 'a', 'an'].includes((units[at] as { folded: string }).folded)) at++;
    at = afterRanks(units, at);
  }
  const subject = units[at]?.type === 'slot' ? listAt(units, at, () => true, true) : undefined;
  if (!subject) return [];
  let first = subject.next;
  // "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) sẽ …": the subject's abbreviation in brackets.
  if (nameInBracketsAt(units, first)) first += 3;
  while (units[first]?.type === 'word' && BEFORE_VERB.has((units[first] as { folded: string }).folded)) first++;
  // The first verb: a word, or a meeting named by its verb ("A và B đã hội đàm tại …").
  const verb = units[first];
  if (verb?.type === 'slot' ? verb.slot.kind !== 'event' : verb?.type !== 'word' || notAVerb(verb, tokens)) return [];
  // "Japan said the Philippines would host the exercise and sign …": after a verb of saying and another name, the second verb
  // is the reported clause's, unless a comma closes that clause first ("Both ministers said …, and reaffirmed …").
  const said = REPORTING.map((words) => wordsAt(units, first, words)).find((after) => after > 0);
  const reported = said !== undefined && [said, said + 1].some((k) => units[k]?.type === 'slot');
  const clauses: { units: Unit[]; subjectEnd: number }[] = [];
  const subjectUnits = units.slice(at, subject.next);
  for (let k = first + 1; k < units.length && clauses.length < MAX_COORDINATED; k++) {
    const unit = units[k]!;
    // A ";" ends the clause; "which", "who", "that" open another's ("… with the Philippines, which hosts … and joined …").
    if ((unit.type === 'punct' && unit.char === ';') || (unit.type === 'word' && RELATIVES.has(unit.folded))) break;
    if (reported && !(units[k - 1]?.type === 'punct' && (units[k - 1] as { char: string }).char === ',')) continue;
    for (const and of AND) {
      const v = wordsAt(units, k, and);
      const next = units[v];
      if (v > 0 && next?.type === 'word' && !notAVerb(next, tokens) && !/^\d/.test(next.folded)) clauses.push({ units: [...subjectUnits, ...units.slice(v)], subjectEnd: subjectUnits.length });
    }
  }
  return clauses;
}

/**
 * The occasion a sentence speaks of without naming it: the last event named before the first of `names` in their own
 * sentence, else the first event of the nearest sentence before that names one — the talks its clause reports, not the
 * exercise it goes on to list ("… hội đàm với …; các cơ chế như Diễn tập Pitch Black. Nhân dịp này, … đã ký …").
 */
function eventBefore(slotsOf: Slot[][], index: number, names: Slot[], tokens: Token[]): Slot | undefined {
  const start = least(names.map((s) => s.first));
  const events = (k: number) => {
    // "… như Đối thoại Chính sách Quốc phòng, Diễn tập Pitch Black": the list after such words is all spoken of.
    let listed: Slot | undefined;
    return slotsOf[k]!.filter((s) => {
      // ("The meeting was chaired by …": a reference to an event names it there too; "hai bên", the article's subject, does not.)
      if (s.kind !== 'event' || ((s.viaReference || s.reference !== undefined) && s.reference !== 'event') || s.last >= start) return false;
      // ("MINUSCA's Force Commander … also attended": an owner before its "'s" is whose office it is, not the occasion.)
      const owner = tokens[s.last + 1]?.text === 's' && tokens[s.last + 1]!.start === tokens[s.last]!.end + 1;
      if (owner) return false;
      const between = listed ? tokens.slice(listed.last + 1, s.first).map((t) => t.folded) : undefined;
      const background = inBackground(tokens, s.first) || (between !== undefined && (between.length === 0 || (between.length === 1 && ['va', 'and'].includes(between[0]!))));
      listed = background ? s : undefined;
      return !background;
    });
  };
  const own = events(index);
  if (own.length > 0) return own[own.length - 1];
  // A few sentences back at most: an occasion named pages before is not "this occasion" (and a long article is not read
  // back to its start for each sentence). For states and forces, an English "opening ceremony" there is passed over for the
  // exercise before it: "Some 1,200 personnel from 24 countries are taking part, including …" take part in the exercise;
  // people who "delivered remarks" spoke at the ceremony.
  const people = names.every((s) => s.category === 'person' || s.category === 'office');
  let ceremony: Slot | undefined;
  for (let k = index - 1; k >= Math.max(0, index - (ceremony ? 2 : 1) * OCCASION_SENTENCES_BACK); k--) {
    const found = events(k).filter((s) => people || !ceremonyOfItsKind(tokens, s.first, s.last) || ((ceremony ??= s), false));
    if (found.length > 0) return found[0];
  }
  return ceremony;
}

const OCCASION_SENTENCES_BACK = 3;

/** Words after which an event is one spoken of, not the occasion (folded): "the outcomes of the 2024 Shangri-La Dialogue", "các cơ chế như …". */
const BACKGROUND = ['outcomes of', 'outcome of', 'results of', 'such as', 'since', 'after', 'before', 'ket qua', 'nhu', 'sau'].map((p) => p.split(' '));

/** Whether such words, perhaps with "the" and a year, stand right before token `first`. */
function inBackground(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.folded === 'the' || /^\d{4}$/.test(tokens[k]!.folded))) k--;
  return BACKGROUND.some((words) => words.every((w, n) => tokens[k - words.length + 1 + n]?.folded === w));
}

/** Instrument kinds a pronoun can stand for. */
const INSTRUMENT_KINDS = new Set<Kind>(INSTRUMENTS);

/** What "They" opening a sentence may stand for: the instruments the sentence before names. */
function instrumentsBefore(units: Unit[], previous: Slot[], resolve: (slot: Slot) => Resolved | undefined): Resolved[] {
  const opening = units[0];
  if (opening?.type !== 'word' || opening.folded !== 'they') return [];
  const found = new Map<string, Resolved>();
  for (const slot of previous) {
    const resolved = slot.reference || !INSTRUMENT_KINDS.has(slot.kind) ? undefined : resolve(slot);
    if (resolved) found.set(refKey(resolved.ref), { ...resolved, via: true });
  }
  return [...found.values()];
}

/**
 * Relations whose target is never a person: what contains or owns the source (a body, a state), and what is supported
 * ("Luxon welcomed Prime Ministers Albanese and Marape" hosts them; a state, a body or an instrument is what one supports).
 */
const NO_PERSON_TARGETS = new Set(['part_of', 'belongs_to', 'supports']);

/** Nor an office: "The Commandant of the Philippine Coast Guard thanked Japan for its support" is help to the Coast Guard, not to the post. */
const NO_OFFICE_TARGETS = new Set(['supports']);

/**
 * Whether a name holds one of these words or phrases, as written in lower case (toned: "thăm", a visit, is not the "thảm" of
 * "thảm họa"). Read once the construction has matched, so that a refused name does not let it slide on to the next one.
 */
function holdsAny(tokens: readonly Token[], slot: Slot, words: readonly string[] | undefined): boolean {
  if (!words) return false;
  const named = ` ${tokens.slice(slot.first, slot.last + 1).map((t) => t.text.toLowerCase()).join(' ')} `;
  return words.some((w) => named.includes(` ${w} `));
}

/** Words that deny a clause, folded: "not", "never", "không", "chưa" (not "not only", "không chỉ", which add). */
const NEGATIONS = new Set(['not', 'never', "n't", 'khong', 'chua', 'chang']);

/** Words before a name that say it is what the name before belongs to, as written ("thuộc", not "thuốc"): "Ban … thuộc | Bộ Quốc phòng". */
const OWNER_WORDS = new Set(['thuộc', 'của']);

/** The name of a peacekeeping mission or force: "United Nations Interim Security Force for Abyei", "Phái bộ …", "UNMISS", "MINUSCA". */
const MISSION_NAME = /\b(?:Mission|Force|Operation)\b|Phái bộ|Lực lượng|^UN[A-Z]{2,}$|^MINUS/u;

/** What is handed over, delivered or welcomed that supports nobody: an office, words, a meeting's holding, another's act ("welcomed Viet Nam's contributions to …", "ASEAN welcomes Kazakhstan's accession to the TAC"; folded). */
const NOT_GIVEN = new Set(['chairmanship', 'presidency', 'chair', 'remarks', 'speech', 'address', 'keynote', 'message', 'statement', 'briefing', 'lecture', 'presentation', 'baton', 'holding', 'convening', 'outcome', 'outcomes', 'contribution', 'contributions', 'accession']);

/** Words that lead to another occasion than the one a clause is about (folded): "after the 11th round in Canberra". */
const OTHER_OCCASION = new Set(['after', 'before', 'since', 'following', 'previous', 'preceding']);
/** The occasions they lead to (folded): not "since the two countries upgraded their ties", "more than 4,000 personnel". */
const OCCASION_NOUNS = new Set(['round', 'meeting', 'session', 'edition', 'dialogue', 'talks', 'visit', 'summit', 'exercise', 'conference', 'one', 'forum']);

/** Whether such a word, and an occasion's noun within four words after it, stand among the units of a match. */
function otherOccasionBetween(units: Unit[], first: number, last: number): boolean {
  const word = (k: number) => (units[k]?.type === 'word' ? (units[k] as { folded: string }).folded : undefined);
  for (let u = first; u <= last; u++) {
    if (!OTHER_OCCASION.has(word(u) ?? '')) continue;
    for (let k = u + 1; k <= Math.min(last, u + 4); k++) if (OCCASION_NOUNS.has(word(k) ?? '')) return true;
  }
  return false;
}

/** Whether a name stands from unit `from` up to the first of `targets` (units). */
function nameBefore(units: Unit[], from: number, targets: number[]): boolean {
  const until = targets.length > 0 ? least(targets) : units.length;
  for (let k = from; k < until; k++) if (units[k]?.type === 'slot') return true;
  return false;
}

/** Whether "negotiations on" or "talks on" ("an", "a", "the" after it) stands right before the name at unit `u`. */
function negotiatedOnly(units: Unit[], u: number): boolean {
  let k = u - 1;
  if (units[k]?.type === 'word' && ['a', 'an', 'the'].includes((units[k] as { folded: string }).folded)) k--;
  return ['negotiations', 'negotiation', 'talks'].some((noun) => wordsAt(units, k - 1, [noun, 'on']) > 0 || wordsAt(units, k - 1, [noun, 'for']) > 0);
}

/** Whether one of these words stands among the units of a match. */
/**
 * Whether a relative clause stands between units `first` and `last`, other than one set off by commas right after a name
 * ("The United States, which is not a party, attended as an observer": what the name is, not a clause of its own).
 */
function relativeClauseIn(units: Unit[], first: number, last: number): boolean {
  for (let u = first; u <= last; u++) {
    const unit = units[u];
    if (unit?.type === 'word' && RELATIVES.has(unit.folded) && !(units[u - 2]?.type === 'slot' && insideRelativeClause(units, u + 1, last))) return true;
  }
  return false;
}

/** Whether a word of reporting stands among units `first` to `last`, other than one telling those at the occasion ("told delegates"). */
function reportedBetween(units: Unit[], first: number, last: number): boolean {
  for (let u = first; u <= last; u++) {
    const unit = units[u];
    if (unit?.type !== 'word' || !REPORTED_WORDS.has(unit.folded)) continue;
    const next = units[u + 1];
    if (!(next?.type === 'word' && AUDIENCES.has(next.folded))) return true;
  }
  return false;
}

/** Those at an occasion whom a speaker tells something (folded). */
const AUDIENCES = new Set(['delegates', 'participants', 'attendees']);

function wordBetween(units: Unit[], first: number, last: number, words: ReadonlySet<string>): boolean {
  for (let u = first; u <= last; u++) {
    const unit = units[u];
    if (unit?.type === 'word' && words.has(unit.folded)) return true;
  }
  return false;
}

/** Words of an apposition that says what its name belongs to (folded): "both members of …", "all States Parties to …", "part of …". */
const APPOSITION_WORDS = new Set(['member', 'members', 'parties', 'party', 'part', 'signatories', 'signatory']);
/** Words an apposition opens with, saying what the names before it are: "both", "all", "the four", "a founding" …. */
const APPOSITION_OPENERS = new Set(['both', 'all', 'the', 'a', 'an', 'part', 'members', 'member', 'states', 'two', 'three', 'four', 'five', 'six', 'founding', 'full']);

/** Whether the unit at `u` stands in a ", which …," or ", who …," clause (or an apposition of membership) that closes before unit `last`. */
function insideRelativeClause(units: Unit[], u: number, last: number): boolean {
  const comma = (v: number) => {
    const unit = units[v];
    return unit?.type === 'punct' && unit.char === ',';
  };
  for (let k = u - 1; k > 0 && units[k]?.type !== 'punct'; k--) {
    // "Iceland and Norway, both members of the UK-led Joint Expeditionary Force, took part …": an apposition that says what
    // the subject belongs to is read as a relative clause.
    // (Not "…, has taken part in …": the apposition opens with what the names are, and its word is followed by "of" or "to".)
    const apposition =
      comma(k - 1) &&
      units[k]?.type === 'word' &&
      APPOSITION_OPENERS.has((units[k] as { folded: string }).folded) &&
      units.slice(k, u).some((unit, n) => unit.type === 'word' && APPOSITION_WORDS.has(unit.folded) && (wordsAt(units, k + n + 1, ['of']) > 0 || wordsAt(units, k + n + 1, ['to']) > 0));
    if ((wordsAt(units, k, ['which']) > 0 || wordsAt(units, k, ['who']) > 0 || apposition) && comma(k - 1)) {
      for (let v = u + 1; v < last; v++) if (comma(v)) return true;
      return false;
    }
  }
  return false;
}

/** Whether "Ngày thành lập", "năm thành lập" (the day, the years since something was founded) stand between two units. */
function foundingDayBetween(units: Unit[], first: number, last: number): boolean {
  for (let u = first; u < last; u++) if (wordsAt(units, u, ['ngay', 'thanh', 'lap']) > 0 || wordsAt(units, u, ['nam', 'thanh', 'lap']) > 0) return true;
  return false;
}

/** How a review names the carrying out it reviews, folded: "việc triển khai", "kết quả thực hiện", "tình hình thực hiện". */
const REVIEWED = ['viec trien khai', 'viec thuc hien', 'viec thuc thi', 'ket qua thuc hien', 'ket qua trien khai', 'tinh hinh thuc hien', 'tinh hinh trien khai'].map((w) => w.split(' '));

function reviewedBetween(units: Unit[], first: number, last: number): boolean {
  for (let u = first; u < last; u++) if (REVIEWED.some((words) => wordsAt(units, u, words) > 0)) return true;
  return false;
}

/** Words before "ký", folded, that make the signing a goal: "thúc đẩy ký kết", "sớm ký", "tiến tới ký kết". */
const TOWARDS_SIGNING = [['thuc', 'day'], ['som'], ['tien', 'toi'], ['huong', 'toi'], ['xem', 'xet']];

function toBeSignedBetween(units: Unit[], first: number, last: number): boolean {
  for (let u = first; u <= last; u++) {
    if (wordsAt(units, u, ['ky']) < 0) continue;
    if (TOWARDS_SIGNING.some((words) => wordsAt(units, u - words.length, words) === u)) return true;
  }
  return false;
}

/** Whether a word of negation stands among the units of a match. */
function negatedBetween(units: Unit[], first: number, last: number): boolean {
  for (let u = first; u <= last; u++) {
    const unit = units[u];
    if (unit?.type !== 'word' || !NEGATIONS.has(unit.folded)) continue;
    // Nor the "không" of a word: "không quân" (air force), "không gian mạng", "không phận", "viện trợ không hoàn lại", "không người lái".
    const next = units[u + 1];
    if (next?.type === 'word' && ['only', 'chi', 'quan', 'gian', 'phan', 'hoan', 'nguoi'].includes(next.folded)) continue;
    // Nor one inside what a name is, between commas: "The United States, which is not a party, attended …".
    if (insideRelativeClause(units, u, last)) continue;
    return true;
  }
  return false;
}

/**
 * An end of a relation; `through` the reference it was reached by ("hai bên"), spelled out only for the relations made;
 * `guessed` one of the two bodies, states or people a phrase stands for ("hai cơ quan"), the two the article names most.
 */
type Resolved = { ref: EndRef; kind: Kind; via: boolean; through?: Slot; twoActors?: EndRef[]; guessed?: true };

/** Which end was reached through a reference, and its words. */
function viaOf(input: ConstructionInput, source: Resolved, target: Resolved): Pick<RelationProposal, 'viaReference' | 'viaSpan'> {
  const [end, via] = source.via ? [source, 'source' as const] : target.via ? [target, 'target' as const] : [undefined, undefined];
  if (!end || !via) return {};
  return end.through ? { viaReference: via, viaSpan: spanOf(input.text, input.tokens, end.through.first, end.through.last) } : { viaReference: via };
}

const withVia = (subject: { ref: EndRef; kind: Kind } | undefined): Resolved | undefined => (subject ? { ...subject, via: true } : undefined);

/** Words before a framework that something is done within or in line with (folded). */
// ("The arrangement, concluded under the … Defence Cooperation Agreement, covers …": what it was concluded under is passed too.)
const GROUNDING_BEFORE = ['trong khuon kho', 'khuon kho cua', 'tren co so', 'phu hop voi', 'in line with', 'in accordance with', 'within the framework of', 'under the framework of', 'in the framework of', 'building on', 'building upon', 'concluded under', 'signed under', 'adopted under', 'established under', 'agreed under', 'held under', 'conducted under'].map((p) => p.split(' '));

/** Words that deny what follows (folded): "không", "chưa", "not". */
const NOT_WORDS = new Set(['khong', 'chua', 'not']);

/** Words that say what something is done in keeping with (folded), no instrument it carries out. */
const IN_KEEPING_WITH = ['phu hop voi', 'tren co so', 'in line with', 'in accordance with'].map((p) => p.split(' '));

/** "and", "and the", "và" right before a name (folded). */
const AND_BEFORE = ['and', 'and the', 'va'].map((p) => p.split(' '));

/** English words for a kind of occasion said before its name (folded): "the exercise Pitch Black 2026". */
const OCCASION_KINDS = new Set(['exercise', 'exercises', 'drill', 'drills', 'operation']);

/**
 * The unit of an event's name after "the", up to two words of what it is like and its kind ("the multilateral exercise |
 * MILAN 2026"), or `u` when none stands there.
 */
function pastOccasionKind(units: Unit[], u: number): number {
  let k = wordAt(units, u) === 'the' ? u + 1 : u;
  for (let words = 0; words < 3 && units[k]?.type === 'word'; words++, k++) {
    const word = (units[k] as { folded: string }).folded;
    if (NOT_A_NOUN.has(word)) return u;
    const name = units[k + 1];
    if (OCCASION_KINDS.has(word) && name?.type === 'slot' && name.slot.kind === 'event') return k + 1;
  }
  return u;
}

/** Words before where someone went (folded): "left for Mongolia", "travelled to Japan". */
const DESTINATION_BEFORE = ['left for', 'leave for', 'leaves for', 'headed for', 'departed for', 'set off for', 'travelled to', 'traveled to'].map((p) => p.split(' '));

/** Whether the clause after unit `u` says where an occasion is held ("…, which will be held in Tehran next week"). */
function heldAfter(units: Unit[], u: number): boolean {
  for (let k = u + 1; k < units.length; k++) if (wordAt(units, k) === 'held' || (wordAt(units, k) === 'place' && ['take', 'takes', 'took'].includes(wordAt(units, k - 1) ?? ''))) return true;
  return false;
}

/** Words before those who take part in something (folded): "the participation of", "sự tham gia của". */
const TAKING_PART_OF = ['participation of', 'participation of the', 'tham gia cua', 'tham du cua'].map((p) => p.split(' '));

/** Words before an instrument whose carrying out a meeting reviews, or that the sides keep up ("duy trì hiệu quả cơ chế …"), folded. */
const REVIEWED_BEFORE = ['duy tri hieu qua', 'duy tri', 'viec trien khai', 'viec thuc hien', 'ket qua thuc hien', 'ket qua trien khai', 'tinh hinh thuc hien', 'tinh hinh trien khai', 'implementation of', 'progress in implementing', 'progress in the implementation of'].map((p) => p.split(' '));

/** Words that open a relative clause about the name before their comma (folded). */
const DESCRIBING = new Set(['which', 'under', 'that', 'signed', 'adopted', 'theo', 'trong', 'ky', 'duoc']);

/** Whether a clause describing the name at unit `u` follows it, after a comma. */
function describedAfter(units: Unit[], u: number): boolean {
  const comma = units[u + 1];
  const word = units[u + 2];
  return comma?.type === 'punct' && comma.char === ',' && word?.type === 'word' && DESCRIBING.has(word.folded);
}

/** Whether words of reviewing stand before the bracket at `open`, with no punctuation between: the long form of what it abbreviates. */
function reviewedLongFormBefore(units: Unit[], open: number): boolean {
  for (let k = open - 1; k >= Math.max(0, open - 25) && units[k]?.type !== 'punct'; k--) if (REVIEWED_BEFORE.some((words) => wordsEndingAt(units, k, words))) return true;
  return false;
}

/** Whether these words, with "the" after them or not, end right before unit `end + 1`. */
function wordsEndingAt(units: Unit[], end: number, words: string[]): boolean {
  const at = (k: number) => units[k]?.type === 'word' ? (units[k] as { folded: string }).folded : undefined;
  const last = at(end) === 'the' ? end - 1 : end;
  return words.every((w, n) => at(last - words.length + 1 + n) === w);
}

/**
 * For each unit of a sentence, the last name before it that resolves (`any`) and the last such
 * name that is not a reference (`named`): one pass, instead of reading the sentence again up to
 * every match.
 */
/** Courtesy calls (folded), which no clause's fields are said of. */
const COURTESY_CALLS = ['chao xa giao', 'tiep xa giao', 'courtesy call'].map((words) => words.split(' '));

function sourcesBefore(units: Unit[], tokens: Token[], resolve: (slot: Slot) => Resolved | undefined): { any: (Resolved | undefined)[]; named: (Resolved | undefined)[]; spoken: boolean[]; proposed: boolean[] } {
  const any: (Resolved | undefined)[] = [];
  const named: (Resolved | undefined)[] = [];
  const spoken: boolean[] = [];
  const proposed: boolean[] = [];
  let lastAny: Resolved | undefined;
  let lastNamed: Resolved | undefined;
  let first: Resolved | undefined;
  let said = false;
  let asked = false;
  // The last name passed over as no source of what follows.
  let passed = -1;
  units.forEach((unit, u) => {
    // "The assistance measure implements the Joint Framework …, and is in line with …": a second verb of the
    // sentence's subject, whose names in between are the first verb's objects.
    const subject = first && secondVerbBefore(units, u) ? first : undefined;
    any[u] = subject ?? lastAny;
    // "The two sides reviewed … the Memorandum … and agreed to prioritise …": the subject's second verb, though the subject is a reference.
    named[u] = subject ? (subject.via ? undefined : subject) : lastNamed;
    spoken[u] = said;
    proposed[u] = asked;
    if (unit.type === 'word') {
      said ||= SAYING.some((words) => wordsAt(units, u, words) > 0);
      // As written: folded, "đề xuất" is also the "để xuất" of "để xuất khẩu". Not the noun: "các đề xuất".
      const before = units[u - 1];
      const noun = before?.type === 'word' && ['cac', 'nhung'].includes(before.folded);
      asked ||= !noun && PROPOSING.some((words) => words.every((w, n) => { const at = units[u + n]; return at?.type === 'word' && tokens[at.token]!.text.toLowerCase() === w; }));
    }
    // A clause after ";" says something else.
    if (unit.type === 'punct' && unit.char === ';') [said, asked] = [false, false];
    if (unit.type !== 'slot') return;
    const resolved = resolve(unit.slot);
    if (!resolved) return;
    // "hợp tác trong khuôn khổ Hiệp định CPTPP, đồng thời nhất trí … phòng, chống …": the framework something is done within is
    // not what the clause goes on to say things of.
    // ("Building on the Partnership and Cooperation Agreement, in force since 2014, and the EU Strategy …, the two sides
    // discussed …": so is every name of that list, what follows its "and" too.)
    const listedAfterPassed = passed >= 0 && AND_BEFORE.some((words) => wordsEndingAt(units, u - 1, words)) && !units.slice(passed + 1, u).some((x) => x.type === 'slot');
    if (GROUNDING_BEFORE.some((words) => wordsEndingAt(units, u - 1, words)) || listedAfterPassed) {
      passed = u;
      return;
    }
    // "Hai bên đánh giá cao việc triển khai Hiệp định … và nhất trí thúc đẩy hợp tác về …", "reviewed the implementation of the
    // Memorandum … and agreed …": an agreement or a framework whose carrying out is reviewed is not what the sides go on to agree
    // (a partnership is: "kết quả triển khai Quan hệ Đối tác Chiến lược …, nhất trí thúc đẩy hợp tác …"). Unless a relative
    // clause describes it ("…, which covers …", "…, trong đó có …") or its carrying out opens the sentence ("Việc triển khai …").
    // Nor is its abbreviation in brackets, after it or after a long form that is no name of its own ("… (FPA)").
    const bracketed = units[u - 1]?.type === 'punct' && (units[u - 1] as { char: string }).char === '(';
    const abbreviationOfPassed = bracketed && (passed === u - 2 || reviewedLongFormBefore(units, u - 1));
    const reviewed = (unit.slot.kind === 'agreement' || unit.slot.kind === 'framework') && REVIEWED_BEFORE.some((words) => wordsEndingAt(units, u - 1, words) && u - 1 - words.length > 0) && !describedAfter(units, u);
    // "… đoàn sẽ chào xã giao lãnh đạo Thành phố, … và trao đổi chuyên môn về …": a courtesy call is a stop of the visit, not
    // what the clause goes on to say things of.
    const courtesy = COURTESY_CALLS.some((words) => words.every((w, n) => tokens[unit.slot.first + n]?.folded === w));
    if (reviewed || abbreviationOfPassed || courtesy) {
      passed = u;
      return;
    }
    // "Under the Reciprocal Access Agreement, Exercise Kamandag is held … and is conducted …": not a preposition's object.
    if (!first && !openedByPreposition(units, u)) first = resolved;
    lastAny = resolved;
    said = false;
    asked = false;
    if (!resolved.via) lastNamed = resolved;
  });
  return { any, named, spoken, proposed };
}

/**
 * Auxiliaries, passives and verbs of agreeing between "and" and a second verb's words: "and is", "and would be
 * implemented", "and agreed to", "và nhất trí" (folded).
 */
const SECOND_VERB_WORDS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'be', 'been', 'has', 'have', 'had', 'also', 'implemented', 'carried', 'out', 'conducted', 'applied', 'agreed', 'decided', 'to', 'nhat', 'tri', 'cung', 'dong', 'y']);

/**
 * Whether "and", then only auxiliaries or a passive, stand right before unit `u`; or "and" alone before a verb of the
 * English rules ("…, which references the 1982 UNCLOS and covers search and rescue").
 */
function secondVerbBefore(units: Unit[], u: number): boolean {
  const at = units[u];
  if (at?.type === 'word' && SECOND_VERBS_ALONE.has(at.folded) && units[u - 1]?.type === 'word' && (units[u - 1] as { folded: string }).folded === 'and') return true;
  for (let k = u - 1; k >= u - 4; k--) {
    const unit = units[k];
    if (unit?.type !== 'word') return false;
    if (unit.folded === 'and' || unit.folded === 'va') return k < u - 1;
    if (!SECOND_VERB_WORDS.has(unit.folded)) return false;
  }
  return false;
}

/** English verbs that, right after "and", go on with the clause's subject (folded). */
const SECOND_VERBS_ALONE = new Set(['covers', 'covered', 'references', 'referenced', 'supports', 'supported', 'builds', 'implements', 'complements', 'establishes', 'reaffirms', 'includes']);

/** Verbs after whoever a wire story quotes. */
const SPEAKING = new Set(['told', 'said', 'says', 'tells']);

/** Verbs of saying and of taking a stand: what follows them is someone's words ("khẳng định", "said", "reaffirmed"). */
const SAYING = ['khang dinh', 'cho biet', 'nhan manh', 'ung ho', 'said', 'stressed', 'added', 'adding', 'reaffirmed', 'noted'].map((w) => w.split(' '));
/**
 * Words before the place where a body has its seat or someone lives (folded): "có trụ sở tại", "headquartered in", "based in",
 * "phóng viên TTXVN thường trú tại New York" (not "held at the headquarters in").
 */
const SEAT_WORDS = ['co tru so tai', 'dat tru so tai', 'thuong tru tai', 'headquartered in', 'based in'].map((p) => p.split(' '));

/** Words before where someone died, was buried or went missing (folded): "hy sinh tại", "killed in", "went missing in". */
const PLACES_OF_LIVES = ['hy sinh tai', 'hy sinh o', 'tu tran tai', 'tu nan tai', 'mat tich tai', 'an tang tai', 'died in', 'killed in', 'killed in action in', 'missing in', 'missing in action in', 'buried in', 'lost their lives in'].map((p) => p.split(' '));

/** Words before where an instrument was signed (folded): "được ký tại", "signed in". */
const SIGNED_WORDS = ['ky tai', 'ky ket tai', 'signed in', 'signed at'].map((p) => p.split(' '));

/** Words before a place that is no venue of the occasion a clause names. */
const NOT_VENUES = [...PLACES_OF_LIVES, ...SIGNED_WORDS];

/** Words before an occasion's name that make it one still to be held (folded): "nhất trí tổ chức …", "agreed to hold …". */
const TO_BE_HELD = ['nhat tri to chuc', 'thong nhat to chuc', 'se to chuc', 'du kien to chuc', 'agreed to hold', 'agreed to convene', 'will hold', 'will convene'].map((w) => w.split(' '));

/**
 * Words after an occasion's noun that make it the next one (folded): "phiên tiếp theo", "lần sau", "hội nghị năm tới", "the
 * next" (not "Tiếp theo lễ đón", "Following …").
 */
const NEXT_ROUND = ['tiep theo', 'lan sau', 'lan toi', 'ke tiep', 'nam toi', 'ky toi', 'next'].map((w) => w.split(' '));

/** Whether the instrument at unit `u` follows "in line with", "phù hợp với" … and a "và", "and" joins a verb to it before unit `last` (the target's). */
function groundedThenJoined(units: Unit[], u: number, last: number): boolean {
  const unit = units[u];
  if (unit?.type !== 'slot' || !INSTRUMENT_KINDS.has(unit.slot.kind) || !GROUNDING_BEFORE.some((words) => wordsEndingAt(units, u - 1, words))) return false;
  for (let at = u + 1; at <= last; at++) if (AND.some((words) => wordsAt(units, at, words) > 0)) return true;
  return false;
}

const TWO_PARTIES = new Set(THE_TWO_PARTIES);

/** Words before a partnership that make it the frame of what the article tells (folded), "the", "their" or "quan hệ" after them. */
const FRAMED_BY = ['part of', 'under', 'framework of', 'khuon kho'].map((w) => w.split(' '));

/** The partnerships the article frames its events with: "part of", "under", "trong khuôn khổ" before, or "hai bên" opening the sentence. */
function partnershipsFraming(input: ConstructionInput): Slot[] {
  const out: Slot[] = [];
  let s = 0;
  for (const slot of input.slots) {
    if (slot.kind !== 'partnership' || slot.viaReference) continue;
    while (s < input.sentences.length && input.sentences[s]!.lastToken < slot.first) s++;
    const opening = input.sentences[s] ? input.tokens.slice(input.sentences[s]!.firstToken, input.sentences[s]!.firstToken + 3).map((t) => t.folded).join(' ') : '';
    if (FRAMED_BY.some((words) => wordsBeforeToken(input.tokens, slot.first, words)) || THE_TWO_PARTIES.some((sides) => opening.startsWith(sides))) out.push(slot);
  }
  return out;
}

/** Whether `words` (folded) stand right before token `first`, or before "the", "their", "quan hệ" there. */
function wordsBeforeToken(tokens: Token[], first: number, words: string[]): boolean {
  const before = (end: number) => words.every((w, n) => tokens[end - words.length + n]?.folded === w);
  const between = ['the', 'their'].includes(tokens[first - 1]?.folded ?? '') ? 1 : tokens[first - 2]?.folded === 'quan' && tokens[first - 1]?.folded === 'he' ? 2 : 0;
  return before(first) || (between > 0 && before(first - between));
}

/** Words after a name that make it what is done to (folded): "Russia was condemned", "Nga bị lên án". */
const PASSIVE = ['was', 'were', 'has been', 'have been', 'bi', 'duoc', 'da bi', 'da duoc'].map((w) => w.split(' '));

/** Words that commit the sides to what follows (folded): "agreed to", "will", "nhất trí", "sẽ" …. */
const COMMITTING = ['agreed to', 'agree to', 'will', 'committed to', 'pledged to', 'nhat tri', 'thong nhat', 'cam ket', 'se'].map((w) => w.split(' '));
/** Verbs that take cooperation further (folded): "strengthen", "deepen", "tăng cường", "tập trung" …. */
const FURTHERING = ['strengthen', 'deepen', 'expand', 'enhance', 'boost', 'step up', 'intensify', 'promote', 'prioritise', 'prioritize', 'broaden', 'focus on', 'tang cuong', 'day manh', 'mo rong', 'thuc day', 'tap trung', 'uu tien', 'lam sau sac', 'nang cao'].map((w) => w.split(' '));
/** Verbs of talking about something, after which it is the meeting's topic again (folded). */
const DISCUSSING = ['discussed', 'exchanged views', 'reviewed', 'trao doi', 'thao luan', 'danh gia'].map((w) => w.split(' '));

/**
 * Read once a clause: for each unit, whether what stands there is what the sides agreed to take further ("They agreed to
 * deepen cooperation on …", "Hai bên nhất trí tăng cường hợp tác trong …"; not "agreed to hold the next round … and
 * discussed …", nor "thống nhất đất nước"), where the clause first speaks of a next round ("tiếp theo", "next"), and the
 * occasion it names so ("hội đàm | năm tới").
 */
function clauseCues(units: Unit[]): { agreedAhead: boolean[]; nextRoundAt: number; nextRound?: string } {
  const agreedAhead: boolean[] = [];
  let ahead = false;
  let nextRoundAt = Infinity;
  let nextRound: string | undefined;
  units.forEach((unit, at) => {
    agreedAhead[at] = ahead;
    if (unit.type === 'punct' && unit.char === ';') ahead = false;
    // "Hai bên nhất trí tổ chức Đối thoại lần thứ 7 tại Hà Nội", "agreed to hold the 13th Dialogue in Canberra": the occasion
    // named after the words is one still to come; the place after it is its own, not the article's occasion's.
    if (unit.type === 'slot' && nextRoundAt === Infinity && TO_BE_HELD.some((words) => wordsEndingAt(units, at - 1, words))) nextRoundAt = at;
    if (unit.type !== 'word') return;
    const next = nextRoundAt === Infinity ? NEXT_ROUND.find((words) => wordsEndingAt(units, at, words)) : undefined;
    // (After the occasion's noun: "phiên tiếp theo", "vòng đối thoại tiếp theo"; not opening the clause.)
    const noun = next && units[at - next.length];
    if (noun && noun.type !== 'punct') {
      nextRoundAt = at;
      if (noun.type === 'slot') nextRound = refKey(noun.slot.ref);
    }
    if (DISCUSSING.some((words) => wordsEndingAt(units, at, words))) ahead = false;
    const furthering = FURTHERING.find((words) => wordsEndingAt(units, at, words));
    // The committing words right before the verb, past "also", "further", "continue to": "agreed to also expand …".
    if (furthering) ahead ||= [1, 2, 3].some((gap) => COMMITTING.some((words) => wordsEndingAt(units, at - furthering.length - gap + 1, words)));
  });
  return { agreedAhead, nextRoundAt, ...(nextRound ? { nextRound } : {}) };
}

/** Verbs of proposing, as written: what follows is asked for, not agreed ("đề nghị", "đề xuất", "proposed"). */
const PROPOSING = ['đề nghị', 'đề xuất', 'proposed', 'suggested', 'requested'].map((w) => w.split(' '));

/**
 * Each sentence's names, in the order of the list: a name that runs past its sentence's end
 * belongs to none. One pass over the names, not one per sentence.
 */
function slotsBySentence(input: ConstructionInput): Slot[][] {
  const bySentence = input.sentences.map((): Slot[] => []);
  const sentenceOf = new Array<number>(input.tokens.length);
  input.sentences.forEach((sentence, index) => {
    for (let i = sentence.firstToken; i >= 0 && i <= sentence.lastToken; i++) sentenceOf[i] = index;
  });
  for (const slot of input.slots) {
    const index = sentenceOf[slot.first];
    if (index !== undefined && slot.last <= input.sentences[index]!.lastToken) bySentence[index]!.push(slot);
  }
  return bySentence;
}

function existingOf(input: ConstructionInput, source: EndRef, predicate: string, target: EndRef): { existing?: string } {
  if (!('entity' in source) || !('entity' in target)) return {};
  const existing = input.existing(source.entity, predicate, target.entity);
  return existing ? { existing } : {};
}

/** The sentence that states a relation, without its final full stop. */
function sentenceEvidence(text: string, sentence: { start: number; end: number }): Span {
  let end = sentence.end;
  while (end > sentence.start && /[\s.;:,]/.test(text[end - 1]!)) end--;
  return { start: sentence.start, end, quote: text.slice(sentence.start, end) };
}

function keep(best: Map<string, RelationProposal>, proposal: RelationProposal): void {
  const key = `${refKey(proposal.source)}|${proposal.predicate}|${refKey(proposal.target)}|${proposal.sentence}`;
  const previous = best.get(key);
  if (!previous || previous.score < proposal.score) best.set(key, proposal);
}
