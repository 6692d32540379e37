/**
 * Names the article gives only inside longer names.
 *
 * A state the article names only inside longer names: "the Secretary of National Defense of the
 * Philippines", "Australia–Philippines Status of Visiting Forces Agreement", "Hải quân Hoa Kỳ".
 * A reader marks it there, and the relations those names state (the secretary is part of the
 * Philippines, the Philippines is a party) need it as an end; so it becomes a candidate of its own,
 * its mentions inside the longer names. It takes no words from them: it is not a slot.
 */
import { isAcronym, isCapitalised, type Token } from '../text/tokens';
import { isCompound } from './compounds';
import { COMMAND_TITLES, titleAt } from './nameLexicon';
import { englishHead } from './englishNames';
import { fieldTermEnglish } from './fieldTerms';
import { unitEnd } from './militaryUnits';
import { bodyEndBeforeTitle, joined, ownerWithin, phraseFrom, phraseIndex, spanOf } from './tokenSpans';
import { NAME_HEADS, PLACE_PREPOSITIONS, placeWordsBefore, placeWordsFrom } from './wordLists';
import { LONGEST_STATE_WORDS, stateNamed, stateOfAdjectiveAt, statesJoined, vietnameseFormalPrefixLength, type State } from './states';
import type { Span } from './types';

export type NestedState = { state: State; label: string; mentions: Span[] };

/**
 * Whether words first..last, which name a state, stand inside something else: a syllable bound into a word with its
 * neighbour ("Vụ Pháp chế" names no France), the Indian Ocean ("Ấn Độ Dương"), a language ("tiếng Anh").
 */
export function notTheState(text: string, tokens: Token[], first: number, last: number): boolean {
  const boundTo = (left: number) => left >= 0 && left + 1 < tokens.length && /^ $/.test(text.slice(tokens[left]!.end, tokens[left + 1]!.start)) && isCompound(tokens[left]!.text, tokens[left + 1]!.text);
  // ("tỉnh Lào Cai": a province whose name opens with a state's, after its place word.)
  const province = placeWordsBefore(tokens, first) > 0;
  const runsOn = isCapitalised(tokens[last + 1]?.text ?? '') && /^ $/.test(text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? 0));
  // ("Hoa Kỳ | cùng dự": a state of two syllables or more is a word already, its last no word's first.)
  // ("the Gulf of Guinea", "the Gulf of Thailand": a sea named after a state is no part of it.)
  const sea = tokens[first - 1]?.folded === 'of' && ['gulf', 'bay', 'sea', 'strait', 'straits'].includes(tokens[first - 2]?.folded ?? '');
  // ("Chính phủ Việt Nam": a syllable that ends a word of its own, "Chính phủ", binds to no state after it.)
  // ("Hải quân | Pháp": nor one whose left neighbour makes a word with its own left one, though "quân pháp" is a word too.)
  const boundLeft = boundTo(first - 1) && !boundTo(first - 2);
  // ("Biên phòng Lào Cai", "sân vận động Mỹ Đình": a Vietnamese place whose first syllable is a state's, without its place word.)
  const place = first === last && runsOn && PLACES_OPENING_WITH_A_STATE.has(`${tokens[first]!.text} ${tokens[first + 1]!.text}`);
  return boundLeft || (first === last && boundTo(last)) || tokens[last + 1]?.text === 'Dương' || tokens[first - 1]?.text.toLowerCase() === 'tiếng' || (province && runsOn) || sea || place;
}

/** Vietnamese places whose first syllable is a state's name in Vietnamese ("Lào", "Mỹ", "Nga", "Ý", "Đức"), as written. */
const PLACES_OPENING_WITH_A_STATE = new Set(['Lào Cai', 'Mỹ Tho', 'Mỹ Đình', 'Mỹ Khê', 'Mỹ Lai', 'Mỹ Sơn', 'Nga Sơn', 'Ý Yên', 'Đức Trọng', 'Đức Phổ', 'Đức Hòa', 'Đức Linh', 'Đức Cơ']);

/**
 * The states named (or, in English, called by their adjective: "Philippine Coast Guard") inside
 * `ranges` that `hasRef` does not already know, each with every place it stands inside them.
 */
export function statesInsideNames(text: string, tokens: Token[], ranges: [number, number][], hasRef: (state: State) => boolean, language: 'vi' | 'en'): NestedState[] {
  const found = new Map<State, NestedState>();
  const note = (state: State, span: Span, label = span.quote) => {
    if (hasRef(state)) return;
    const entry = found.get(state) ?? { state, label, mentions: [] };
    // The ranges do not overlap and are read left to right: no place is noted twice.
    entry.mentions.push(span);
    found.set(state, entry);
  };
  for (const [first, last] of ranges) {
    for (let k = first; k <= last; k++) {
      // A state's name is capitalised ("chuyển giao người bị kết án": "bị" is no "Bỉ"), or opens with "the".
      if (!isCapitalised(tokens[k]!.text) && tokens[k]!.folded !== 'the') continue;
      // ("Cảnh sát Liên bang Australia", the Federal Police: inside a longer name "Liên bang" is the body's, the state after it.)
      if (k > first && tokens[k]!.folded === 'lien' && tokens[k + 1]?.folded === 'bang') continue;
      // The longest run from k that names a state; a one-word adjective otherwise.
      let end = -1;
      for (let e = Math.min(last, k + LONGEST_STATE_WORDS - 1); e >= k && end < 0; e--) {
        if (stateNamed(text.slice(tokens[k]!.start, tokens[e]!.end), language)) end = e;
      }
      if (end >= 0 && notTheState(text, tokens, k, end)) end = -1;
      if (end >= 0) {
        if (tokens[k]!.folded === 'the') continue; // "the Philippines" is read from "Philippines"
        // (Named by its formal name, "Vương quốc Thái Lan", but mentioned at its name, "Thái Lan".)
        const formal = spanOf(text, tokens, k, end).quote;
        const state = stateNamed(formal, language)!;
        note(state, spanOf(text, tokens, bareStateStart(text, tokens, k, end, language), end), formal);
        k = end;
        continue;
      }
      const adjective = stateOfAdjectiveAt(tokens, k);
      if (adjective) note(adjective, spanOf(text, tokens, k, k), adjective.en);
      // "the Singapore-Australia Comprehensive Strategic Partnership": two states a hyphen joins into one word.
      const parts = tokens[k]!.text.split('-');
      if (!adjective && parts.length === 2 && parts.every((part) => stateNamed(part, language))) {
        let start = tokens[k]!.start;
        for (const part of parts) {
          note(stateNamed(part, language)!, { start, end: start + part.length, quote: part });
          start += part.length + 1;
        }
      }
    }
  }
  for (const entry of found.values()) entry.mentions.sort((a, b) => a.start - b.start);
  return [...found.values()];
}

/**
 * Where a state named inside a longer name is mentioned: at its name without a Vietnamese formal prefix ("Chính phủ nước Cộng hòa
 * | Pháp"), as readers mark it; an English formal name is the name ("Republic of Korea").
 */
function bareStateStart(text: string, tokens: Token[], first: number, last: number, language: 'vi' | 'en'): number {
  if (language !== 'vi') return first;
  const start = tokens[first]!.start + vietnameseFormalPrefixLength(text.slice(tokens[first]!.start, tokens[last]!.end));
  let k = first;
  while (k < last && tokens[k]!.start < start) k++;
  return k;
}

/**
 * The body an office's name ends with, when the article names it nowhere else: "Thứ trưởng Bộ Công
 * an", "Tư lệnh … của Hải quân Hoa Kỳ", "Chairperson of the African Union Commission", "Director
 * General … at the Indonesian Ministry of Defence". The office is part of it (or heads it), and it
 * is part of its state, as a reader marks. In Vietnamese the body opens with a head word ("Bộ",
 * "Cục", "Lực lượng" …), after "của" where there is one; in English it follows "at" or the last
 * "of", and ends with a head word ("Commission", "Service", "Ministry of Defence").
 */
/** Services named by their kind alone (folded), which name no body of their own inside an office's name. */
const UNNAMED_SERVICES = new Set(['air force', 'defence force', 'defense force', 'defence forces', 'defense forces', 'army', 'navy', 'army staff', 'naval staff', 'air staff', 'general staff', 'defence staff', 'defense staff', 'police', 'coast guard']);

export function bodyInOffice(text: string, tokens: Token[], first: number, last: number, language: 'vi' | 'en'): { first: number; last: number; category: 'body' | 'organisation'; abbreviation?: number } | undefined {
  if (language === 'en') {
    // "Philippine Coast Guard spokesperson", "South Korean Joint Chiefs of Staff spokesperson": a body named before a title in
    // lower case.
    const bodyEnd = bodyEndBeforeTitle(tokens, first, last);
    const bodyHead = bodyEnd > 0 ? englishHead(tokens, first, bodyEnd) : undefined;
    if (bodyHead?.kind === 'actor' && (bodyHead.category === 'body' || bodyHead.category === 'organisation')) return { first, last: bodyEnd, category: bodyHead.category };
    let from = -1;
    for (let k = last - 1; k > first && from < 0; k--) if (tokens[k]!.folded === 'at') from = k + 1;
    // "Vice Chairman of the Joint Chiefs of Staff", "Secretary of the Department of the Navy": "the" opens the body's whole name.
    if (from < 0) from = ofTheBody(tokens, first, last);
    for (let k = last - 1; k > first && from < 0; k--) if (tokens[k]!.folded === 'of') from = k + 1;
    // "Commander UK Carrier Strike Group": British forces write the body right after the commander's title.
    if (from < 0 && COMMAND_TITLES.has(tokens[first]!.folded) && last > first && isCapitalised(tokens[first + 1]!.text)) from = first + 1;
    // "NATO Secretary General", "ASEAN Secretary-General": an organisation's abbreviation before the title is whose the office is.
    // Not before a title in lower case ("the IISS director-general"), which names the office only.
    if (from < 0 && last > first && isAcronym(tokens[first]!.text) && isCapitalised(tokens[first + 1]!.text) && !stateNamed(tokens[first]!.text)) return { first, last: first, category: 'organisation' };
    if (from < 0) return undefined;
    if (tokens[from]?.folded === 'the') from++;
    // "deputy director of the department": the department it refers back to, no new name.
    if (from > last || !isCapitalised(tokens[from]!.text)) return undefined;
    // "director of CECOPAC": a body's abbreviation alone.
    if (from === last && isAcronym(tokens[from]!.text) && !stateNamed(tokens[from]!.text)) return { first: from, last, category: 'body' };
    const head = englishHead(tokens, from, last);
    // "Inspector-General of Police", "Minister of Defence": a body's head word alone is the office's portfolio, no body's name.
    if (from === last && head !== undefined) return undefined;
    // ("Chief of Air Force", "Chief of Defence Force": a service named by its kind alone is the state's, said in the office's words.)
    if (UNNAMED_SERVICES.has(tokens.slice(from, last + 1).map((t) => t.folded).join(' '))) return undefined;
    // "… of the Military Planning and Conduct Capability (MPCC)", "… of the UN Office on Drugs and Crime (UNODC)": the
    // abbreviation after the office spells the body. Its abbreviation in the brackets is its mention there, as a reader marks it.
    const abbreviation = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(tokens[last]!.end))?.[1];
    const initials = tokens.slice(from, last + 1).filter((t) => isCapitalised(t.text)).map((t) => (isAcronym(t.text) ? t.text : t.text[0])).join('');
    const spelled = abbreviation !== undefined && abbreviation === initials ? { abbreviation: last + 1 } : {};
    if (head?.kind === 'actor' && (head.category === 'body' || head.category === 'organisation')) return { first: from, last, category: head.category, ...spelled };
    // "Deputy Commander of Naval Region 4": a numbered unit is a body, whatever its unit word.
    if (last > from && /^\d{1,3}$/.test(tokens[last]!.text) && isCapitalised(tokens[from]!.text)) return { first: from, last, category: 'body' };
    return spelled.abbreviation !== undefined ? { first: from, last, category: 'body', ...spelled } : undefined;
  }
  let from = first + 1;
  let to = last;
  for (let k = first + 1; k < last; k++) if (tokens[k]!.folded === 'cua') from = k + 1;
  // "Tư lệnh Bộ Tư lệnh Ấn Độ Dương – Thái Bình Dương của Hoa Kỳ": after "của", a state is the body's owner, not the body.
  if (from > first + 1 && stateNamed(text.slice(tokens[from]!.start, tokens[last]!.end), language)) {
    to = from - 2;
    from = first + 1;
  }
  // "Phó Tổng Thư ký phụ trách các vấn đề chính trị của EEAS": an organisation's abbreviation after "của" ends the office.
  if (from > first + 1 && from === to && isAcronym(tokens[from]!.text)) return { first: from, last: to, category: 'organisation' };
  for (let k = from; k < to; k++) {
    // No body starts where a title does: "Phó Bộ trưởng Bộ Quốc phòng …" names its ministry at the second "Bộ", not at "Bộ
    // trưởng"; "Tổng cục trưởng KCG" names no "Tổng cục"; "Phó Đội trưởng Đội quy tập số 2" no "Đội trưởng … số 2".
    if (titleAt(tokens, k)) continue;
    const head = isCapitalised(tokens[k]!.text) ? actorHeadAt(text, tokens, k) : undefined;
    // "Phó Tư lệnh Vùng 4 Hải quân": a numbered unit is a body though its first word is none of the heads.
    if ((head && k + head.words.length <= to) || unitEnd(text, tokens, k, to + 1) === to) {
      // "Tổng Giám đốc Cơ quan Thủy văn và Hải dương học Hải quân Pháp (SHOM)": the abbreviation after the office is its body's,
      // in whatever language it was made; the body is mentioned there, as a reader marks it.
      const abbreviation = to === last && /^\s*\(\p{Lu}{2,8}\)/u.test(text.slice(tokens[last]!.end)) ? { abbreviation: last + 1 } : {};
      return { first: k, last: to, category: 'body', ...abbreviation };
    }
  }
  return undefined;
}

/** Heads of bodies whose "of the …" is what they are in charge of: "Ministry of the Armed Forces", "Department of the Navy". */
const PORTFOLIO_HEADS = new Set(['ministry', 'department', 'secretary', 'minister']);
/** Words for a body's people, which open no body's name: "Staff of the Office of …". */
const PEOPLE = new Set(['staff', 'personnel', 'officials', 'members', 'officers']);

/** Where a body named after "of the" inside words first..last opens (at its "the"), or -1: "… of the Joint Chiefs of Staff". */
function ofTheBody(tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k < last - 1; k++) {
    const head = tokens[k]!.folded === 'of' && tokens[k + 1]!.folded === 'the' ? englishHead(tokens, k + 2, last) : undefined;
    if (head?.kind === 'actor' && (head.category === 'body' || head.category === 'organisation')) return k + 1;
  }
  return -1;
}

/**
 * The body a body's English name says it belongs to, after "of the", when the article names it nowhere else: "First Committee
 * of the United Nations General Assembly", "Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons".
 */
export function bodyOfBody(tokens: Token[], first: number, last: number): { first: number; last: number; category: 'body' | 'organisation' } | undefined {
  // (Where "of" is: its body's name opens after "the".)
  const of = ofTheBody(tokens, first, last) - 1;
  const head = of < 0 ? undefined : englishHead(tokens, of + 2, last);
  if (!head || head.kind !== 'actor' || (head.category !== 'body' && head.category !== 'organisation')) return undefined;
  // Not people ("Staff of the Office of …"), nor a ministry's portfolio ("Ministry of the Armed Forces"), no owner of it.
  // (A ministry named by its portfolio alone, or with its state's adjective: not "Military Medical Department of the …".)
  const portfolio = of - first <= 2 && PORTFOLIO_HEADS.has(tokens[of - 1]!.folded);
  if (PEOPLE.has(tokens[first]!.folded) || portfolio) return undefined;
  return { first: of + 2, last, category: head.category };
}

/**
 * The body a Vietnamese body's name says it is of, when the article names it nowhere else: after "của" ("Trung tâm Huấn luyện
 * Quốc tế của Lực lượng Vũ trang Na Uy", "Phân đội 2 của DPAA"), or the ministry or the staff a department's name ends with
 * ("Cục Quân huấn Bộ Tổng Tham mưu", "Cục Đối ngoại Bộ Quốc phòng"). Not a state, which is read as one already.
 */
export function ownerInBodyName(text: string, tokens: Token[], first: number, last: number): { first: number; last: number; category: 'body' } | undefined {
  for (let k = first + 1; k < last; k++) {
    if (tokens[k]!.folded !== 'cua') continue;
    const from = k + 1;
    if (stateNamed(text.slice(tokens[from]!.start, tokens[last]!.end), 'vi')) return undefined;
    const acronym = from === last && isAcronym(tokens[from]!.text);
    return acronym || bodyOpensAt(text, tokens, from, last, 'vi') === from ? { first: from, last, category: 'body' } : undefined;
  }
  if (!DEPARTMENT_HEADS.has(tokens[first]!.text)) return undefined;
  // (Not "Bộ đội", troops, nor "Bộ Chỉ huy Quân sự", a command of its own.)
  for (let k = first + 2; k < last; k++) {
    if (tokens[k]!.text === 'Bộ' && isCapitalised(tokens[k + 1]!.text) && tokens[k + 1]!.folded !== 'chi') return { first: k, last, category: 'body' };
  }
  return undefined;
}

/** The first words of a department's name, as written: "Cục", "Vụ", "Viện", "Văn phòng", "Học viện", "Trung tâm" …. */
const DEPARTMENT_HEADS = new Set(['Cục', 'Vụ', 'Viện', 'Văn', 'Học', 'Trung', 'Bệnh', 'Trường']);

/**
 * The partnership a statement's name is about, from its "Đối tác" to the name's end: "Tuyên bố chung về tăng cường quan hệ |
 * Đối tác Chiến lược Việt Nam – Kazakhstan". A reader marks it, and its parties.
 */
export function partnershipInName(tokens: Token[], first: number, last: number): [number, number] | undefined {
  for (let k = first + 3; k < last; k++) {
    if (tokens[k - 2]!.folded === 'quan' && tokens[k - 1]!.folded === 'he' && tokens[k]!.text === 'Đối' && tokens[k + 1]!.folded === 'tac') return [k, last];
  }
  return undefined;
}

/** Organisations a longer name may hold (folded): the press names the UN, the EU and the AU in full inside their bodies' names. */
const ORGANISATIONS_IN_NAMES = phraseIndex(['united nations', 'lien hop quoc', 'european union', 'lien minh chau au', 'african union', 'lien minh chau phi'].map((p): [string, true] => [p, true]));

/**
 * The United Nations, the European Union or the African Union inside a longer name ("Văn phòng Liên hợp quốc về Ma túy và Tội
 * phạm", "United Nations Office of Counter-Terrorism", "Cơ quan Cảnh sát Liên minh châu Âu"), capitalised as a name.
 */
export function organisationsInName(text: string, tokens: Token[], first: number, last: number): [number, number][] {
  const found: [number, number][] = [];
  for (let k = first; k <= last; k++) {
    const entry = isCapitalised(tokens[k]!.text) ? phraseFrom(ORGANISATIONS_IN_NAMES, text, tokens, k) : undefined;
    if (!entry) continue;
    const end = k + entry.words.length - 1;
    if (end <= last && !(k === first && end === last)) found.push([k, end]);
    k = end;
  }
  return found;
}

/**
 * The bodies an instrument's name gives as its sides, when the article names them nowhere else: "Bản ghi nhớ giữa Bộ
 * Công an Việt Nam và Bộ Nội vụ Singapore về …", "the Memorandum of Understanding between the Ministry of Defence of
 * Viet Nam and the Ministry of Defence of Cambodia on …". A reader marks each as a party, and part of its state. A side
 * that is a state is read as one already; a government ("Chính phủ …", "the Government of …") is a side like a ministry, and part of its state.
 */
export function sidesInName(text: string, tokens: Token[], first: number, last: number, language: 'vi' | 'en'): [number, number][] {
  let between = first + 1;
  while (between < last && !(language === 'vi' ? tokens[between]!.text.toLowerCase() === 'giữa' : tokens[between]!.folded === 'between')) between++;
  if (between >= last) return [];
  // The sides end where the topic starts: "… về hợp tác …", "… on Search and Rescue".
  let end = between + 1;
  while (end < last && !(language === 'vi' ? tokens[end + 1]!.text.toLowerCase() === 'về' : SIDE_ENDS.has(tokens[end + 1]!.folded))) end++;
  const sides: [number, number][] = [];
  let parts = 0;
  let from = between + 1;
  // "the Ministry of Defence and Military Production of Egypt and the Vietnamese Ministry …": in English, where sides open with "the", only "and the" parts them.
  const andThe = language === 'en' && tokens.slice(from, end + 1).some((t, n) => t.folded === 'and' && tokens[from + n + 1]?.folded === 'the');
  for (let k = from; k <= end + 1; k++) {
    // Another side opens after "và"/"and" with a head of its own ("Bộ Lao động, Thương binh và Xã hội" is one).
    const and = k <= end && ['va', 'and'].includes(tokens[k]!.folded) && (!andThe || tokens[k + 1]?.folded === 'the') && bodyOpensAt(text, tokens, k + 1, end, language) >= 0;
    if (!and && k <= end) continue;
    const opens = bodyOpensAt(text, tokens, from, k - 1, language);
    // A side that ends in lower case or inside a word is a name cut short ("… và Bộ Quốc | phòng …", "Liên minh châu Âu thiết lập").
    const cut = !isCapitalised(tokens[k - 1]!.text) || isCompound(tokens[k - 1]!.text, tokens[k]?.text ?? '');
    if (opens >= 0 && !cut && !stateNamed(text.slice(tokens[opens]!.start, tokens[k - 1]!.end), language)) sides.push([opens, k - 1]);
    parts++;
    from = k + 1;
  }
  // One side alone is two names read as one ("Ủy ban Chữ thập đỏ quốc tế và Hội Chữ thập đỏ Việt Nam"): none.
  return parts >= 2 ? sides : [];
}

/** Words after an instrument's sides in English: its topic. */
const SIDE_ENDS = new Set(['on', 'concerning', 'regarding', 'for']);

/** Where the body that words `from`–`to` name starts (past "the"), or -1 when they name no body. */
function bodyOpensAt(text: string, tokens: Token[], from: number, to: number, language: 'vi' | 'en'): number {
  if (tokens[from]?.folded === 'the' && language === 'en') from++;
  // "… and Viet Nam's Ministry of National Defence": the body after its state's "'s".
  const owner = language === 'en' ? ownerWithin(text, tokens, from, to) : -1;
  if (owner >= 0 && stateNamed(text.slice(tokens[from]!.start, tokens[owner]!.end), language)) from = owner + 2;
  if (from > to || !isCapitalised(tokens[from]!.text)) return -1;
  if (language === 'vi') return actorHeadAt(text, tokens, from) && !titleAt(tokens, from) ? from : -1;
  const head = englishHead(tokens, from, to);
  if (head?.kind === 'actor' && (head.category === 'body' || head.category === 'organisation')) return from;
  // "between INTERPOL and the Viet Nam Police", "… and the Viet Nam Red Cross Society": in a title's sides, an abbreviation
  // or a capitalised name of no other kind is a body too.
  const capitalised = tokens.slice(from, to + 1).every((t) => isCapitalised(t.text) || ['of', 'the', 'and', 'for'].includes(t.folded));
  return capitalised && (head === undefined || head.kind === 'actor') ? from : -1;
}

const HEADS = phraseIndex(NAME_HEADS.map(([head, kind]): [string, string] => [head, kind]));
/** An actor's head at `k`, the longest head there: not the first word of a longer head of another kind ("Hội | nghị" is a meeting, no association). */
function actorHeadAt(text: string, tokens: Token[], k: number) {
  const head = phraseFrom(HEADS, text, tokens, k);
  return head?.value === 'actor' ? head : undefined;
}

/**
 * The place a name ends with, after "tại", "ở", "trên" or "trong" ("Phái bộ … của Liên Hợp Quốc tại Abyei", "Dự án …
 * tại tỉnh Quảng Trị giai đoạn 2025–2028", "Hiệp định … trong Vịnh Bắc Bộ"), when it is no state (a state inside a
 * name is read as one).
 */
export function placeInName(text: string, tokens: Token[], first: number, last: number): [number, number] | undefined {
  // "Bộ Chỉ huy Quân sự tỉnh Tây Ninh", "Ủy ban nhân dân thành phố Hải Phòng": a province's or a city's body, named last.
  for (let k = last - 1; k > first; k--) {
    const words = ['tỉnh', 'thành phố'].find((w) => w.split(' ').every((x, n) => tokens[k + n]?.text === x));
    if (!words) continue;
    const from = k + words.split(' ').length;
    const place = from <= last ? text.slice(tokens[from]!.start, tokens[last]!.end) : '';
    if (from <= last && tokens.slice(from, last + 1).every((t) => isCapitalised(t.text)) && !stateNamed(place)) return [from, last];
    break;
  }
  for (let k = last - 1; k > first; k--) {
    if (!PLACE_PREPOSITIONS.has(tokens[k]!.text.toLowerCase())) continue;
    const from = k + 1 + placeWordsFrom(tokens, k + 1);
    let to = from;
    while (to + 1 <= last && isCapitalised(tokens[to + 1]!.text)) to++;
    const place = text.slice(tokens[from]!.start, tokens[to]!.end);
    // "… tại Việt Nam – Hàn Quốc": two states are the sides of a bilateral project, not a place.
    if (from > last || !isCapitalised(tokens[from]!.text) || stateNamed(place) || statesJoined(place)) return undefined;
    // Only the years may follow the place ("… giai đoạn 2025–2028"): "… trong Tuần lễ Hữu nghị" names no place "Tuần".
    return to === last || ['giai', 'nam', 'lan', 'den'].includes(tokens[to + 1]!.folded) ? [from, to] : undefined;
  }
  return undefined;
}

/** Last words of a region an English instrument's name may end with (folded): "… in Southeast Asia", "… in the South China Sea". */
const REGION_HEADS = new Set(['asia', 'pacific', 'indo-pacific', 'sea', 'ocean', 'gulf', 'strait', 'region', 'africa', 'europe', 'arctic', 'atlantic', 'peninsula', 'sahel', 'mekong', 'caribbean', 'balkans']);

/**
 * "Memorandum of Cooperation on … Capacity Building in Southeast Asia", "Code of Conduct in the South China Sea": the region an
 * English instrument's name ends with, after "in" and capitalised, as its words.
 */
export function regionInEnglishName(tokens: Token[], first: number, last: number): [number, number] | undefined {
  let from = last;
  // ("… in the Gulf of Thailand": a region's "of" inside it.)
  while (from - 1 > first && (isCapitalised(tokens[from - 1]!.text) || (tokens[from - 1]!.folded === 'of' && isCapitalised(tokens[from - 2]?.text ?? '')))) from--;
  if (!tokens.slice(from, last + 1).some((t) => REGION_HEADS.has(t.folded))) return undefined;
  const before = tokens[from - 1]?.folded === 'the' ? from - 2 : from - 1;
  return before > first && tokens[before]!.folded === 'in' ? [from, last] : undefined;
}

/**
 * The last word of the topic first..last before the years it ends with ("… 2027–2031", "giai đoạn 2026–2030", "năm 2026",
 * "đến năm 2035", "towards 2035"), or -1 when nothing else is left ("Kế hoạch hợp tác năm 2026": a year alone is no topic).
 */
function endBeforeYears(tokens: Token[], first: number, last: number): number {
  const years = (k: number) => /^(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?$/.test(tokens[k]!.text) || /^[–-]$/.test(tokens[k]!.text);
  let end = last;
  while (end > first && years(end)) end--;
  if (end === last) return last;
  const word = (k: number) => tokens[k]!.text.toLowerCase();
  if (end > first && word(end) === 'đoạn' && word(end - 1) === 'giai') end -= 2;
  else if (end > first && word(end) === 'năm') end--;
  if (end > first && ['đến', 'tới', 'to', 'towards', 'until'].includes(word(end))) end--;
  return end < first || (end === first && ['năm', 'giai', 'đến', 'to', 'towards'].includes(word(end))) ? -1 : end;
}

/**
 * The topics an instrument's name says it is about, each a domain: "Bản ghi nhớ về hợp tác công
 * nghiệp quốc phòng", "Thư ý định về hợp tác trong lĩnh vực đóng tàu và hệ thống radar",
 * "Memorandum of Understanding on Maritime Domain Awareness". The topic follows "về" / "on", past
 * "hợp tác (trong lĩnh vực)" / "cooperation in"; its items are split at commas, "và", "and".
 */
export function topicsInName(text: string, tokens: Token[], first: number, last: number, language: 'vi' | 'en'): [number, number][] {
  const opener = language === 'vi' ? 've' : 'on';
  let k = first + 1;
  while (k < last && tokens[k]!.folded !== opener) k++;
  if (k < last) k++;
  else if (language === 'vi') {
    // "Bản ghi nhớ hợp tác phòng, chống tội phạm ma túy": without "về", the topic of the cooperation the name opens with.
    k = first + 1;
    while (k + 1 < last && !(tokens[k]!.folded === 'hop' && tokens[k + 1]!.folded === 'tac')) k++;
    if (k + 1 >= last) return [];
    // "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á": where the cooperation is, not what it is on.
    if (['o', 'tai'].includes(tokens[k + 2]?.folded ?? '')) return [];
  } else return [];
  const skip = language === 'vi' ? ['hop tac trong cac linh vuc', 'hop tac trong linh vuc', 'hop tac ve', 'hop tac'] : ['cooperation in the field of', 'cooperation in', 'cooperation on', 'the'];
  for (const phrase of skip) {
    const words = phrase.split(' ');
    if (words.every((w, n) => tokens[k + n]?.folded === w) && k + words.length <= last) {
      k += words.length;
      break;
    }
  }
  // "… on Viet Nam – Japan Defence Cooperation": the two sides before the topic are not part of it.
  for (let e = Math.min(last - 1, k + 6); e > k; e--) {
    if (!statesJoined(text.slice(tokens[k]!.start, tokens[e]!.end))) continue;
    k = e + 1;
    break;
  }
  // "… khí tài | giữa Việt Nam và Ấn Độ": the sides of an instrument are not its topic.
  // ("Hiệp định hợp tác | giữa …": right after the cooperation, the sides leave no topic.)
  for (let i = k; i <= last; i++) {
    if (tokens[i]!.text.toLowerCase() === 'giữa' || tokens[i]!.folded === 'between') {
      last = i - 1;
      break;
    }
  }
  if (last < k) return [];
  // "Tuyên bố chung về Đối tác chiến lược toàn diện vì hòa bình …": a statement on a partnership, named with capitals, is on no field.
  if (language === 'vi' && k <= last && tokens[k]!.text === 'Đối' && tokens[k + 1]?.folded === 'tac') return [];
  const items: [number, number][] = [];
  let start = k;
  // "đóng tàu và hệ thống radar" are two topics; in English "maintenance and repair" is one, unless commas make a list.
  const listed = language === 'vi' || /,/.test(text.slice(tokens[k]!.start, tokens[last]!.end));
  const joiners = language === 'vi' ? ['va'] : listed ? ['and'] : [];
  for (let i = k; i <= last; i++) {
    // "phòng, chống tội phạm …" (prevent and combat) is one topic, its comma included.
    const comma = i > start && /,/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && !joined(text, tokens, i - 1);
    if (comma) {
      items.push([start, i - 1]);
      start = i;
    }
    if (joiners.includes(tokens[i]!.folded)) {
      if (i > start) items.push([start, i - 1]);
      start = i + 1;
    }
  }
  if (start <= last) items.push([start, last]);
  // "… on Combating Transnational Crime 2027–2031", "… giai đoạn 2026–2030", "… năm 2026": the years the instrument runs are not its topic's.
  const lastItem = items.at(-1);
  if (lastItem) {
    const end = endBeforeYears(tokens, lastItem[0], lastItem[1]);
    if (end < 0) items.pop();
    else lastItem[1] = end;
  }
  // "Military Medicine and Peacekeeping Training": two topics of two words or more each, unless the field names them as one term
  // ("Humanitarian Assistance and Disaster Relief").
  if (language === 'en' && !listed && items.length === 1) {
    const [a, b] = items[0]!;
    let and = a + 2;
    while (and < b - 1 && tokens[and]!.folded !== 'and') and++;
    if (and < b - 1 && !fieldTermEnglish(text.slice(tokens[a]!.start, tokens[b]!.end))) items.splice(0, 1, [a, and - 1], [and + 1, b]);
  }
  const folded = (a: number, b: number) => tokens.slice(a, b + 1).map((t) => t.folded).join(' ');
  // "… về hợp tác quốc phòng Việt Nam – Hàn Quốc": a Vietnamese topic is in lower case; the sides after it are not its.
  if (language === 'vi') {
    for (const item of items) {
      for (let k = item[0] + 1; k <= item[1]; k++) {
        if (isCapitalised(tokens[k]!.text)) {
          item[1] = k - 1;
          // "… ứng phó sự cố | trên Biển Đông": where the topic is, not the topic.
          if (item[1] > item[0] && ['trên', 'ở', 'tại', 'trong'].includes(tokens[item[1]]!.text.toLowerCase())) item[1]--;
          // "… về tham gia của | Việt Nam vào …": whose it is, not a topic; what is left is no field.
          // ("… về việc | Việt Nam tham gia …": "việc" alone, the matter of, is none either.)
          if (['của', 'cho', 'với', 'vào'].includes(tokens[item[1]]!.text.toLowerCase()) || (item[0] === item[1] && tokens[item[0]]!.text.toLowerCase() === 'việc')) item[1] = item[0] - 1;
          break;
        }
      }
    }
  }
  // "on maritime security cooperation": in English the cooperation comes after its field, and is not the field's.
  // ("on Naval Cooperation" keeps its word: "Naval" alone is no field.)
  if (language === 'en') for (const item of items) if (item[1] > item[0] + 1 && ['cooperation', 'collaboration'].includes(tokens[item[1]]!.folded)) item[1]--;
  // "… quốc phòng đến năm 2035": a period closes the name, it is not the topic's.
  for (const item of items) {
    for (let k = item[0]; k <= item[1]; k++) {
      // ("giai đoạn 2024-2026": the years may be one word, their hyphen inside it.)
      if (['den', 'giai', 'nam', 'for', 'until', 'to'].includes(tokens[k]!.folded) && tokens.slice(k, item[1] + 1).some((t) => /^\d{4}(?:\D\d{4})?$/.test(t.text))) {
        item[1] = k - 1;
        break;
      }
    }
  }
  // "về tăng cường hợp tác quốc phòng", "on the establishment of …": an aim or a relationship, not a domain.
  // What "phòng, chống" combats is a topic as long as the crime it names ("tội phạm sử dụng công nghệ cao").
  const short = (a: number, b: number) => (tokens[a]!.folded === 'phong' && tokens[a + 1]?.folded === 'chong' ? b - a < 10 : b - a < 6);
  // "Declaration on the Viet Nam–Germany Strategic Partnership": a name of another kind is what the document is on, not a domain.
  const namesOtherKind = (a: number, b: number) => language === 'en' && isCapitalised(tokens[a]!.text) && englishHead(tokens, a, b) !== undefined;
  // "Memorandum on Defence Cooperation and Exchanges": what the memorandum is, and more of it, not a domain.
  const generalAndMore = (a: number, b: number) => [...TOO_GENERAL].some((g) => `${folded(a, b)} `.startsWith(`${g} and `));
  return items.filter(([a, b]) => b >= a && short(a, b) && !namesOtherKind(a, b) && !generalAndMore(a, b) && (language === 'en' || !isCapitalised(tokens[a]!.text)) && !NOT_TOPICS.some((w) => `${folded(a, b)} `.startsWith(`${w} `)) && !TOO_GENERAL.has(folded(a, b)));
}

/** Topics too general to be a domain of their own: "hợp tác quốc phòng" is what the instrument is, not what it covers. */
const TOO_GENERAL = new Set(['quoc phong', 'an ninh', 'quan su', 'defence', 'defense', 'security', 'military', 'cooperation', 'hop tac', 'collaboration', 'defence cooperation', 'defense cooperation', 'security cooperation', 'hop tac quoc phong', 'hop tac an ninh']);

/** Opening words of what an instrument's name is about that make it an aim or a relationship rather than a domain. */
const NOT_TOPICS = ['tang cuong', 'thuc day', 'nang cap', 'thiet lap', 'mo rong', 'day manh', 'quan he', 'doi tac', 'phat trien', 'cung co', 'strengthening', 'enhancing', 'establishment', 'the establishment', 'upgrading', 'relations', 'partnership', 'reciprocal access'];
